// Running measurements in child processes: the worker for one measurement, the
// CLI for --jobs, and a sampler of a process tree's resident memory (Linux /proc).
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const WORKER = join(ROOT, "scripts", "bench", "worker.mjs");

/**
 * Runs the worker with `args`; resolves to its JSON result plus `wallMs` (spawn to exit),
 * or to { timedOut: true, wallMs } when it ran past `timeoutMs`.
 */
export function worker(args, { timeoutMs = 0 } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [WORKER, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "", err = "", timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (s) => (out += s));
    child.stderr.setEncoding("utf8").on("data", (s) => (err += s));
    const timer = timeoutMs ? setTimeout(() => ((timedOut = true), child.kill("SIGKILL")), timeoutMs) : null;
    child.on("error", reject);
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      const wallMs = performance.now() - t0;
      if (timedOut) return resolve({ timedOut: true, wallMs });
      if (code !== 0) return reject(new Error(`worker ${args.join(" ")} exited ${code}: ${err.trim()}`));
      resolve({ ...JSON.parse(out.trim().split("\n").pop()), wallMs });
    });
  });
}

function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
function childrenOf(pid) {
  const kids = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const s = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim();
      if (s) kids.push(...s.split(/\s+/).map(Number));
    }
  } catch {
    /* gone, or no /proc */
  }
  return kids;
}
/** Resident memory of a process and all its descendants, summed. */
export function treeRss(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    total += rssOf(p);
    stack.push(...childrenOf(p));
  }
  return total;
}

/**
 * Runs `node bin/feiten.js …args` with stdout discarded; resolves to { wallMs, peakTreeRssBytes },
 * the peak sampled every 50 ms over the CLI and any processes it starts.
 */
export function cli(args, bin = join(ROOT, "bin", "feiten.js")) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "", peak = 0;
    const sample = () => (peak = Math.max(peak, treeRss(child.pid)));
    const timer = setInterval(sample, 50);
    child.stderr.setEncoding("utf8").on("data", (s) => (err += s));
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - t0;
      if (code !== 0) return reject(new Error(`feiten ${args.join(" ")} exited ${code}: ${err.trim().slice(0, 500)}`));
      resolve({ wallMs, peakTreeRssBytes: peak || null });
    });
  });
}

/** `feiten extract --help`, once. */
export function extractHelp(bin = join(ROOT, "bin", "feiten.js")) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, "extract", "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (s) => (out += s));
    child.stderr.setEncoding("utf8").on("data", (s) => (out += s));
    child.on("close", () => resolve(out));
    child.on("error", () => resolve(""));
  });
}
