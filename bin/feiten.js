#!/usr/bin/env node
// Thin shell: all behaviour lives in main() (src/cli/main.ts); this file wires
// the process to it. It loads the CLI bundle through a V8 code cache kept next
// to it (dist/cli.v8cache), because compiling the bundle is a large part of a
// single run's start-up; a missing or stale cache is simply rebuilt.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const file = join(dist, "cli.cjs");
const cacheFile = join(dist, "cli.v8cache");

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(Module.wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dist);

// A reader that stops early (`feiten extract … | head`) is no error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

// Ctrl-C: the first asks main() to stop reading and write what is done (it then answers 130);
// a second one stops at once.
const interrupt = new AbortController();
process.once("SIGINT", () => {
  interrupt.abort();
  // A read waiting on stdin would never see the abort: end it.
  process.stdin.destroy();
  process.once("SIGINT", () => process.exit(130));
});

const code = await module.exports.main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: interrupt.signal,
});
process.exitCode = code;

if (cachedData === undefined || script.cachedDataRejected) {
  // After the run, so the cache also holds the functions compiled while working.
  try {
    const tmp = `${cacheFile}.${process.pid}`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  } catch {
    // A read-only install runs without a cache.
  }
}
