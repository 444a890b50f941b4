// Fact sheets (docs/fact-sheet.md): the numbers an article states, and the
// documents it is based on, in YAML or JSON. Parsed with positions, validated
// with zod; every error names its line and column in the sheet.
import { isAbsolute, join, dirname } from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import * as z from "zod/mini";
import { toIso } from "../core/calendar.js";
import { countAt } from "../core/counts.js";
import type { Notice } from "../core/messages.js";
import { FACT_TYPES, type Count, type FactType } from "../core/schema.js";
import { normalizeSameLength, tokenize } from "../core/text.js";
import { parseDateInput } from "../dates/index.js";
import { enPack } from "../lang/en/index.js";
import { nlPack } from "../lang/nl/index.js";

/** A sheet larger than this is refused unread (1 MiB: a sheet lists a few dozen claims). */
export const MAX_SHEET_BYTES = 1024 * 1024;
/** YAML aliases are expanded at most this often ("billion laughs"): a sheet needs none. */
export const MAX_ALIAS_COUNT = 16;

export type SheetLang = "nl" | "en";
export type Timeframe = "current" | "earlier";

export interface SheetSource {
  /** As written in the sheet: relative to the sheet's folder unless absolute. */
  path: string;
  /** ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), or null: then the document's own. */
  published: string | null;
  /** The document's language, or null: detected. */
  lang: SheetLang | null;
  line: number;
  column: number;
}

export interface Claim {
  /** Position in the sheet's `claims`. */
  index: number;
  line: number;
  column: number;
  type: FactType;
  /** The claimed count in the shape of the contract; `text` is the count as the sheet writes it. */
  count: Count;
  /** A place name (any name or alias the gazetteer knows), or null: any place. */
  place: string | null;
  /** null: any subtype. */
  subtype: string | null;
  /** null: the count's own unit, else any. */
  unit: string | null;
  /** null: either timeframe. */
  timeframe: Timeframe | null;
  /** Free text: the article's sentence, a reference. */
  note: string | null;
}

export interface Sheet {
  file: string;
  /** The sheet's `name`, else its file name. */
  name: string;
  /** The language count phrases are read in first (default nl). */
  lang: SheetLang;
  sources: SheetSource[];
  claims: Claim[];
}

export interface SheetError {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** Where in the sheet, e.g. "claims[2].weapons"; "" for the sheet as a whole. */
  path: string;
  notice: Notice;
}

export type ParsedSheet = { ok: true; sheet: Sheet } | { ok: false; errors: SheetError[] };

// ---- schemas ---------------------------------------------------------------

const Lang = z.enum(["nl", "en"]);
const Published = z.union([z.string(), z.number()], { error: "check.sheet.published" });
const Source = z.union(
  [z.string().check(z.minLength(1)), z.strictObject({ path: z.string().check(z.minLength(1)), published: z.optional(Published), lang: z.optional(Lang) })],
  { error: "check.sheet.source" },
);
const CountSpec = z.union(
  [
    z.number().check(z.nonnegative()),
    z.string().check(z.minLength(1)),
    z.strictObject({ min: z.optional(z.number().check(z.nonnegative())), max: z.optional(z.number().check(z.nonnegative())) }),
  ],
  { error: "check.sheet.count" },
);
type CountSpec = z.infer<typeof CountSpec>;

const OPTIONS = {
  place: z.optional(z.string().check(z.minLength(1))),
  subtype: z.optional(z.string().check(z.minLength(1))),
  unit: z.optional(z.string().check(z.minLength(1))),
  timeframe: z.optional(z.enum(["current", "earlier"])),
  note: z.optional(z.string()),
};
const OPTION_KEYS = new Set(Object.keys(OPTIONS));
const LongClaim = z.strictObject({ type: z.enum(FACT_TYPES), count: CountSpec, ...OPTIONS });
type ClaimOptions = { place?: string; subtype?: string; unit?: string; timeframe?: Timeframe; note?: string };

let shortClaims: Map<FactType, z.ZodMiniType> | undefined;
/** `{arrests: 30, place: …}`: the fact type as the key of the count. */
function shortClaim(type: FactType): z.ZodMiniType {
  shortClaims ??= new Map(FACT_TYPES.map((t) => [t, z.strictObject({ [t]: CountSpec, ...OPTIONS })]));
  return shortClaims.get(type)!;
}

const Top = z.strictObject({
  name: z.optional(z.string()),
  lang: z.optional(Lang),
  sources: z.array(Source).check(z.minLength(1)),
  claims: z.array(z.unknown()).check(z.minLength(1)),
});

