// The inputs, read one document at a time and in order, as jobs for runJob():
// a whole file for text and HTML, one line at a time for NDJSON (streamed, so
// an archive of any size is never held in memory). A file that cannot be read
// and a line that is not UTF-8 become failed jobs in their place.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { asBuffer, describeFsError, readBytes } from "../cli/inputs.js";
import type { Source } from "./sources.js";
import type { Job } from "./work.js";

export interface ReadOptions {
  /** Documents (files, stdin, NDJSON lines) larger than this are failed jobs, never read whole. */
  maxBytes: number;
  /** Stop between documents once this is aborted (Ctrl-C). */
  signal?: AbortSignal;
}

/** The jobs of all sources, numbered in order from 0. */
export async function* readJobs(sources: readonly Source[], stdin: NodeJS.ReadableStream, o: ReadOptions): AsyncGenerator<Job> {
  let seq = 0;
  for (const src of sources) {
    if (o.signal?.aborted) return;
    if (src.kind === "failed") {
      yield { seq: seq++, id: src.id, kind: "failed", problem: src.problem, size: 0 };
      continue;
    }
    if (src.format === "ndjson") {
      let stream: NodeJS.ReadableStream;
      if (src.kind === "stdin") stream = stdin;
      else {
        // Opened first so that a missing or unreadable file is one failed job, not a thrown stream error.
        try {
          if ((await stat(src.path)).isDirectory()) {
            yield { seq: seq++, id: src.id, kind: "failed", problem: { key: "input.directory" }, size: 0 };
            continue;
          }
          stream = createReadStream(src.path, { highWaterMark: 1 << 16 });
        } catch (e) {
          yield { seq: seq++, id: src.id, kind: "failed", problem: describeFsError(e), size: 0 };
          continue;
        }
      }
      try {
        for await (const l of lines(stream, o.maxBytes)) {
          if (o.signal?.aborted) return;
          const id = `${src.id}:${l.no}`;
          if (l.tooLarge) yield { seq: seq++, id, kind: "failed", problem: { key: "input.lineTooLarge", params: { line: String(l.no), max: String(o.maxBytes) } }, size: l.size };
          else if (l.text === null) yield { seq: seq++, id, kind: "failed", problem: { key: "input.lineNotUtf8", params: { line: String(l.no) } }, size: l.size };
          else if (l.text.trim()) yield { seq: seq++, id, kind: "record", line: l.no, json: l.text, size: l.size };
        }
      } catch (e) {
        if (o.signal?.aborted) return;
        // Read error in the middle of a file: the lines read so far stand, the rest is this failure.
        yield { seq: seq++, id: src.id, kind: "failed", problem: describeFsError(e), size: 0 };
      }
      continue;
    }
    const read = await readBytes(src, stdin, o.maxBytes);
    // Ctrl-C while stdin was read: what arrived is not the whole document.
    if (o.signal?.aborted) return;
    if (read.ok) yield { seq: seq++, id: src.id, kind: "bytes", format: src.format, bytes: read.bytes, size: read.bytes.length };
    else yield { seq: seq++, id: src.id, kind: "failed", problem: read.problem, size: 0 };
  }
}

interface Line {
  no: number;
  /** null: not valid UTF-8, or too large. */
  text: string | null;
  size: number;
  tooLarge?: boolean;
}

/**
 * The lines of a byte stream (LF or CRLF), decoded one at a time, numbered from 1. A line longer
 * than maxBytes is skipped as it streams by (tooLarge), so no line can fill the memory.
 */
export async function* lines(stream: NodeJS.ReadableStream, maxBytes = Infinity): AsyncGenerator<Line> {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const decodeLine = (b: Uint8Array): string | null => {
    try {
      return utf8.decode(b[b.length - 1] === 13 ? b.subarray(0, b.length - 1) : b);
    } catch {
      return null;
    }
  };
  let no = 0;
  // The unfinished line's pieces, joined only once its end arrives: a long line costs linear time.
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let skipping = false;
  for await (const chunk of stream) {
    const buf = asBuffer(chunk);
    let start = 0;
    let nl: number;
    while ((nl = buf.indexOf(10, start)) !== -1) {
      const size = pendingSize + (nl - start);
      if (skipping || size > maxBytes) yield { no: ++no, text: null, size: size + 1, tooLarge: true };
      else {
        let b = buf.subarray(start, nl);
        if (pending.length) {
          pending.push(b);
          b = Buffer.concat(pending);
        }
        yield { no: ++no, text: decodeLine(b), size: b.length + 1 };
      }
      pending = [];
      pendingSize = 0;
      skipping = false;
      start = nl + 1;
    }
    if (start < buf.length) {
      pendingSize += buf.length - start;
      if (pendingSize > maxBytes) {
        skipping = true;
        pending = [];
      } else pending.push(buf.subarray(start));
    }
  }
  if (skipping) yield { no: ++no, text: null, size: pendingSize, tooLarge: true };
  else if (pending.length) {
    const b = Buffer.concat(pending);
    yield { no: ++no, text: decodeLine(b), size: b.length };
  }
}
