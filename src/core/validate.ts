// Every result is validated against the contract before anyone sees it (FACTS.md
// §1). zod's generic parse was ~5 % of a whole extract(), so the same check is
// written out here for the one schema it runs on: it accepts only what
// `Result.parse` (schema.ts) accepts and returns what that returns — a copy with
// the schema's keys in the schema's order, unknown keys dropped. Anything it
// does not accept goes to zod itself, which then throws its usual error (or, if
// this check was stricter than zod, returns zod's own result): zod stays the
// definition, this is its fast path. test/validate.test.ts holds the two equal.
import { DATE_KINDS, FACT_TYPES, MODIFIERS, PLACE_KINDS, Result as ResultSchema, type Count, type DateMention, type Fact, type FactDate, type FactPlace, type PlaceMention, type Result, type Span } from "./schema.js";

/** Thrown inside the fast path only; never leaves this module. */
class Invalid extends Error {}
const INVALID = new Invalid();
const fail = (): never => {
  throw INVALID;
};

const FACT_TYPE_SET: ReadonlySet<unknown> = new Set(FACT_TYPES);
const MODIFIER_SET: ReadonlySet<unknown> = new Set(MODIFIERS);
const PLACE_KIND_SET: ReadonlySet<unknown> = new Set(PLACE_KINDS);
const DATE_KIND_SET: ReadonlySet<unknown> = new Set(DATE_KINDS);
const TIMEFRAMES: ReadonlySet<unknown> = new Set(["current", "earlier"]);
const MODS: ReadonlySet<unknown> = new Set(["start", "mid", "end"]);
const LANGS: ReadonlySet<unknown> = new Set(["nl", "en"]);
// The same pattern as isoDate in schema.ts.
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-W(?:0[1-9]|[1-4]\d|5[0-3]))?$/;

// Loose records: the input is untrusted in shape, that is the point of checking it.
type Rec = Record<string, unknown>;

const obj = (v: unknown): Rec => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Rec) : fail());
const str = (v: unknown): string => (typeof v === "string" ? v : fail());
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : fail());
const offset = (v: unknown): number => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : fail());
const bool = (v: unknown): boolean => (typeof v === "boolean" ? v : fail());
const nullableStr = (v: unknown): string | null => (v === null ? null : str(v));
const nullableNum = (v: unknown): number | null => (v === null ? null : num(v));
function oneOf<T>(set: ReadonlySet<unknown>, v: unknown): T {
  return set.has(v) ? (v as T) : fail();
}
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : fail());

function count(v: unknown): Count {
  const c = obj(v);
  return { value: nullableNum(c.value), min: nullableNum(c.min), max: nullableNum(c.max), modifier: oneOf(MODIFIER_SET, c.modifier), unit: nullableStr(c.unit), text: str(c.text) };
}

function factPlace(v: unknown): FactPlace | null {
  if (v === null) return null;
  const p = obj(v);
  return { name: str(p.name), kind: oneOf(PLACE_KIND_SET, p.kind), country: nullableStr(p.country) };
}

function factDate(v: unknown): FactDate | null {
  if (v === null) return null;
  const d = obj(v);
  return { value: nullableStr(d.value), text: str(d.text) };
}

function span(v: unknown): Span {
  const s = obj(v);
  return { text: str(s.text), start: offset(s.start), end: offset(s.end) };
}

function fact(v: unknown): Fact {
  const f = obj(v);
  return {
    type: oneOf(FACT_TYPE_SET, f.type),
    subtype: nullableStr(f.subtype),
    count: count(f.count),
    place: factPlace(f.place),
    date: factDate(f.date),
    timeframe: oneOf(TIMEFRAMES, f.timeframe),
    negated: bool(f.negated),
    hedged: bool(f.hedged),
    source: nullableStr(f.source),
    evidence: span(f.evidence),
    rule: str(f.rule),
  };
}

function dateMention(v: unknown): DateMention {
  const d = obj(v);
  const text = str(d.text);
  const start = offset(d.start);
  const end = offset(d.end);
  const value = nullableStr(d.value);
  const kind = oneOf<DateMention["kind"]>(DATE_KIND_SET, d.kind);
  // An optional key: zod keeps it (in its schema position) only when the input has it.
  if ("mod" in d) {
    const mod = d.mod === undefined ? undefined : oneOf<NonNullable<DateMention["mod"]>>(MODS, d.mod);
    return { text, start, end, value, kind, mod, rule: str(d.rule) };
  }
  return { text, start, end, value, kind, rule: str(d.rule) };
}

function placeMention(v: unknown): PlaceMention {
  const p = obj(v);
  return {
    text: str(p.text),
    start: offset(p.start),
    end: offset(p.end),
    name: str(p.name),
    kind: oneOf(PLACE_KIND_SET, p.kind),
    country: nullableStr(p.country),
    lat: nullableNum(p.lat),
    lon: nullableNum(p.lon),
    id: nullableStr(p.id),
  };
}

function list<T>(v: unknown, item: (x: unknown) => T): T[] {
  const a = arr(v);
  const out: T[] = new Array<T>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = item(a[i]);
  return out;
}

function result(v: unknown): Result {
  const r = obj(v);
  if (r.schema !== "feiten/1") fail();
  const d = obj(r.document);
  const published = d.published === null ? null : str(d.published);
  if (published !== null && !ISO_DATE.test(published)) fail();
  return {
    schema: "feiten/1",
    document: { id: str(d.id), lang: oneOf(LANGS, d.lang), published, title: nullableStr(d.title) },
    facts: list(r.facts, fact),
    dates: list(r.dates, dateMention),
    places: list(r.places, placeMention),
    warnings: list(r.warnings, str),
  };
}

/** `Result.parse(value)`, at a fraction of the cost for a valid result. */
export function parseResult(value: unknown): Result {
  try {
    return result(value);
  } catch (e) {
    if (e !== INVALID) throw e;
    return ResultSchema.parse(value);
  }
}
