// One unit of batch work: an input document (file bytes, an NDJSON line, or an
// input that already failed) in, its output text out — the same code in the main
// thread (--jobs 1, small batches) and in each worker thread. Decoding, JSON
// parsing, HTML extraction, extraction and formatting all happen here, so that a
// pool spreads all of it and the main thread only reads and writes.
import { message, render, type Notice, type Ui } from "../core/messages.js";
import type { Lang } from "../core/lang.js";
import { extract } from "../core/pipeline.js";
import type { FactType, Result } from "../core/schema.js";
import { decode } from "../cli/inputs.js";
import { csvErrorRow, csvRecords, csvRow } from "../cli/formats/csv.js";
import { looksLikeHtml, readPage } from "./html.js";

export type Job =
  | { seq: number; id: string; kind: "bytes"; format: "text" | "html"; bytes: Uint8Array; size: number }
  | { seq: number; id: string; kind: "record"; line: number; json: string; size: number }
  | { seq: number; id: string; kind: "failed"; problem: Notice; size: number };

/** "result": the Result object itself, for the human formats, which lay out all results together. */
export type OutputFormat = "ndjson" | "json" | "csv" | "result";

export interface Settings {
  lang: Lang | "auto";
  /** --date: beats anything the document says. */
  published: string | null;
  types?: readonly FactType[];
  ui: Ui;
  format: OutputFormat;
  withText: boolean;
  /** "json": each output is an element of an array (indented as such), not a document of its own. */
  array: boolean;
}

export interface Outcome {
  seq: number;
  id: string;
  ok: boolean;
  /** The output for this document, ready to write (for "json": one array element, indented). */
  out: string;
  facts: number;
  size: number;
  /** Why it failed, in the --ui language: for stderr. */
  problem?: string;
  result?: Result;
  text?: string;
}

/** The record a failed document leaves in the output stream. */
export interface ErrorRecord {
  schema: "feiten/1";
  document: { id: string };
  error: { code: string; message: string };
}

export async function runJob(job: Job, s: Settings): Promise<Outcome> {
  try {
    return await attempt(job, s);
  } catch (e) {
    // Nothing a document holds may stop the batch: anything thrown is this document's failure.
    return failJob(job, s, "extract.failed", e instanceof Error ? e.message : String(e));
  }
}

async function attempt(job: Job, s: Settings): Promise<Outcome> {
  if (job.kind === "failed") return failJob(job, s, job.problem.key, render(s.ui, job.problem));
  let text: string;
  let id = job.id;
  let title: string | null = null;
  let metadata: { date: string; from: string } | null = null;
  let decoded: Notice | undefined;
  if (job.kind === "bytes") {
    const read = decode(job.id, job.bytes);
    if (!read.ok) return failJob(job, s, read.problem.key, render(s.ui, read.problem));
    text = read.text;
    decoded = read.notice;
    if (job.format === "html" || looksLikeHtml(text)) {
      const page = await readPage(text);
      if (!page.text.trim()) return failJob(job, s, "input.noArticle", message(s.ui, "input.noArticle"));
      text = page.text;
      title = page.title;
      if (page.published) metadata = { date: page.published, from: page.publishedFrom ?? "HTML" };
    }
  } else {
    const rec = parseRecord(job.json, job.line);
    if ("problem" in rec) return failJob(job, s, rec.problem.key, render(s.ui, rec.problem));
    text = rec.text;
    id = rec.id ?? job.id;
    title = rec.title;
    if (rec.published) metadata = { date: rec.published, from: `line ${job.line}` };
  }
  const result = extract(text, { id, lang: s.lang, published: s.published, metadataPublished: metadata, title, types: s.types, ui: s.ui });
  // How the bytes were read is the reader's business too (a text that was not UTF-8).
  if (decoded) result.warnings.unshift(render(s.ui, decoded));
  return { seq: job.seq, id, ok: true, out: await format(result, text, s), facts: result.facts.length, size: job.size, ...(s.format === "result" ? { result, text } : {}) };
}

interface Rec {
  text: string;
  id: string | null;
  title: string | null;
  published: string | null;
}

/** One NDJSON line: an object with a non-empty `text`; `id` (a string or a number), `published` or `date`, `url` and `title` optional. */
export function parseRecord(json: string, line: number): Rec | { problem: Notice } {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch (e) {
    return { problem: { key: "input.notJson", params: { line: String(line), reason: e instanceof Error ? e.message : String(e) } } };
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) return { problem: { key: "input.notObject", params: { line: String(line) } } };
  const o = v as Record<string, unknown>;
  if (typeof o.text !== "string" || !o.text.trim()) return { problem: { key: "input.noText", params: { line: String(line) } } };
  for (const field of ["published", "date", "url", "title"]) {
    if (o[field] !== undefined && o[field] !== null && typeof o[field] !== "string") return { problem: { key: "input.badField", params: { line: String(line), field } } };
  }
  if (o.id !== undefined && o.id !== null && typeof o.id !== "string" && typeof o.id !== "number") return { problem: { key: "input.badField", params: { line: String(line), field: "id" } } };
  const str = (x: unknown) => (typeof x === "string" && x.trim() ? x : null);
  // Without an id, the record's URL names it better than its line number.
  const id = typeof o.id === "number" ? String(o.id) : (str(o.id) ?? str(o.url));
  return { text: o.text, id, title: str(o.title), published: str(o.published) ?? str(o.date) };
}

/** The outcome of a document that failed: its error record, in the output format. */
export async function failJob(job: Job, s: Settings, code: string, problem: string): Promise<Outcome> {
  const record: ErrorRecord = { schema: "feiten/1", document: { id: job.id }, error: { code, message: problem } };
  let out = "";
  if (s.format === "ndjson") out = `${JSON.stringify(record)}\n`;
  else if (s.format === "json") out = pretty(record, s);
  else if (s.format === "csv") out = await csvRecords([csvErrorRow(job.id, problem)]);
  return { seq: job.seq, id: job.id, ok: false, out, facts: 0, size: job.size, problem };
}

async function format(result: Result, text: string, s: Settings): Promise<string> {
  const value = s.withText ? { ...result, text } : result;
  switch (s.format) {
    case "ndjson":
      return `${JSON.stringify(value)}\n`;
    case "json":
      return pretty(value, s);
    case "csv":
      return csvRecords(result.facts.map((f) => csvRow(result, f)));
    case "result":
      return "";
  }
}

/** Pretty JSON: a document of its own ends in a newline; an array element is indented as JSON.stringify(array, null, 2) writes it. */
function pretty(value: unknown, s: Settings): string {
  const text = JSON.stringify(value, null, 2);
  return s.array ? `  ${text.replace(/\n/g, "\n  ")}` : `${text}\n`;
}
