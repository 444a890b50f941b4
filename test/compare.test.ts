// `feiten compare`: aligning the facts of two documents about one event.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareResults, formatComparison, type Comparison } from "../src/compare/index.js";
import { bounds, compatibleCounts, containsCount, datesCompatible, placeRelation, sameCount, subtypesCompatible } from "../src/compare/match.js";
import type { Count, Fact, FactPlace, Result } from "../src/core/schema.js";
import { extract } from "../src/index.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const seed = (name: string) => extract(readFileSync(join(FIXTURES, name), "utf8"), { id: `fixtures/${name}` });

// ---- small synthetic results ---------------------------------------------------

const exact = (n: number, text = String(n)): Count => ({ value: n, min: n, max: n, modifier: "exact", unit: null, text });
const vague = (min: number, max: number | null, text: string): Count => ({ value: null, min, max, modifier: "vague", unit: null, text });
const over = (n: number, text: string): Count => ({ value: n, min: n, max: null, modifier: "over", unit: null, text });
const about = (n: number, text: string): Count => ({ value: n, min: null, max: null, modifier: "about", unit: null, text });
const RDAM: FactPlace = { name: "Rotterdam", kind: "municipality", country: "NL" };
const AMS: FactPlace = { name: "Amsterdam", kind: "municipality", country: "NL" };
const NL: FactPlace = { name: "Nederland", kind: "country", country: "NL" };

function fact(type: Fact["type"], count: Count, extra: Partial<Fact> = {}): Fact {
  return {
    type,
    subtype: null,
    count,
    place: null,
    date: null,
    timeframe: "current",
    negated: false,
    hedged: false,
    source: null,
    evidence: { text: `… ${count.text} …`, start: 0, end: 1 },
    rule: "test",
    ...extra,
  };
}

function result(id: string, facts: Fact[]): Result {
  return { schema: "feiten/1", document: { id, lang: "nl", published: null, title: null }, facts, dates: [], places: [], warnings: [] };
}

const cmp = (a: Fact[], b: Fact[]) => compareResults(result("a", a), result("b", b));
/** The pairs as "kind:countA/countB[!]" (! for incompatible), for short assertions. */
const brief = (c: Comparison) => c.pairs.map((p) => `${p.kind}:${p.a.count.text}/${p.b.count.text}${p.compatible ? "" : "!"}`);
const texts = (fs: Fact[]) => fs.map((f) => `${f.type} ${f.count.text}${f.place ? ` ${f.place.name}` : ""}`);

describe("count relations", () => {
  it("read counts as intervals", () => {
    expect(bounds(exact(30))).toEqual([30, 30]);
    expect(bounds(vague(20, 99, "tientallen"))).toEqual([20, 99]);
    expect(bounds(over(2000, "ruim 2.000"))).toEqual([2000, Infinity]);
    expect(bounds(about(100, "zo'n 100"))).toEqual([80, 120]);
  });
  it("tell compatible ranges from incompatible ones", () => {
    const hm = vague(200_000_000, 999_999_999, "honderden miljoenen");
    expect(compatibleCounts(exact(80_000_000, "80 miljoen"), hm)).toBe(false);
    expect(compatibleCounts(vague(20, 99, "tientallen"), exact(30))).toBe(true);
    expect(compatibleCounts(over(2000, "ruim 2.000"), exact(2400, "2.400"))).toBe(true);
    expect(compatibleCounts(over(2000, "ruim 2.000"), exact(1500))).toBe(false);
    expect(compatibleCounts(about(1e9, "ongeveer een miljard"), hm)).toBe(true);
    expect(containsCount(vague(20, 99, "tientallen"), exact(30))).toBe(true);
    expect(containsCount(exact(30), vague(20, 99, "tientallen"))).toBe(false);
  });
  it("agree within 0.1 %", () => {
    expect(sameCount(exact(1000), exact(1000.5))).toBe(true);
    expect(sameCount(exact(1000), exact(1002))).toBe(false);
    expect(sameCount(exact(30), about(30, "zo'n 30"))).toBe(false);
  });
  it("relate places, subtypes and dates", () => {
    expect(placeRelation(RDAM, { ...RDAM, name: "rotterdam" })).toBe("equal");
    expect(placeRelation(RDAM, null)).toBe("open");
    expect(placeRelation(NL, RDAM)).toBe("within");
    expect(placeRelation(RDAM, AMS)).toBe("different");
    expect(subtypesCompatible("drugs", "cocaine,heroin")).toBe(true);
    expect(subtypesCompatible("cocaine", "cocaine,heroin")).toBe(true);
    expect(subtypesCompatible("cocaine", "heroin")).toBe(false);
    expect(subtypesCompatible("firearm", null)).toBe(true);
    expect(subtypesCompatible("firearm", "blade")).toBe(false);
    expect(datesCompatible("2021-03", "2021-03-09")).toBe(true);
    expect(datesCompatible("2021-03", "2021-W10")).toBe(true);
    expect(datesCompatible("2021-03", "2020-05")).toBe(false);
    expect(datesCompatible(null, "2020-05")).toBe(true);
  });
});

