#!/usr/bin/env node
// npm run bench [-- --quick] [-- --mb N] [-- --json] [-- --strict]
//
// Throughput and memory of feiten on a deterministic synthetic archive of Dutch
// (70%) and English (30%) press-style documents, 1–4 KB each, generated once
// into $TMPDIR/feiten-bench/ (scripts/bench/corpus.mjs; never committed). In one
// run, on the same documents, each measurement in a fresh process:
//   - feiten, one thread, in-process extract(text, { published }) over the stream;
//   - feiten on two cores: `--jobs 2` when the CLI has it, else two processes
//     each taking every other document (labelled as such);
//   - chrono-node's Dutch parser, chrono.nl.parse(text, ref), as a yardstick
//     (it only finds dates, and it parses English texts as Dutch too);
//   - feiten on the archive's first tenth, to show the cost is linear in size;
//   - pathological texts at 1 MB and 4 MB (scripts/bench/pathological.mjs),
//     to show no input makes it super-linear.
// MB = 10^6 bytes: of document text (UTF-8) for throughput, of memory for RSS.
// A benchmark, not a test: it exits 0 whatever the figures, unless --strict is
// given and a target is missed.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { MB, cacheDir, ensureArchive } from "./bench/archive.mjs";
import { PATHOLOGICAL } from "./bench/pathological.mjs";
import { ROOT, cli, extractHelp, worker } from "./bench/run.mjs";

const { values: opt } = parseArgs({
  options: {
    mb: { type: "string", default: "100" },
    quick: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (opt.help) {
  console.log(`npm run bench [-- options]
  --mb N     size of the archive in MB of text (default 100); linearity is shown on N/10 vs N
  --quick    10 MB only (linearity on 1 vs 10 MB)
  --json     print the results as JSON on stdout (progress goes to stderr)
  --strict   exit 1 when a target is missed
Archives are cached in ${cacheDir()} (FEITEN_BENCH_DIR overrides).`);
  process.exit(0);
}

const TARGETS = { vsChrono: 1, jobs2: 1.8, rssBytes: 300 * MB, linear: 1.25, pathological: 1.5 };
const bigMb = opt.quick ? 10 : Number(opt.mb);
if (!(bigMb > 0)) throw new Error(`--mb wants a positive number, not ${opt.mb}`);
const smallMb = bigMb / 10;
const log = (s) => process.stderr.write(`${s}\n`);
const bin = process.env.FEITEN_BENCH_BIN ?? join(ROOT, "bin", "feiten.js");

// ------------------------------------------------------------ preconditions

const dist = join(ROOT, "dist", "index.js");
if (!existsSync(dist)) {
  log("dist/index.js is missing: build first (node scripts/build.mjs).");
  process.exit(2);
}
const newestSrc = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newestSrc(p) : statSync(p).mtimeMs);
  }, 0);
const stale = newestSrc(join(ROOT, "src")) > statSync(dist).mtimeMs;
if (stale) log("warning: src/ is newer than dist/index.js — measuring the last build (node scripts/build.mjs to rebuild)");

const machine = {
  cores: os.availableParallelism?.() ?? os.cpus().length,
  cpu: os.cpus()[0]?.model ?? "unknown",
  memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  platform: `${os.platform()} ${os.arch()} ${os.release()}`,
  chrono: JSON.parse(readFileSync(join(ROOT, "node_modules", "chrono-node", "package.json"), "utf8")).version,
};

// ------------------------------------------------------------ archives

const t0 = performance.now();
const small = await ensureArchive(smallMb, log);
const big = await ensureArchive(bigMb, log);

// ------------------------------------------------------------ measurements

const mbps = (bytes, ms) => bytes / MB / (ms / 1000);
const summarize = (r, label, input) => ({
  label,
  input,
  docs: r.docs,
  bytes: r.bytes,
  seconds: r.ms / 1000,
  mbPerS: mbps(r.bytes, r.ms),
  docsPerS: r.docs / (r.ms / 1000),
  peakRssBytes: r.maxRssBytes,
  cpuCores: r.loopCpuMs / r.ms,
  facts: r.facts,
  dates: r.dates,
  errors: r.errors,
  firstError: r.firstError ?? null,
});

