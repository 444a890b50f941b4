// The progress bar of a batch, on stderr, only when stderr is a terminal (a log
// file or a CI run gets nothing but errors and the summary). cli-progress draws
// and throttles it; it is loaded only for a terminal. Progress is counted in
// bytes read, so the ETA holds for archives of uneven documents; with stdin, or
// anything else of unknown size, the bar has no end and no ETA.
import { load } from "../core/load.js";
import { message, type Ui } from "../core/messages.js";

export interface Progress {
  tick(docs: number, bytes: number): void;
  stop(): void;
}

const NONE: Progress = { tick: () => undefined, stop: () => undefined };

interface Bar {
  start(total: number, value: number, payload?: object): void;
  update(value: number, payload?: object): void;
  stop(): void;
}
type Params = { value: number; total: number; eta: number; startTime: number; progress: number };
type BarOptions = { barsize?: number; barCompleteString?: string; barIncompleteString?: string };

export async function startProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, env: Record<string, string | undefined>, ui: Ui, totalBytes: number | null): Promise<Progress> {
  if (stderr.isTTY !== true || env.TERM === "dumb") return NONE;
  const cliProgress = load<unknown>("cli-progress") as {
    SingleBar: new (opts: object) => Bar;
    Format: { BarFormat: (progress: number, opts: BarOptions) => string };
  };
  let docs = 0;
  const format = (opts: BarOptions, p: Params) => {
    const seconds = Math.max((Date.now() - p.startTime) / 1000, 0.001);
    const common = { docs: docs.toLocaleString("en-US"), mb: (p.value / 1e6).toFixed(1), rate: Math.round(docs / seconds).toLocaleString("en-US") };
    if (!totalBytes) return message(ui, "cli.progressOpen", common);
    return message(ui, "cli.progress", { ...common, bar: cliProgress.Format.BarFormat(p.progress, opts), eta: duration(p.eta) });
  };
  const bar = new cliProgress.SingleBar({ stream: stderr, format, barsize: 24, hideCursor: true, clearOnComplete: true, etaBuffer: 50, fps: 8 });
  bar.start(totalBytes ?? 0, 0);
  return {
    tick(d, bytes) {
      docs = d;
      bar.update(bytes);
    },
    stop: () => bar.stop(),
  };
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "…";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}
