#!/usr/bin/env node
// Wall time of one `feiten extract` on one document, as a journalist runs it:
// a fresh process each time. Reports min and median of N runs (default 21),
// next to a bare `node -e 0` for the floor every Node program pays.
//   npm run bench:startup [-- N] [file] [lang]
import { spawnSync } from "node:child_process";

const n = Number(process.argv[2] ?? 21);
const file = process.argv[3] ?? "fixtures/seed-000.txt";
const lang = process.argv[4] ?? "nl";

function time(args) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { min: ms[0].toFixed(1), median: ms[Math.floor(n / 2)].toFixed(1) };
}

const floor = time(["-e", "0"]);
const feiten = time(["bin/feiten.js", "extract", file]);
const given = time(["bin/feiten.js", "extract", "--lang", lang, file]);
console.log(`runs: ${n} each, document: ${file}`);
console.log(`node -e 0                          min ${floor.min} ms  median ${floor.median} ms`);
console.log(`feiten extract (language detected) min ${feiten.min} ms  median ${feiten.median} ms`);
console.log(`feiten extract --lang ${lang}           min ${given.min} ms  median ${given.median} ms`);