log(`feiten, one thread, ${bigMb} MB …`);
const single = summarize(await worker(["archive", "--tool", "feiten", "--file", big.file]), "feiten, 1 thread (in-process)", `${bigMb} MB`);

const help = await extractHelp(bin);
const hasJobs = /--jobs\b/.test(help);
const cliInput = cliArchiveArgs(help, big.file);
let parallel;
let cliJobs1 = null;
if (hasJobs && cliInput) {
  log(`feiten CLI --jobs 1 and --jobs 2, ${bigMb} MB …`);
  const viaCli = async (jobs) => {
    const r = await cli(["extract", "--format", "ndjson", "--jobs", String(jobs), ...cliInput], bin);
    const run = { docs: big.docs, bytes: big.textBytes, ms: r.wallMs, maxRssBytes: r.peakTreeRssBytes };
    return {
      ...summarize(run, `feiten CLI --jobs ${jobs}`, `${bigMb} MB`),
      cpuCores: undefined,
      note: "wall time of the whole command, start-up included; RSS of the process tree, sampled",
    };
  };
  cliJobs1 = await viaCli(1);
  parallel = await viaCli(2);
} else {
  const why = hasJobs ? "--jobs present, but no NDJSON archive input recognised in `extract --help`" : "no --jobs yet";
  log(`feiten, 2 processes (${why}), ${bigMb} MB …`);
  const parts = await Promise.all([0, 1].map((k) => worker(["archive", "--tool", "feiten", "--file", big.file, "--shard", String(k), "--of", "2"])));
  const ms = Math.max(...parts.map((p) => p.end)) - Math.min(...parts.map((p) => p.start));
  const docs = parts.reduce((s, p) => s + p.docs, 0), bytes = parts.reduce((s, p) => s + p.bytes, 0);
  parallel = {
    label: `feiten, 2 processes (${why})`,
    input: `${bigMb} MB`,
    docs,
    bytes,
    seconds: ms / 1000,
    mbPerS: mbps(bytes, ms),
    docsPerS: docs / (ms / 1000),
    peakRssBytes: parts.reduce((s, p) => s + p.maxRssBytes, 0),
    peakRssPerProcessBytes: Math.max(...parts.map((p) => p.maxRssBytes)),
    cpuCores: parts.reduce((s, p) => s + p.loopCpuMs, 0) / ms,
    facts: parts.reduce((s, p) => s + p.facts, 0),
    errors: parts.reduce((s, p) => s + p.errors, 0),
    note: "each process runs the in-process loop on every other document; time from the first start to the last end; RSS summed over both",
  };
}

log(`chrono-node nl.parse, ${bigMb} MB …`);
const chrono = summarize(await worker(["archive", "--tool", "chrono", "--file", big.file]), `chrono-node ${machine.chrono} nl.parse (dates only)`, `${bigMb} MB`);

log(`feiten, one thread, ${smallMb} MB …`);
const singleSmall = summarize(await worker(["archive", "--tool", "feiten", "--file", small.file]), "feiten, 1 thread (in-process)", `${smallMb} MB`);

// Ordinary text costs well under a second per MB: a minute for 1 MB is a blow-up, and then
// a quarter of a MB shows how the cost grows instead of a 4 MB run that would take hours.
const PATHOLOGICAL_LIMIT_MS = 60_000;
const pathological = [];
const pathoRun = async (p, mb, timeoutMs) => {
  const r = await worker(["pathological", "--case", p.name, "--bytes", String(mb * MB)], { timeoutMs });
  return r.timedOut ? { mb, timedOut: true, seconds: timeoutMs / 1000 } : { mb, bytes: r.bytes, ms: r.ms, msPerMb: r.ms / (r.bytes / MB), peakRssBytes: r.maxRssBytes, facts: r.facts };
};
for (const p of PATHOLOGICAL) {
  log(`pathological ${p.name} …`);
  const row = { case: p.name, what: p.what, lang: p.lang };
  row.at1 = await pathoRun(p, 1, PATHOLOGICAL_LIMIT_MS);
  if (!row.at1.timedOut) {
    // Linear: ~4× the 1 MB time. Quadratic would be 16×; stop at 10×.
    row.at4 = await pathoRun(p, 4, Math.max(30_000, 10 * row.at1.ms));
    if (!row.at4.timedOut) row.ratio = row.at4.msPerMb / row.at1.msPerMb;
  } else {
    row.atQuarter = await pathoRun(p, 0.25, PATHOLOGICAL_LIMIT_MS);
  }
  row.linear = row.ratio !== undefined && row.ratio <= TARGETS.pathological;
  pathological.push(row);
}

