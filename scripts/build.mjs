#!/usr/bin/env node
// Bundles the library and the CLI into dist/ with esbuild. One bundle per entry
// (dependencies included) because Node's ESM loader pays per module file: the
// unbundled zod alone costs ~50 ms of start-up, bundled zod/mini ~1 ms.
// With --types (npm run build, and on install) also type declarations from tsc,
// and one warm-up run that writes the CLI's V8 code cache.
import { build } from "esbuild";
import { rmSync } from "node:fs";

const types = process.argv.includes("--types");
// Leave dist/types alone (tests rebuild the bundles only); a cache of the old bundle must go.
rmSync("dist/cli.v8cache", { force: true });
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  minify: !process.env.FEITEN_NO_MINIFY,
  logLevel: "warning",
};
// The library, as ES modules.
await build({
  ...common,
  entryPoints: { index: "src/index.ts" },
  outdir: "dist",
  format: "esm",
  // commander is CommonJS and calls require(); give the ESM bundle a real one.
  banner: { js: "import { createRequire as __feitenRequire } from 'node:module'; const require = __feitenRequire(import.meta.url);" },
});
// Loaded by import() only when a run needs them (batches, HTML pages, a terminal's progress
// bar), from node_modules: a single article never pays for their code.
const lazy = ["tinypool", "tinyglobby", "cli-progress", "linkedom", "@mozilla/readability"];
// The CLI, as one CommonJS file: bin/feiten.js compiles it through a V8 code cache.
await build({
  ...common,
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.cjs",
  format: "cjs",
  external: lazy,
  define: { "import.meta.url": "__feitenUrl" },
  banner: { js: "var __feitenUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The worker of `extract --jobs N`: a module of its own, which each worker thread loads.
await build({
  ...common,
  entryPoints: { worker: "src/batch/worker.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  format: "esm",
  external: lazy,
  banner: { js: "import { createRequire as __feitenRequire } from 'node:module'; const require = __feitenRequire(import.meta.url);" },
});
if (types) {
  const { execFileSync } = await import("node:child_process");
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
  execFileSync(process.execPath, ["bin/feiten.js", "extract", "--format", "ndjson", "fixtures/seed-000.txt"], { stdio: "ignore" });
}
