// Running jobs and writing their outputs: in this thread, and with --jobs N also in a
// pool of N-1 worker threads (tinypool) fed with batches of documents — one document is often too
// small a task to be worth a message to a thread. Reading, extracting and
// writing overlap, and at most a few batches per thread are in flight, so memory
// stays flat however large the archive. Outputs keep the input order unless
// `ordered` is false.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { failJob, runJob, type Job, type Outcome, type Settings } from "./work.js";
import { load } from "../core/load.js";

export interface RunOptions {
  settings: Settings;
  /** Threads extracting: this one and jobs - 1 workers; 1 runs everything in this thread. */
  jobs: number;
  ordered: boolean;
  /** Each document's outcome, in output order; answers the text to write for it. */
  onOutcome: (o: Outcome) => string;
  write: (text: string) => Promise<void>;
  /** The pool to use (tests give one whose threads fail); default: tinypool over dist/worker.mjs. */
  startPool?: (threads: number) => Promise<Pool>;
}

// A batch is worth a message to a thread: ~64 KB of text is ~40 ms of work.
const BATCH_BYTES = 64 * 1024;
const BATCH_DOCS = 64;
// Batches waiting or running per thread: enough to keep threads busy while the main
// thread reads and writes, few enough to keep memory flat.
const IN_FLIGHT_PER_THREAD = 3;
// Batches queued at the pool per worker before this thread takes one itself.
const POOL_QUEUE_PER_WORKER = 3;

export interface Pool {
  run(task: { jobs: Job[]; settings: Settings }): Promise<Outcome[]>;
  destroy(): Promise<void>;
}

/** Where the worker bundle is: next to this bundle (dist/), or in dist/ when running from src/ (tests). */
function workerFile(): string {
  for (const rel of ["./worker.mjs", "../../dist/worker.mjs"]) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new Error("dist/worker.mjs is missing: build feiten first (npm run build)");
}

async function startPool(threads: number): Promise<Pool> {
  const { Tinypool } = load<typeof import("tinypool")>("tinypool");
  // A young generation of 12 MB, not V8's ~48: a worker's heap stays ~35 MB smaller at the
  // same speed (documents leave little that survives a scavenge).
  return new Tinypool({ filename: workerFile(), minThreads: threads, maxThreads: threads, isolateWorkers: false, resourceLimits: { maxYoungGenerationSizeMb: 12 } }) as unknown as Pool;
}

export async function runJobs(jobs: AsyncIterable<Job>, o: RunOptions): Promise<void> {
  const s = o.settings;
  const emit = async (outcomes: readonly Outcome[]) => {
    let text = "";
    for (const x of outcomes) text += o.onOutcome(x);
    if (text) await o.write(text);
  };

  let pool: Pool | null = null;
  const inFlight: Promise<Outcome[]>[] = [];
  const limit = Math.max(2, o.jobs * IN_FLIGHT_PER_THREAD);
  // Takes one finished batch off: the oldest (ordered) or whichever is done first.
  const settle = async () => {
    let i = 0;
    if (!o.ordered) i = await Promise.race(inFlight.map((p, k) => p.then(() => k)));
    const [done] = inFlight.splice(i, 1);
    await emit(await done!);
  };
  const inline = async (batch: readonly Job[]): Promise<Outcome[]> => {
    const outs: Outcome[] = [];
    for (const j of batch) outs.push(await runJob(j, s));
    return outs;
  };
  // This thread is one of the N: it reads, writes, and extracts a batch itself whenever the
  // N-1 workers already have enough queued. One isolate fewer than N workers would need
  // (each holds its own heap, ~100 MB), and no more threads than cores.
  const workers = o.jobs - 1;
  let poolPending = 0;
  const submit = async (batch: Job[], full: boolean) => {
    // Small inputs (less than one full batch in all) never pay for starting threads.
    if (workers > 0 && (pool || full)) {
      if (poolPending < workers * POOL_QUEUE_PER_WORKER) {
        pool ??= await (o.startPool ?? startPool)(workers);
        poolPending++;
        const p = pool
          .run({ jobs: batch, settings: s })
          .catch(async (e: unknown) => {
            // A thread that died takes its batch with it: each document says so, the batch goes on.
            const why = e instanceof Error ? e.message : String(e);
            return Promise.all(batch.map((j) => failJob(j, s, "worker.failed", why)));
          })
          .finally(() => poolPending--);
        inFlight.push(p);
      } else inFlight.push(Promise.resolve(await inline(batch)));
      while (inFlight.length >= limit) await settle();
    } else {
      while (inFlight.length) await settle();
      await emit(await inline(batch));
    }
  };

  let batch: Job[] = [];
  let bytes = 0;
  try {
    for await (const job of jobs) {
      batch.push(job);
      bytes += job.size;
      if (batch.length >= BATCH_DOCS || bytes >= BATCH_BYTES) {
        const b = batch;
        batch = [];
        bytes = 0;
        await submit(b, true);
      }
    }
    if (batch.length) await submit(batch, false);
    while (inFlight.length) await settle();
  } finally {
    if (pool) await (pool as Pool).destroy();
  }
}