// ------------------------------------------------------------ targets

const jobs1 = cliJobs1 ?? single;
const timeRatio = single.seconds / singleSmall.seconds;
const sizeRatio = single.bytes / singleSmall.bytes;
const perMbRatio = timeRatio / sizeRatio;
const targets = [
  { target: "1 thread ≥ chrono-node nl", value: `${fmt(single.mbPerS)} vs ${fmt(chrono.mbPerS)} MB/s (×${fmt(single.mbPerS / chrono.mbPerS)})`, met: single.mbPerS >= TARGETS.vsChrono * chrono.mbPerS },
  { target: `2 jobs ≥ ${TARGETS.jobs2}× 1 job`, value: `×${fmt(parallel.mbPerS / jobs1.mbPerS)} (${fmt(parallel.mbPerS)} vs ${fmt(jobs1.mbPerS)} MB/s)`, met: parallel.mbPerS >= TARGETS.jobs2 * jobs1.mbPerS },
  { target: "peak RSS < 300 MB, 1 thread", value: mb(single.peakRssBytes), met: (single.peakRssBytes ?? Infinity) < TARGETS.rssBytes },
  {
    target: "peak RSS < 300 MB, 2 jobs",
    value: `${mb(parallel.peakRssBytes)}${parallel.peakRssPerProcessBytes ? ` together (${mb(parallel.peakRssPerProcessBytes)} the larger process)` : ""}`,
    met: (parallel.peakRssBytes ?? Infinity) < TARGETS.rssBytes,
  },
  { target: `linear in size (${smallMb} → ${bigMb} MB)`, value: `time ×${fmt(timeRatio)} for ×${fmt(sizeRatio)} text; cost per MB ×${fmt(perMbRatio)}`, met: perMbRatio <= TARGETS.linear },
  { target: "pathological input linear (1 → 4 MB)", value: pathological.every((p) => p.linear) ? `all ${pathological.length} cases, worst cost per MB ×${fmt(Math.max(...pathological.map((p) => p.ratio)))}` : `not: ${pathological.filter((p) => !p.linear).map((p) => p.case).join(", ")}`, met: pathological.every((p) => p.linear) },
];

const report = {
  bench: "feiten",
  date: new Date().toISOString(),
  machine,
  distStale: stale,
  archive: { dir: cacheDir(), big: { mb: bigMb, ...big }, small: { mb: smallMb, ...small } },
  cliHasJobs: hasJobs,
  throughput: { single, parallel, cliJobs1, chrono, singleSmall },
  linearity: { smallMb, bigMb, timeRatio, sizeRatio, perMbRatio, mbPerSSmall: singleSmall.mbPerS, mbPerSBig: single.mbPerS },
  pathological,
  targets,
  totalSeconds: (performance.now() - t0) / 1000,
};

if (opt.json) console.log(JSON.stringify(report, null, 2));
else printReport(report);
if (opt.strict && targets.some((t) => !t.met)) process.exitCode = 1;

// ------------------------------------------------------------ helpers

/**
 * How to give the CLI the NDJSON archive: `--input ndjson FILE` when `extract --help` offers
 * it (FEITEN_BENCH_CLI_ARGS overrides, e.g. to measure an older build). null: the CLI cannot
 * read archives, and the bench falls back to two processes.
 */
function cliArchiveArgs(helpText, file) {
  if (process.env.FEITEN_BENCH_CLI_ARGS) return [...process.env.FEITEN_BENCH_CLI_ARGS.split(/\s+/).filter(Boolean), file];
  return /--input\b/.test(helpText) ? ["--input", "ndjson", file] : null;
}

function fmt(x, d = 2) {
  return x === undefined || x === null || Number.isNaN(x) ? "—" : x.toFixed(d);
}
function mb(bytes) {
  return bytes ? `${(bytes / MB).toFixed(0)} MB` : "—";
}
function int(x) {
  return x === undefined || x === null ? "—" : Math.round(x).toLocaleString("en-US");
}
function table(rows, align) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) => r.map((cell, c) => (align[c] === "r" ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c]))).join("  ").trimEnd())
    .join("\n");
}