// ---- positions -------------------------------------------------------------

type Path = (string | number)[];

export function pathString(path: readonly PropertyKey[]): string {
  let s = "";
  for (const seg of path) {
    if (typeof seg === "number") s += `[${seg}]`;
    else s += s ? `.${String(seg)}` : String(seg);
  }
  return s;
}

/** The offset in the text of what `path` names: a map key's own position, an item's start; as deep as the path exists. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents?.range?.[0] ?? 0) as number;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) break;
      const key = pair.key as { range?: [number, number, number] } | null;
      offset = key?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

// ---- parsing ---------------------------------------------------------------

const KIND_WORDS: Record<string, string> = { string: "@check.kind.string", number: "@check.kind.number", object: "@check.kind.object", array: "@check.kind.array", boolean: "@check.kind.boolean" };

/** A zod issue as a notice: our own message key when the schema names one, else one by the issue's kind. */
function issueNotices(issue: z.core.$ZodIssue, data: unknown, base: Path): { path: Path; notice: Notice }[] {
  const path = [...base, ...(issue.path as Path)];
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ path: [...path, key], notice: { key: "check.sheet.unknownKey", params: { key } } }));
  if (valueAt(data, issue.path) === undefined && (issue.code === "invalid_type" || issue.code === "invalid_union")) return [{ path, notice: { key: "check.sheet.required" } }];
  if (issue.message.startsWith("check.sheet.")) return [{ path, notice: { key: issue.message as Notice["key"] } }];
  switch (issue.code) {
    case "invalid_type":
      return [{ path, notice: { key: "check.sheet.expected", params: { expected: KIND_WORDS[issue.expected] ?? issue.expected } } }];
    case "invalid_value":
      return [{ path, notice: { key: "check.sheet.choose", params: { choices: issue.values.map(String).join(", ") } } }];
    case "too_small":
      return [{ path, notice: { key: issue.origin === "array" ? "check.sheet.empty" : issue.origin === "string" ? "check.sheet.blank" : "check.sheet.negative" } }];
    default:
      return [{ path, notice: { key: "check.sheet.invalid" } }];
  }
}

const PACKS = { nl: nlPack, en: enPack } as const;

/** A count phrase ("dertig", "ruim 2.000", "tientallen", "80 million") read whole, in `lang` first, then the other language. */
export function parseCountPhrase(text: string, lang: SheetLang): Count | null {
  const tokens = tokenize(normalizeSameLength(text));
  if (!tokens.length) return null;
  for (const l of lang === "nl" ? (["nl", "en"] as const) : (["en", "nl"] as const)) {
    const c = countAt(tokens, 0, PACKS[l]().counts);
    if (c && c.end === tokens.length && !c.negative) {
      return { value: c.value, min: c.min, max: c.max, modifier: c.modifier, unit: c.unit?.code ?? null, text: text.trim() };
    }
  }
  return null;
}

function specToCount(spec: CountSpec, lang: SheetLang): Count | "phrase" | "range" {
  if (typeof spec === "number") return { value: spec, min: spec, max: spec, modifier: "exact", unit: null, text: String(spec) };
  if (typeof spec === "string") return parseCountPhrase(spec, lang) ?? "phrase";
  const { min, max } = spec;
  if (min === undefined && max === undefined) return "range";
  if (min !== undefined && max !== undefined) {
    if (min > max) return "range";
    if (min === max) return { value: min, min, max, modifier: "exact", unit: null, text: String(min) };
    return { value: null, min, max, modifier: "range", unit: null, text: `${min}–${max}` };
  }
  if (min !== undefined) return { value: min, min, max: null, modifier: "atLeast", unit: null, text: `≥ ${min}` };
  return { value: max!, min: null, max: max!, modifier: "atMost", unit: null, text: `≤ ${max}` };
}

/**
 * Reads a fact sheet from YAML (or JSON, which is YAML too). Inputs over
 * MAX_SHEET_BYTES and alias bombs are refused; YAML errors and schema errors
 * come back with their line and column.
 */
