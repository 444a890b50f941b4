// How two counts, places, subtypes and dates relate: the shared ground of
// `compare` (two documents) and `check` (a fact sheet against its sources).
// Counts are read as the intervals FACTS.md §4 gives them; numbers agree within
// 0.1 % (§7).
import { isoValueRange } from "../core/calendar.js";
import type { Count, Fact, FactPlace } from "../core/schema.js";

/** Numbers that differ by no more than this fraction are equal (FACTS.md §7). */
export const TOLERANCE = 0.001;
/** "about N" (value N, no min or max) is read as N ± 20 % when ranges are compared. */
export const ABOUT = 0.2;

export function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Same value, min and max: the counts of a restatement (FACTS.md §2, §7). */
export function sameCount(a: Count, b: Count): boolean {
  return sameNumber(a.value, b.value) && sameNumber(a.min, b.min) && sameNumber(a.max, b.max);
}

/** The interval of numbers a count allows: [lo, hi], hi possibly Infinity. */
export function bounds(c: Count): [number, number] {
  if (c.min === null && c.max === null) {
    if (c.value === null) return [0, Infinity];
    return c.modifier === "about" ? [c.value * (1 - ABOUT), c.value * (1 + ABOUT)] : [c.value, c.value];
  }
  return [c.min ?? 0, c.max ?? Infinity];
}

const atMost = (x: number, y: number) => x <= y + TOLERANCE * Math.abs(y);

/** Whether one number can satisfy both counts ("tientallen" and 30 can; 80 miljoen and "honderden miljoenen" cannot). */
export function compatibleCounts(a: Count, b: Count): boolean {
  const [alo, ahi] = bounds(a);
  const [blo, bhi] = bounds(b);
  return atMost(alo, bhi) && atMost(blo, ahi);
}

/** Whether every number `inner` allows is allowed by `outer` ("tientallen" contains 30; 30 does not contain "tientallen"). */
export function containsCount(outer: Count, inner: Count): boolean {
  const [olo, ohi] = bounds(outer);
  const [ilo, ihi] = bounds(inner);
  return atMost(olo, ilo) && atMost(ihi, ohi);
}

/** A representative number: the value, else the geometric middle of a bounded range, else its bound. */
export function centre(c: Count): number {
  if (c.value !== null) return c.value;
  if (c.min !== null && c.max !== null) return Math.sqrt(Math.max(c.min, 0) * Math.max(c.max, 0));
  return c.min ?? c.max ?? 0;
}

const ln = (x: number) => Math.log(Math.max(x, 0) + 1);

/** How far apart two counts are, on a log scale: 0 when their intervals meet, then the gap between them, then their centres. */
export function countDistance(a: Count, b: Count): [gap: number, centres: number] {
  const [alo, ahi] = bounds(a);
  const [blo, bhi] = bounds(b);
  const gap = compatibleCounts(a, b) ? 0 : ahi < blo ? ln(blo) - ln(ahi) : ln(alo) - ln(bhi);
  return [gap, Math.abs(ln(centre(a)) - ln(centre(b)))];
}

/** Case and diacritics folded, for comparing place names ("Den Haag" = "den haag"). */
export function foldName(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * equal: the same place; open: one side (or both) names none; within: a country
 * and a place in it ("Nederland", "Rotterdam") — a restatement may narrow a
 * country to a town, but two numbers for them are a whole and a part, not a
 * disagreement; different: two different places.
 */
export type PlaceRelation = "equal" | "open" | "within" | "different";

export function placeRelation(a: FactPlace | null, b: FactPlace | null): PlaceRelation {
  if (a === null || b === null) return "open";
  if (foldName(a.name) === foldName(b.name)) return "equal";
  const inCountry = (outer: FactPlace, inner: FactPlace) => outer.kind === "country" && inner.kind !== "country" && outer.country !== null && outer.country === inner.country;
  return inCountry(a, b) || inCountry(b, a) ? "within" : "different";
}

/** Lower is better: the same place, then two facts without a place, then one without, then a country and a place in it. */
export function placeRank(a: FactPlace | null, b: FactPlace | null): number {
  const r = placeRelation(a, b);
  if (r === "equal") return 0;
  if (r === "open") return a === null && b === null ? 1 : 2;
  return r === "within" ? 3 : 4;
}

const UNNAMED_DRUGS = "drugs";

/**
 * Subtypes agree when equal or when one side has none; drug substances (a comma
 * list, "drugs" when unnamed) agree when one side is unnamed or they share one.
 */
export function subtypesCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const as = a.split(",").map((s) => s.trim());
  const bs = b.split(",").map((s) => s.trim());
  if (as.includes(UNNAMED_DRUGS) || bs.includes(UNNAMED_DRUGS)) return true;
  return as.some((s) => bs.includes(s));
}

/** Units agree when equal or when one side has none (500 kg and 500 pills do not). */
export function unitsCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** Dates agree when one side has none or their day ranges overlap ("2021-03" and "2021-03-09" do). */
export function datesCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  const ra = isoValueRange(a);
  const rb = isoValueRange(b);
  if (!ra || !rb) return a === b;
  return ra[0] <= rb[1] && rb[0] <= ra[1];
}

/** Same type, polarity, timeframe, and no disagreement in subtype, unit or date: the two could be about the same thing. */
export function comparable(a: Fact, b: Fact): boolean {
  return (
    a.type === b.type &&
    a.negated === b.negated &&
    a.timeframe === b.timeframe &&
    subtypesCompatible(a.subtype, b.subtype) &&
    unitsCompatible(a.count.unit, b.count.unit) &&
    datesCompatible(a.date?.value, b.date?.value)
  );
}
