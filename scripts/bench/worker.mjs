#!/usr/bin/env node
// One measurement, in a process of its own so that memory and JIT state of one
// measurement never colour another. Prints one JSON line on stdout.
//
//   node scripts/bench/worker.mjs archive --tool feiten|chrono --file F [--shard K --of N] [--max-bytes B]
//     Streams the NDJSON archive line by line (readline); with --of N it takes
//     only the lines i with i % N == K. Each document: feiten's
//     extract(text, { published }) or chrono.nl.parse(text, refDate).
//   node scripts/bench/worker.mjs pathological --case NAME --bytes B
//     Warms up on a few ordinary documents, then times one extract() of the
//     pathological text NAME of B bytes.
import { createReadStream } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { makeDocument } from "./corpus.mjs";
import { PATHOLOGICAL } from "./pathological.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { positionals, values: o } = parseArgs({
  allowPositionals: true,
  options: {
    tool: { type: "string", default: "feiten" },
    file: { type: "string" },
    shard: { type: "string", default: "0" },
    of: { type: "string", default: "1" },
    "max-bytes": { type: "string", default: "0" },
    case: { type: "string" },
    bytes: { type: "string", default: "1000000" },
  },
});
const mode = positionals[0] ?? "archive";
const epoch = () => performance.timeOrigin + performance.now();

async function loadTool(tool) {
  if (tool === "feiten") {
    const { extract } = await import(pathToFileURL(join(root, "dist", "index.js")).href);
    return (text, published, lang) => {
      const r = extract(text, { published, ...(lang ? { lang } : {}) });
      return { facts: r.facts.length, dates: r.dates.length };
    };
  }
  if (tool === "chrono") {
    const chrono = await import("chrono-node");
    return (text, published) => {
      const ref = new Date(`${published}T12:00:00Z`);
      return { facts: 0, dates: chrono.nl.parse(text, ref).length };
    };
  }
  throw new Error(`unknown tool ${tool}`);
}

function finish(result) {
  const ru = process.resourceUsage();
  process.stdout.write(
    `${JSON.stringify({ ...result, maxRssBytes: ru.maxRSS * 1024, cpuUserMs: ru.userCPUTime / 1000, cpuSystemMs: ru.systemCPUTime / 1000 })}\n`,
  );
}

async function archive() {
  const run = await loadTool(o.tool);
  const shard = Number(o.shard), of = Number(o.of), maxBytes = Number(o["max-bytes"]);
  const rl = createInterface({ input: createReadStream(o.file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let i = -1, docs = 0, bytes = 0, facts = 0, dates = 0, errors = 0, callMs = 0;
  let firstError = null;
  const cpu0 = process.cpuUsage();
  const start = epoch();
  const t0 = performance.now();
  for await (const line of rl) {
    i++;
    if (i % of !== shard || line.length === 0) continue;
    if (maxBytes && bytes >= maxBytes) break;
    const d = JSON.parse(line);
    bytes += Buffer.byteLength(d.text);
    docs++;
    const c0 = performance.now();
    try {
      const r = run(d.text, d.published);
      facts += r.facts;
      dates += r.dates;
    } catch (e) {
      errors++;
      firstError ??= `${d.id}: ${e?.message ?? e}`;
    }
    callMs += performance.now() - c0;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const loopCpuMs = (cpu.user + cpu.system) / 1000; // all threads of this process, during the loop only
  finish({ mode: "archive", tool: o.tool, shard, of, docs, bytes, ms, callMs, loopCpuMs, start, end: epoch(), facts, dates, errors, firstError });
}

async function pathological() {
  const spec = PATHOLOGICAL.find((p) => p.name === o.case);
  if (!spec) throw new Error(`unknown case ${o.case}`);
  const run = await loadTool("feiten");
  // Warm-up: the same code paths, compiled, before the clock starts.
  for (let i = 0; i < 60; i++) {
    const d = makeDocument(i);
    run(d.text, d.published, spec.lang);
  }
  run(spec.make(20_000), "2021-03-09", spec.lang);
  const text = spec.make(Number(o.bytes));
  const bytes = Buffer.byteLength(text);
  const t0 = performance.now();
  const r = run(text, "2021-03-09", spec.lang);
  const ms = performance.now() - t0;
  finish({ mode: "pathological", case: spec.name, lang: spec.lang, bytes, ms, facts: r.facts, dates: r.dates });
}

await (mode === "pathological" ? pathological() : archive());
