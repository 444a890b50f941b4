// What the command line names, as an ordered list of inputs: files as given,
// directories walked (recursively, files chosen by --glob), glob patterns
// expanded, "-" for stdin. Walks and expansions are sorted by path, so the same
// tree always gives the same order (and so the same output). A name that
// matches nothing becomes a failed input, in its place in the order.
import { statSync } from "node:fs";
import { extname, isAbsolute, join, normalize, resolve } from "node:path";
import type { Notice } from "../core/messages.js";
import { load } from "../core/load.js";

export type InputFormat = "auto" | "text" | "html" | "ndjson";
export type DocFormat = "text" | "html" | "ndjson";

export type Source =
  | { kind: "file"; id: string; path: string; format: DocFormat; size: number }
  | { kind: "stdin"; id: string; format: DocFormat }
  | { kind: "failed"; id: string; problem: Notice };

/** Files a directory walk takes when no --glob is given: text, pages and record files. */
export const DEFAULT_GLOB = "**/*.{txt,text,md,html,htm,xhtml,ndjson,jsonl}";

const HTML_EXT = new Set([".html", ".htm", ".xhtml"]);
const NDJSON_EXT = new Set([".ndjson", ".jsonl"]);
const GLOB_CHARS = /[*?[\]{}]/;

/** The format of a named file under --input auto: by extension; text otherwise (HTML is also sniffed later). */
export function formatOf(path: string, input: InputFormat): DocFormat {
  if (input !== "auto") return input;
  const ext = extname(path).toLowerCase();
  if (HTML_EXT.has(ext)) return "html";
  if (NDJSON_EXT.has(ext)) return "ndjson";
  return "text";
}

export interface ExpandOptions {
  cwd: string;
  input: InputFormat;
  globs: readonly string[];
}

/** Whether any argument can name more than one document (a directory, a glob, or NDJSON records). */
export function isBatch(sources: readonly Source[]): boolean {
  return sources.length > 1 || sources.some((s) => s.kind !== "failed" && s.format === "ndjson");
}

/** The inputs that `args` name, in order. tinyglobby is loaded only when a directory or pattern needs it. */
export async function expandSources(args: readonly string[], opts: ExpandOptions): Promise<{ sources: Source[]; walked: boolean }> {
  const out: Source[] = [];
  let walked = false;
  for (const arg of args) {
    if (arg === "-") {
      out.push({ kind: "stdin", id: "-", format: opts.input === "auto" ? "text" : opts.input });
      continue;
    }
    const abs = resolve(opts.cwd, arg);
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      walked = true;
      const files = await glob(opts.globs.length ? opts.globs : [DEFAULT_GLOB], abs);
      if (!files.length) out.push({ kind: "failed", id: arg, problem: { key: "input.noDocuments", params: { glob: (opts.globs.length ? opts.globs : [DEFAULT_GLOB]).join(" ") } } });
      for (const f of files) out.push(fileSource(join(arg, f), join(abs, f), opts.input));
    } else if (!st && GLOB_CHARS.test(arg)) {
      // A pattern the shell did not expand (quoted, or no shell at all).
      walked = true;
      const files = await glob([arg], opts.cwd, isAbsolute(arg));
      if (!files.length) out.push({ kind: "failed", id: arg, problem: { key: "input.noMatch" } });
      for (const f of files) out.push(fileSource(f, resolve(opts.cwd, f), opts.input));
    } else {
      // Named files are read whatever their extension; a missing one fails when it is read.
      out.push({ kind: "file", id: arg, path: abs, format: formatOf(arg, opts.input), size: st?.isFile() ? st.size : 0 });
    }
  }
  return { sources: out, walked };
}

function fileSource(id: string, path: string, input: InputFormat): Source {
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // Gone since the walk: reading it will say so.
  }
  return { kind: "file", id, path, format: formatOf(path, input), size };
}

/** Files under `cwd` matching `patterns`, relative, sorted by code point (not locale: the order must not depend on the machine). */
async function glob(patterns: readonly string[], cwd: string, absolute = false): Promise<string[]> {
  const { glob: tinyglob } = load<typeof import("tinyglobby")>("tinyglobby");
  const found = await tinyglob([...patterns], { cwd, absolute, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false });
  // tinyglobby answers with "/" separators; ids use the platform's.
  return found.map((f) => normalize(f)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
