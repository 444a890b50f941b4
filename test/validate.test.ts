// The compiled check of a result (src/core/validate.ts) is a fast path of
// `Result.parse`: it must accept exactly what zod accepts, return exactly what
// zod returns (same keys, same order), and let zod throw on anything else.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { Result as ResultSchema } from "../src/core/schema.js";
import { parseResult } from "../src/core/validate.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const docs = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).sort();
const results = docs.map((d) => extract(readFileSync(join(FIXTURES, d), "utf8"), { id: d }));

const same = (input: unknown) => {
  let zod: unknown, zodError: unknown, fast: unknown, fastError: unknown;
  try {
    zod = ResultSchema.parse(input);
  } catch (e) {
    zodError = e;
  }
  try {
    fast = parseResult(input);
  } catch (e) {
    fastError = e;
  }
  expect(fastError === undefined).toBe(zodError === undefined);
  if (zodError === undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
  else expect(String(fastError)).toBe(String(zodError));
};

const clone = <T>(x: T): T => structuredClone(x);

describe("parseResult is Result.parse", () => {
  it("on every golden document", () => {
    expect(results.some((r) => r.dates.some((d) => d.mod !== undefined))).toBe(true);
    for (const r of results) same(r);
  });

  it("orders keys as the schema does and drops unknown ones", () => {
    const r = clone(results[0]!) as unknown as Record<string, unknown>;
    const shuffled = { extra: 1, warnings: r.warnings, places: r.places, dates: r.dates, facts: r.facts, document: r.document, schema: r.schema };
    same(shuffled);
    const f = clone(results[0]!);
    (f.facts[0] as unknown as Record<string, unknown>).zzz = "x";
    f.dates.push({ rule: "r", kind: "date", mod: "mid", value: null, end: 3, start: 1, text: "ab" });
    f.dates.push({ text: "ab", start: 1, end: 3, value: null, kind: "date", mod: undefined, rule: "r" });
    same(f);
  });

  it("throws zod's error on what zod refuses", () => {
    // any: the mutations poke at untyped copies on purpose.
    const mutations: ((r: Record<string, any>) => void)[] = [
      (r) => (r.schema = "feiten/2"),
      (r) => (r.document.lang = "de"),
      (r) => (r.document.published = "2021-13"),
      (r) => (r.document.published = 2021),
      (r) => (r.facts[0].type = "thefts"),
      (r) => (r.facts[0].count.value = Number.NaN),
      (r) => (r.facts[0].count.min = Infinity),
      (r) => (r.facts[0].count.modifier = "roughly"),
      (r) => (r.facts[0].evidence.start = -1),
      (r) => (r.facts[0].evidence.end = 1.5),
      (r) => (r.facts[0].negated = 0),
      (r) => (r.facts[0].place = { name: "X", kind: "city", country: null }),
      (r) => (r.facts[0].date = { value: 1, text: "x" }),
      (r) => delete r.facts[0].rule,
      (r) => (r.dates = {}),
      (r) => (r.dates[0] = { ...r.dates[0], mod: "late" }),
      (r) => (r.places[0].lat = "52"),
      (r) => (r.places[0] = [r.places[0]]),
      (r) => (r.warnings = [null]),
      (r) => (r.document = null),
    ];
    const base = results.find((r) => r.facts.length && r.dates.length && r.places.length)!;
    for (const m of mutations) {
      const r = clone(base) as unknown as Record<string, any>; // any: deliberately malformed input
      m(r);
      same(r);
    }
  });
});