export function parseSheet(text: string, file: string): ParsedSheet {
  const lineCounter = new LineCounter();
  const at = (offset: number) => lineCounter.linePos(offset);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_SHEET_BYTES) {
    return { ok: false, errors: [{ file, line: 1, column: 1, path: "", notice: { key: "check.sheet.tooLarge", params: { size: String(bytes), max: String(MAX_SHEET_BYTES) } } }] };
  }
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, merge: false, version: "1.2" });
  if (doc.errors.length) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? at(e.pos[0]);
        return { file, line: pos.line, column: pos.col, path: "", notice: { key: "check.sheet.yaml", params: { reason: e.message.split(/ at line \d+|\n/)[0]!.trim() } } };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError) return { ok: false, errors: [{ file, line: 1, column: 1, path: "", notice: { key: "check.sheet.aliases" } }] };
    throw e;
  }

  const errors: SheetError[] = [];
  const fail = (path: Path, notice: Notice) => {
    const { line, col } = at(offsetOf(doc, path));
    errors.push({ file, line, column: col, path: pathString(path), notice });
  };
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    fail([], { key: "check.sheet.root" });
    return { ok: false, errors };
  }
  const top = Top.safeParse(data);
  if (!top.success) {
    for (const issue of top.error.issues) for (const e of issueNotices(issue, data, [])) fail(e.path, e.notice);
    // The claims are still checked below when their list is one, so one run shows every error.
  }
  const raw = data as { name?: unknown; lang?: unknown; sources?: unknown; claims?: unknown };
  const lang: SheetLang = raw.lang === "en" ? "en" : "nl";

  const sources: SheetSource[] = [];
  if (top.success) {
    top.data.sources.forEach((s, i) => {
      const { line, col } = at(offsetOf(doc, ["sources", i]));
      if (typeof s === "string") return sources.push({ path: s, published: null, lang: null, line, column: col });
      let published: string | null = null;
      if (s.published !== undefined) {
        const d = parseDateInput(String(s.published));
        if (d) published = toIso(d);
        else fail(["sources", i, "published"], { key: "check.sheet.published" });
      }
      sources.push({ path: s.path, published, lang: s.lang ?? null, line, column: col });
    });
  }

  const claims: Claim[] = [];
  const list = Array.isArray(raw.claims) ? (raw.claims as unknown[]) : [];
  list.forEach((item, i) => {
    const base: Path = ["claims", i];
    if (item === null || typeof item !== "object" || Array.isArray(item)) return fail(base, { key: "check.sheet.claim" });
    const keys = Object.keys(item);
    let type: FactType;
    let schema: z.ZodMiniType;
    let specKey: string;
    if ("type" in item) {
      schema = LongClaim;
      specKey = "count";
      type = (item as { type: FactType }).type;
    } else {
      const named = keys.filter((k) => (FACT_TYPES as readonly string[]).includes(k)) as FactType[];
      if (named.length > 1) return fail([...base, named[1]!], { key: "check.sheet.twoTypes", params: { other: named[0]! } });
      if (!named.length) {
        const stray = keys.find((k) => !OPTION_KEYS.has(k));
        if (stray !== undefined) return fail([...base, stray], { key: "check.sheet.unknownType", params: { type: stray, types: FACT_TYPES.join(", ") } });
        return fail(base, { key: "check.sheet.claimType", params: { types: FACT_TYPES.join(", ") } });
      }
      type = named[0]!;
      schema = shortClaim(type);
      specKey = type;
    }
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) for (const e of issueNotices(issue, item, base)) fail(e.path, e.notice);
      return;
    }
    const c = parsed.data as ClaimOptions & Record<string, unknown>;
    const count = specToCount(c[specKey] as CountSpec, lang);
    if (count === "phrase") return fail([...base, specKey], { key: "check.sheet.countPhrase", params: { text: String(c[specKey]) } });
    if (count === "range") return fail([...base, specKey], { key: "check.sheet.countRange" });
    if (c.unit !== undefined) count.unit = c.unit;
    const { line, col } = at(offsetOf(doc, base));
    claims.push({
      index: i,
      line,
      column: col,
      type,
      count,
      place: c.place ?? null,
      subtype: c.subtype ?? null,
      unit: c.unit ?? count.unit,
      timeframe: c.timeframe ?? null,
      note: c.note ?? null,
    });
  });

  if (errors.length || !top.success) {
    errors.sort((x, y) => x.line - y.line || x.column - y.column);
    return { ok: false, errors };
  }
  const base = file.split(/[\\/]/).pop() ?? file;
  return { ok: true, sheet: { file, name: top.data.name ?? base, lang, sources, claims } };
}

/** The sources' paths as the CLI opens them: relative to the sheet's folder unless absolute. */
export function resolveSources(sheet: Sheet): (SheetSource & { resolved: string })[] {
  return sheet.sources.map((s) => ({ ...s, resolved: isAbsolute(s.path) ? s.path : join(dirname(sheet.file), s.path) }));
}
