// Reading one input document, with a clear problem for each way it can fail:
// missing, unreadable, a directory, binary, empty, not UTF-8.
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Notice } from "../core/messages.js";
import type { Io } from "./main.js";

export type InputSource = { kind: "file"; path: string } | { kind: "stdin" };

export type ReadResult = { ok: true; id: string; text: string } | { ok: false; id: string; problem: Notice };

const SNIFF = 8192;

export async function readInput(source: InputSource, io: Io): Promise<ReadResult> {
  const id = source.kind === "stdin" ? "-" : source.path;
  let bytes: Buffer;
  try {
    if (source.kind === "stdin") bytes = await readStream(io.stdin);
    else {
      const path = resolve(io.cwd ?? ".", source.path);
      // Synchronous: one small file per call, and no thread-pool start-up to pay for it.
      const st = statSync(path);
      if (st.isDirectory()) return { ok: false, id, problem: { key: "input.directory" } };
      if (!st.isFile()) return { ok: false, id, problem: { key: "input.notFile" } };
      bytes = readFileSync(path);
    }
  } catch (e) {
    return { ok: false, id, problem: describeFsError(e) };
  }
  return decode(id, bytes);
}

export function decode(id: string, bytes: Uint8Array): ReadResult {
  if (bytes.subarray(0, SNIFF).includes(0)) return { ok: false, id, problem: { key: "input.binary" } };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, id, problem: { key: "input.notUtf8" } };
  }
  if (!text.trim()) return { ok: false, id, problem: { key: bytes.length ? "input.whiteSpace" : "input.empty" } };
  return { ok: true, id, text };
}

export function describeFsError(e: unknown): Notice {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return { key: "input.missing" };
    case "EACCES":
    case "EPERM":
      return { key: "input.denied" };
    case "EISDIR":
      return { key: "input.directory" };
    case "ENOTFILE":
      return { key: "input.notFile" };
    default:
      return { key: "input.unreadable", params: { reason: e instanceof Error ? e.message : String(e) } };
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
