// The CLI tests spawn bin/feiten.js, which runs the bundle in dist/: build it once per run.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
