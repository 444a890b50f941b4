// Packages that only some runs need (HTML pages, batches, a terminal's progress
// bar) are kept out of the bundles and loaded from node_modules on first use.
// require(), not import(): bin/feiten.js runs the CLI bundle in a vm.Script,
// which has no loader for import(); Node ≥ 20.19 requires ES modules too.
import { createRequire } from "node:module";

const req = createRequire(import.meta.url);

export function load<T>(name: string): T {
  return req(name) as T;
}