describe("compare: the seed pair (press release seed-000, news story seed-001)", () => {
  const a = seed("seed-000.txt");
  const b = seed("seed-001.txt");
  const c = compareResults(a, b);

  it("names both documents", () => {
    expect(c.a).toEqual({ id: "fixtures/seed-000.txt" });
    expect(c.b).toEqual({ id: "fixtures/seed-001.txt" });
  });
  it("finds the restated facts the same", () => {
    const same = c.pairs.filter((p) => p.kind === "same").map((p) => `${p.a.type} ${p.a.count.text} = ${p.b.count.text} (${p.a.timeframe})`);
    expect(same).toEqual([
      "searches 75 = 75 (current)",
      "arrests dertig = dertig (current)",
      "weapons 28 = 28 (current)",
      "drugs duizenden kilo's = duizenden kilo’s (earlier)",
      "arrests 43 = 43 (earlier)",
    ]);
    const weapons = c.pairs.find((p) => p.a.type === "weapons")!;
    expect(weapons.a.place?.name).toBe("Rotterdam");
    expect(weapons.b.place?.name).toBe("Rotterdam");
  });
  it("pairs the message counts that differ, and finds them compatible", () => {
    // The story's "honderden miljoenen" is matched to the release's "ongeveer een
    // miljard" (neither names a place, and their ranges meet), not to the "80
    // miljoen" intercepted in Nederland, which stays only in A.
    const differs = c.pairs.filter((p) => p.kind === "differs");
    expect(differs.map((p) => `${p.a.type}: ${p.a.count.text} / ${p.b.count.text} ${p.compatible}`)).toEqual(["messages: ongeveer een miljard / honderden miljoenen true"]);
    expect(c.conflicts).toBe(0);
  });
  it("lists the facts only one document has", () => {
    expect(texts(c.onlyA)).toEqual(["searches tientallen België", "arrests tientallen België", "searches 200 Antwerpen", "arrests 48 Antwerpen", "messages 80 miljoen Nederland"]);
    expect(texts(c.onlyB)).toEqual(["weapons meerdere", "money miljoenen euro’s"]);
  });
  it("accounts for every fact exactly once", () => {
    expect(c.pairs.length + c.onlyA.length).toBe(a.facts.length);
    expect(c.pairs.length + c.onlyB.length).toBe(b.facts.length);
  });
  it("is deterministic and symmetric", () => {
    expect(compareResults(a, b)).toEqual(c);
    const back = compareResults(b, a);
    const key = (x: Fact, y: Fact) => `${x.type}:${x.count.text}|${y.count.text}`;
    expect(back.pairs.map((p) => key(p.b, p.a)).sort()).toEqual(c.pairs.map((p) => key(p.a, p.b)).sort());
    expect(texts(back.onlyA)).toEqual(texts(c.onlyB));
    expect(texts(back.onlyB)).toEqual(texts(c.onlyA));
  });
  it("says it for people, in English and in Dutch", () => {
    const en = formatComparison(c, { ui: "en", color: false });
    expect(en).toContain("A: fixtures/seed-000.txt\nB: fixtures/seed-001.txt");
    for (const h of ["Same (5)", "Different numbers (1)", "Only in A (5)", "Only in B (2)"]) expect(en).toContain(h);
    expect(en).toContain('arrests "dertig" (30) · current');
    expect(en).toContain("weapons (firearm) 28 · Rotterdam · current");
    expect(en).toContain('messages: A "ongeveer een miljard" (≈ 1,000,000,000), B "honderden miljoenen" (200,000,000–999,999,999) · current — compatible');
    expect(en).toContain('+ money "miljoenen euro’s" (2,000,000–9,999,999 EUR) · earlier');
    expect(en).toContain("5 same, 1 with different numbers (0 in conflict), 5 only in A, 2 only in B");
    expect(en).not.toMatch(/\x1b\[/);
    const nl = formatComparison(c, { ui: "nl", color: false });
    for (const h of ["Gelijk (5)", "Andere getallen (1)", "Alleen in A (5)", "Alleen in B (2)"]) expect(nl).toContain(h);
    expect(nl).toContain('aanhoudingen "dertig" (30) · nu');
    expect(nl).toContain('berichten "80 miljoen" (80.000.000) · Nederland · nu');
    expect(formatComparison(c, { ui: "en", color: true })).toMatch(/\x1b\[1mSame \(5\)/);
  });
});

describe("compare: alignment", () => {
  it("finds 80 miljoen and honderden miljoenen in conflict", () => {
    const c = cmp([fact("messages", exact(80e6, "80 miljoen"))], [fact("messages", vague(200e6, 999_999_999, "honderden miljoenen"))]);
    expect(brief(c)).toEqual(["differs:80 miljoen/honderden miljoenen!"]);
    expect(c.conflicts).toBe(1);
    expect(formatComparison(c, { ui: "en", color: false })).toContain("conflict: the two counts exclude each other");
  });
  it("finds vague and bounded counts compatible with numbers inside them", () => {
    expect(brief(cmp([fact("arrests", vague(20, 99, "tientallen"))], [fact("arrests", exact(30))]))).toEqual(["differs:tientallen/30"]);
    expect(brief(cmp([fact("drugs", { ...over(2000, "ruim 2.000"), unit: "kg" })], [fact("drugs", { ...exact(2400, "2.400"), unit: "kg" })]))).toEqual(["differs:ruim 2.000/2.400"]);
  });
  it("matches equal counts first, whatever the order", () => {
    const c = cmp([fact("arrests", exact(12)), fact("arrests", exact(30))], [fact("arrests", exact(31)), fact("arrests", exact(12))]);
    expect(brief(c)).toEqual(["same:12/12", "differs:30/31!"]);
  });
  it("then matches by place", () => {
    const c = cmp(
      [fact("weapons", exact(5), { place: AMS }), fact("weapons", exact(40), { place: RDAM })],
      [fact("weapons", exact(6), { place: RDAM }), fact("weapons", exact(41), { place: AMS })],
    );
    expect(brief(c)).toEqual(["differs:5/41!", "differs:40/6!"]);
  });
  it("then by the nearest count", () => {
    const c = cmp([fact("searches", exact(10)), fact("searches", exact(100))], [fact("searches", exact(95)), fact("searches", exact(12))]);
    expect(brief(c)).toEqual(["differs:10/12!", "differs:100/95!"]);
  });
  it("pairs a place with no place, never two different places", () => {
    expect(brief(cmp([fact("arrests", exact(4), { place: RDAM })], [fact("arrests", exact(4))]))).toEqual(["same:4/4"]);
    const c = cmp([fact("arrests", exact(4), { place: RDAM })], [fact("arrests", exact(5), { place: AMS })]);
    expect(c.pairs).toEqual([]);
    expect(c.onlyA.length + c.onlyB.length).toBe(2);
  });
  it("restates a count for a country by one for a place in it, but does not set their numbers against each other", () => {
    expect(brief(cmp([fact("arrests", exact(43), { place: NL })], [fact("arrests", exact(43), { place: RDAM })]))).toEqual(["same:43/43"]);
    expect(brief(cmp([fact("arrests", exact(43), { place: NL })], [fact("arrests", exact(4), { place: RDAM })]))).toEqual([]);
  });
  it("keeps timeframes, subtypes, units and dates apart", () => {
    expect(brief(cmp([fact("arrests", exact(43), { timeframe: "earlier" })], [fact("arrests", exact(43))]))).toEqual([]);
    expect(brief(cmp([fact("weapons", exact(3), { subtype: "firearm" })], [fact("weapons", exact(3), { subtype: "blade" })]))).toEqual([]);
    expect(brief(cmp([fact("weapons", exact(3), { subtype: "firearm" })], [fact("weapons", exact(3))]))).toEqual(["same:3/3"]);
    expect(brief(cmp([fact("drugs", { ...exact(500), unit: "kg" })], [fact("drugs", { ...exact(500), unit: "pills" })]))).toEqual([]);
    expect(brief(cmp([fact("arrests", exact(2), { date: { value: "2021-03-09", text: "dinsdag" } })], [fact("arrests", exact(2), { date: { value: "2020-11", text: "november" } })]))).toEqual([]);
  });
  it("pairs negated facts only with negated ones", () => {
    const no = fact("arrests", { ...exact(0, "geen"), modifier: "exact" }, { negated: true });
    const c = cmp([no, fact("arrests", exact(3))], [fact("arrests", exact(0, "geen")), fact("arrests", exact(0, "geen"), { negated: true })]);
    expect(c.pairs.map((p) => [p.aIndex, p.bIndex, p.kind])).toEqual([
      [0, 1, "same"],
      [1, 0, "differs"],
    ]);
  });
  it("compares empty results", () => {
    const c = cmp([], []);
    expect(c).toEqual({ a: { id: "a" }, b: { id: "b" }, pairs: [], onlyA: [], onlyB: [], conflicts: 0 });
    expect(formatComparison(c, { ui: "en", color: false })).toContain("Same (0)\n  (none)");
  });
});
