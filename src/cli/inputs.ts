// Reading one input document, with a clear problem for each way it can fail:
// missing, unreadable, a directory, binary, empty, not UTF-8.
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Notice } from "../core/messages.js";
import type { Io } from "./main.js";

export type InputSource = { kind: "file"; path: string } | { kind: "stdin" };

export type ReadResult = { ok: true; id: string; text: string; notice?: Notice } | { ok: false; id: string; problem: Notice };

const SNIFF = 8192;

/** The default --max-bytes: far above any article (a long one is ~50 KB), far below what a machine holds. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export async function readInput(source: InputSource, io: Io, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  const id = source.kind === "stdin" ? "-" : source.path;
  const read = await readBytes(source.kind === "stdin" ? source : { kind: "file", path: resolve(io.cwd ?? ".", source.path) }, io.stdin, maxBytes);
  return read.ok ? decode(id, read.bytes) : { ok: false, id, problem: read.problem };
}

/** A whole document's bytes (a file, or all of stdin), or why they cannot be had. */
export async function readBytes(source: InputSource, stdin: NodeJS.ReadableStream, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problem: Notice }> {
  try {
    if (source.kind === "stdin") {
      const bytes = await readStream(stdin, maxBytes);
      return bytes ? { ok: true, bytes } : { ok: false, problem: tooLarge(null, maxBytes) };
    }
    const st = await stat(source.path);
    if (st.isDirectory()) return { ok: false, problem: { key: "input.directory" } };
    if (!st.isFile()) return { ok: false, problem: { key: "input.notFile" } };
    // Never read what is too large: a 2 GB file is refused by its size alone.
    if (st.size > maxBytes) return { ok: false, problem: tooLarge(st.size, maxBytes) };
    return { ok: true, bytes: await readFile(source.path) };
  } catch (e) {
    return { ok: false, problem: describeFsError(e) };
  }
}

export function tooLarge(size: number | null, maxBytes: number): Notice {
  return size === null ? { key: "input.tooLargeStream", params: { max: String(maxBytes) } } : { key: "input.tooLarge", params: { size: String(size), max: String(maxBytes) } };
}

/**
 * Bytes to text. UTF-8 (a byte-order mark is dropped), or UTF-16 when a byte-order mark or the
 * pattern of its zero bytes says so. Bytes that are not UTF-8 are read as Windows-1252 (which
 * covers Latin-1's letters) when every one of them is a letter or sign Western text uses, so
 * "Belgi\xEB" is "België"; a file that is UTF-8 but for a few broken bytes keeps its UTF-8 and
 * gets U+FFFD for those. Either way the result carries a warning. Anything else is refused:
 * feiten never guesses its way into "BelgiÃ«".
 */
export function decode(id: string, bytes: Uint8Array): ReadResult {
  const utf16 = utf16Of(bytes);
  let text: string;
  let notice: Notice | undefined;
  if (utf16) {
    text = new TextDecoder(utf16).decode(bytes);
  } else {
    if (looksBinary(bytes.subarray(0, SNIFF))) return { ok: false, id, problem: { key: "input.binary" } };
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      const guess = notUtf8(bytes);
      if (!guess) return { ok: false, id, problem: { key: "input.notUtf8" } };
      ({ text, notice } = guess);
    }
  }
  if (!text.trim()) return { ok: false, id, problem: { key: bytes.length ? "input.whiteSpace" : "input.empty" } };
  return notice ? { ok: true, id, text, notice } : { ok: true, id, text };
}

/** Binary files are full of zero bytes; a text may hold a stray one (a broken export), which reads as a space. */
function looksBinary(sniff: Uint8Array): boolean {
  let zeros = 0;
  for (const b of sniff) if (b === 0) zeros++;
  return zeros > sniff.length / 100;
}

function utf16Of(b: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  // Without a mark: Western text in UTF-16 has a zero in every other byte, and only there.
  const n = Math.min(b.length, 1024) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > 0.4 * half && even < 0.05 * half) return "utf-16le";
  if (even > 0.4 * half && odd < 0.05 * half) return "utf-16be";
  return null;
}

// Windows-1252's bytes 0x80–0x9F, which are signs where Latin-1 has control codes ("" where
// unassigned: a text holding 0x81, 0x8D, 0x8F, 0x90 or 0x9D is not Windows-1252). Mapped here
// because Node 20's TextDecoder("windows-1252") decodes them as Latin-1's control codes.
const CP1252_HIGH = "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ";

function notUtf8(bytes: Uint8Array): { text: string; notice: Notice } | null {
  // Count well-formed multi-byte UTF-8 sequences and bytes that fit none.
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  if (valid > 0) {
    // UTF-8 with damage: only if the damage is small, else it is no text we know.
    if (invalid > Math.max(3, valid / 10)) return null;
    return { text: new TextDecoder("utf-8").decode(bytes), notice: { key: "input.brokenUtf8", params: { count: String(invalid) } } };
  }
  let text = "";
  for (const c of bytes) {
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) return null;
    const ch = c >= 0x80 && c <= 0x9f ? CP1252_HIGH[c - 0x80]! : String.fromCharCode(c);
    if (ch === "\u0000") return null;
    text += ch;
  }
  return { text, notice: { key: "input.windows1252" } };
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
    default:
      return { key: "input.unreadable", params: { reason: e instanceof Error ? e.message : String(e) } };
  }
}

/** All of a stream, or null once it passes maxBytes (what is read so far is dropped). */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = asBuffer(chunk);
    size += b.length;
    if (size > maxBytes) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** A stream's chunk as a Buffer, without a copy when it is one already. */
export function asBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  return typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
}
