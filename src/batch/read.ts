// The inputs, read one document at a time and in order, as jobs for runJob():
// a whole file for text and HTML, one line at a time for NDJSON (streamed, so
// an archive of any size is never held in memory). A file that cannot be read
// and a line that is not UTF-8 become failed jobs in their place.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { describeFsError } from "../cli/inputs.js";
import type { Source } from "./sources.js";
import type { Job } from "./work.js";

/** The jobs of all sources, numbered in order from 0. */
export async function* readJobs(sources: readonly Source[], stdin: NodeJS.ReadableStream): AsyncGenerator<Job> {
  let seq = 0;
  for (const src of sources) {
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
          const st = await stat(src.path);
          if (st.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
          stream = createReadStream(src.path, { highWaterMark: 1 << 16 });
        } catch (e) {
          yield { seq: seq++, id: src.id, kind: "failed", problem: describeFsError(e), size: 0 };
          continue;
        }
      }
      try {
        for await (const l of lines(stream)) {
          const id = `${src.id}:${l.no}`;
          if (l.text === null) yield { seq: seq++, id, kind: "failed", problem: { key: "input.lineNotUtf8", params: { line: String(l.no) } }, size: l.size };
          else if (l.text.trim()) yield { seq: seq++, id, kind: "record", line: l.no, json: l.text, size: l.size };
        }
      } catch (e) {
        // Read error in the middle of a file: the lines read so far stand, the rest is this failure.
        yield { seq: seq++, id: src.id, kind: "failed", problem: describeFsError(e), size: 0 };
      }
      continue;
    }
    let bytes: Uint8Array;
    try {
      if (src.kind === "stdin") bytes = await readAll(stdin);
      else {
        const st = await stat(src.path);
        if (st.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
        if (!st.isFile()) throw Object.assign(new Error("not a file"), { code: "ENOTFILE" });
        bytes = await readFile(src.path);
      }
    } catch (e) {
      yield { seq: seq++, id: src.id, kind: "failed", problem: describeFsError(e), size: 0 };
      continue;
    }
    yield { seq: seq++, id: src.id, kind: "bytes", format: src.format, bytes, size: bytes.length };
  }
}

interface Line {
  no: number;
  /** null: not valid UTF-8. */
  text: string | null;
  size: number;
}

/** The lines of a byte stream (LF or CRLF), decoded one at a time, numbered from 1. */
export async function* lines(stream: NodeJS.ReadableStream): AsyncGenerator<Line> {
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
  for await (const chunk of stream) {
    const buf = asBuffer(chunk);
    let start = 0;
    let nl: number;
    while ((nl = buf.indexOf(10, start)) !== -1) {
      let b = buf.subarray(start, nl);
      if (pending.length) {
        pending.push(b);
        b = Buffer.concat(pending);
        pending = [];
      }
      yield { no: ++no, text: decodeLine(b), size: b.length + 1 };
      start = nl + 1;
    }
    if (start < buf.length) pending.push(buf.subarray(start));
  }
  if (pending.length) {
    const b = Buffer.concat(pending);
    yield { no: ++no, text: decodeLine(b), size: b.length };
  }
}

function asBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  return typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(asBuffer(chunk));
  return Buffer.concat(chunks);
}
