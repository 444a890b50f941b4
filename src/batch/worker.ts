// A worker thread of `extract --jobs N`: runs a batch of jobs, in order, and
// sends their outputs back. Tinypool loads this module (dist/worker.mjs) once
// per thread; language packs and the gazetteer load on its first document.
import { runJob, type Job, type Outcome, type Settings } from "./work.js";

export default async function runBatch({ jobs, settings }: { jobs: Job[]; settings: Settings }): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const job of jobs) out.push(await runJob(job, settings));
  return out;
}
