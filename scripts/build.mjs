#!/usr/bin/env node
// Bundles the library and the CLI into dist/ with esbuild. One bundle per entry
// (dependencies included) because Node's ESM loader pays per module file: the
// unbundled zod alone costs ~50 ms of start-up, bundled zod/mini ~1 ms.
// Type declarations come from tsc (`npm run build:types`).
import { build } from "esbuild";
import { rmSync } from "node:fs";

const types = process.argv.includes("--types");
rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: { index: "src/index.ts", cli: "src/cli/main.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: false,
  legalComments: "none",
  minify: !process.env.FEITEN_NO_MINIFY,
  logLevel: "warning",
  // commander is CommonJS and calls require(); give the ESM bundle a real one.
  banner: { js: "import { createRequire as __feitenRequire } from 'node:module'; const require = __feitenRequire(import.meta.url);" },
});
if (types) {
  const { execFileSync } = await import("node:child_process");
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