function printReport(r) {
  const m = r.machine;
  const b = r.archive.big;
  const out = [];
  out.push(`feiten bench — ${r.date}`);
  out.push(`machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`);
  out.push(`archive: ${b.file}`);
  out.push(`         ${fmt(b.textBytes / MB, 1)} MB of text in ${int(b.docs)} documents (${int(b.nl)} nl, ${int(b.en)} en), avg ${int(b.textBytes / b.docs)} bytes${b.generatedMs ? `, generated in ${fmt(b.generatedMs / 1000, 1)} s` : ", cached"}`);
  if (r.distStale) out.push("warning: src/ is newer than dist/ — these are the figures of the last build");
  out.push("");
  const t = r.throughput;
  const rows = [["measurement", "input", "docs", "seconds", "MB/s", "docs/s", "CPU cores", "peak RSS"]];
  for (const x of [t.single, t.cliJobs1, t.parallel, t.chrono, t.singleSmall].filter(Boolean)) {
    rows.push([x.label, x.input, int(x.docs), fmt(x.seconds, 1), fmt(x.mbPerS), int(x.docsPerS), fmt(x.cpuCores), mb(x.peakRssBytes)]);
  }
  out.push(table(rows, ["l", "r", "r", "r", "r", "r", "r", "r"]));
  out.push("(CPU cores: CPU time of all the process's threads during the loop ÷ its wall time; V8 compiles and collects garbage on other threads)");
  if (t.parallel.peakRssPerProcessBytes) out.push(`(2 processes: peak RSS ${mb(t.parallel.peakRssPerProcessBytes)} each at most, ${mb(t.parallel.peakRssBytes)} together)`);
  const errors = [t.single, t.parallel, t.chrono, t.singleSmall].reduce((s, x) => s + (x.errors ?? 0), 0);
  if (errors) out.push(`errors: ${errors} documents threw (first: ${t.single.firstError ?? t.chrono.firstError})`);
  out.push(`found: feiten ${int(t.single.facts)} facts and ${int(t.single.dates)} dates; chrono-node ${int(t.chrono.dates)} dates`);
  out.push("");
  out.push(`linearity: ${r.linearity.smallMb} MB at ${fmt(r.linearity.mbPerSSmall)} MB/s, ${r.linearity.bigMb} MB at ${fmt(r.linearity.mbPerSBig)} MB/s — time ×${fmt(r.linearity.timeRatio)} for ×${fmt(r.linearity.sizeRatio)} the text`);
  out.push("");
  out.push("pathological input (one document each, language given; ms per MB at 1 MB and 4 MB)");
  const prow = [["case", "lang", "1 MB ms/MB", "4 MB ms/MB", "ratio", "peak RSS 4 MB", "facts 4 MB", "input"]];
  for (const p of r.pathological) {
    const quarter = p.atQuarter && !p.atQuarter.timedOut ? ` (0.25 MB: ${int(p.atQuarter.msPerMb)})` : p.atQuarter ? " (0.25 MB: > 60 s)" : "";
    const one = (p.at1?.timedOut ? `> ${fmt(p.at1.seconds, 0)} s` : int(p.at1?.msPerMb)) + quarter;
    const four = !p.at4 ? "—" : p.at4.timedOut ? `> ${fmt(p.at4.seconds, 0)} s` : int(p.at4.msPerMb);
    prow.push([p.case, p.lang, one, four, p.ratio === undefined ? "—" : `×${fmt(p.ratio)}`, mb(p.at4?.peakRssBytes), int(p.at4?.facts), p.what]);
  }
  out.push(table(prow, ["l", "l", "r", "r", "r", "r", "r", "l"]));
  out.push(`(ordinary text for comparison: ${int(1000 / r.throughput.single.mbPerS)} ms/MB)`);
  out.push("");
  out.push("targets");
  out.push(table(r.targets.map((x) => [x.met ? "✓" : "✗", x.target, x.value]), ["l", "l", "l"]));
  out.push("");
  out.push(`total ${fmt(r.totalSeconds, 0)} s`);
  console.log(out.join("\n"));
}
