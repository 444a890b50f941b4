#!/usr/bin/env node
// Thin shell: all behaviour lives in main(); this file only wires the process to it.
import { main } from "../dist/cli.js";

const code = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
