// The bench archive: NDJSON, one {"id","published","text"} per line, in a cache
// directory under the OS temp dir, written only when missing. Documents come
// from corpus.mjs in order, so the 10 MB archive is the prefix of the 100 MB one.
// "MB" is 10^6 bytes of document text (UTF-8), not of JSON.
import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CORPUS_VERSION, makeDocument } from "./corpus.mjs";

export const MB = 1e6;

export function cacheDir() {
  const dir = process.env.FEITEN_BENCH_DIR ?? join(tmpdir(), "feiten-bench");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Path and stats of the archive of `mb` MB of text, generated if missing.
 * @returns {Promise<{ file: string, docs: number, textBytes: number, fileBytes: number, nl: number, en: number, generatedMs: number | null }>}
 */
export async function ensureArchive(mb, log = () => {}) {
  const file = join(cacheDir(), `archive-${mb}MB-v${CORPUS_VERSION}.ndjson`);
  const metaFile = `${file}.meta.json`;
  if (existsSync(file) && existsSync(metaFile)) {
    return { file, ...JSON.parse(readFileSync(metaFile, "utf8")), generatedMs: null };
  }
  log(`generating ${file} …`);
  const t0 = performance.now();
  const tmp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  const limit = mb * MB;
  let docs = 0, textBytes = 0, fileBytes = 0, nl = 0, en = 0;
  let chunk = [];
  let chunkLen = 0;
  const flush = async () => {
    const s = chunk.join("");
    chunk = [];
    chunkLen = 0;
    if (!out.write(s)) await once(out, "drain");
  };
  while (textBytes < limit) {
    const d = makeDocument(docs++);
    const line = `${JSON.stringify({ id: d.id, published: d.published, text: d.text })}\n`;
    textBytes += Buffer.byteLength(d.text);
    fileBytes += Buffer.byteLength(line);
    if (d.lang === "nl") nl++;
    else en++;
    chunk.push(line);
    chunkLen += line.length;
    if (chunkLen > 1 << 20) await flush();
  }
  await flush();
  out.end();
  await once(out, "finish");
  const meta = { docs, textBytes, fileBytes, nl, en, corpusVersion: CORPUS_VERSION };
  writeFileSync(metaFile, `${JSON.stringify(meta)}\n`);
  renameSync(tmp, file);
  return { file, ...meta, generatedMs: performance.now() - t0 };
}
