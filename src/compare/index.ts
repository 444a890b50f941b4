// `feiten compare A B`: the facts of two documents about the same event, aligned.
// A pair is "same" when one restates the other (FACTS.md §2: same type and
// count, compatible subtype, same timeframe, no two different places), "differs"
// when both speak of the same thing (same type, timeframe, a compatible place)
// with another number; what is left is only in A or only in B. A "differs" pair
// whose count ranges exclude each other is a conflict.
import { message, type Ui } from "../core/messages.js";
import type { Fact, Result } from "../core/schema.js";
import { describeCount, describeFact, factContext, factKind, palette, sameText } from "./describe.js";
import { comparable, compatibleCounts, countDistance, placeRank, placeRelation, sameCount } from "./match.js";

export interface ComparedPair {
  kind: "same" | "differs";
  /** Whether one number can satisfy both counts (always true for "same"). */
  compatible: boolean;
  a: Fact;
  b: Fact;
  /** Positions of the two facts in their results' `facts`. */
  aIndex: number;
  bIndex: number;
}

export interface Comparison {
  a: { id: string };
  b: { id: string };
  /** In the order of A's facts. */
  pairs: ComparedPair[];
  /** In document order. */
  onlyA: Fact[];
  onlyB: Fact[];
  /** "differs" pairs whose count ranges are incompatible. */
  conflicts: number;
}

interface Candidate {
  i: number;
  j: number;
  kind: "same" | "differs";
  key: number[];
}

/** The pair two facts could form, or null: same before differs; a differs pair needs the same place or one side without. */
function candidate(a: Fact, b: Fact, i: number, j: number): Candidate | null {
  if (!comparable(a, b)) return null;
  const rel = placeRelation(a.place, b.place);
  if (rel === "different") return null;
  const same = sameCount(a.count, b.count);
  if (!same && rel === "within") return null;
  const [gap, centres] = countDistance(a.count, b.count);
  const subtypeExact = a.subtype === b.subtype ? 0 : 1;
  return { i, j, kind: same ? "same" : "differs", key: [same ? 0 : 1, subtypeExact, placeRank(a.place, b.place), gap, centres, i, j] };
}

function byKey(x: Candidate, y: Candidate): number {
  for (let k = 0; k < x.key.length; k++) {
    const d = x.key[k]! - y.key[k]!;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Aligns the facts of two results. Greedy over all possible pairs in a fixed
 * order, so the outcome is deterministic: equal counts first (restatements),
 * then the same subtype, then the same place (both without a place before one
 * without), then the nearest counts (overlapping ranges first), then document
 * order. Negated facts pair only with negated ones.
 */
export function compareResults(a: Result, b: Result): Comparison {
  const candidates: Candidate[] = [];
  a.facts.forEach((fa, i) => {
    b.facts.forEach((fb, j) => {
      const c = candidate(fa, fb, i, j);
      if (c) candidates.push(c);
    });
  });
  candidates.sort(byKey);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: ComparedPair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    const fa = a.facts[c.i]!;
    const fb = b.facts[c.j]!;
    pairs.push({ kind: c.kind, compatible: c.kind === "same" || compatibleCounts(fa.count, fb.count), a: fa, b: fb, aIndex: c.i, bIndex: c.j });
  }
  pairs.sort((x, y) => x.aIndex - y.aIndex);
  return {
    a: { id: a.document.id },
    b: { id: b.document.id },
    pairs,
    onlyA: a.facts.filter((_, i) => !usedA.has(i)),
    onlyB: b.facts.filter((_, j) => !usedB.has(j)),
    conflicts: pairs.filter((p) => p.kind === "differs" && !p.compatible).length,
  };
}

export interface FormatOptions {
  ui: Ui;
  color: boolean;
}

/** The comparison for people: sections Same, Different numbers, Only in A, Only in B, and a summary line. */
export function formatComparison(c: Comparison, opts: FormatOptions): string {
  const { ui } = opts;
  const ch = palette(opts.color);
  const t = (key: Parameters<typeof message>[1], params?: Record<string, string>) => message(ui, key, params);
  const same = c.pairs.filter((p) => p.kind === "same");
  const differs = c.pairs.filter((p) => p.kind === "differs");
  const lines: string[] = [`A: ${c.a.id}`, `B: ${c.b.id}`];

  const section = (title: string, n: number, body: string[]) => {
    lines.push("", ch.bold(`${title} (${n})`));
    lines.push(...(body.length ? body : [`  ${ch.dim(t("compare.none"))}`]));
  };

  section(
    t("compare.same"),
    same.length,
    same.map((p) => {
      // A restatement may name a place where the other does not: show the most specific.
      const place = p.a.place && p.b.place ? (p.a.place.kind === "country" ? p.b.place : p.a.place) : (p.a.place ?? p.b.place);
      const counts = sameText(p.a.count.text, p.b.count.text) ? describeCount(p.a.count, ui) : `A ${describeCount(p.a.count, ui)}, B ${describeCount(p.b.count, ui)}`;
      // …and the more specific subtype ("cocaine,heroin" over unnamed "drugs").
      const kind = p.a.subtype === null || (p.a.subtype === "drugs" && p.b.subtype !== null) ? factKind(p.b, ui) : factKind(p.a, ui);
      return `  ${ch.green("=")} ${kind} ${counts}${factContext({ ...p.a, place }, ui)}`;
    }),
  );
  section(
    t("compare.differs"),
    differs.length,
    differs.map((p) => {
      const verdict = p.compatible ? ch.yellow(t("compare.compatible")) : ch.red.bold(t("compare.conflict"));
      const place = p.a.place ?? p.b.place;
      return `  ${p.compatible ? ch.yellow("≈") : ch.red("≠")} ${factKind(p.a, ui)}: A ${describeCount(p.a.count, ui)}, B ${describeCount(p.b.count, ui)}${factContext({ ...p.a, place }, ui)} — ${verdict}`;
    }),
  );
  section(
    t("compare.onlyA"),
    c.onlyA.length,
    c.onlyA.map((f) => `  ${ch.cyan("-")} ${describeFact(f, ui)}`),
  );
  section(
    t("compare.onlyB"),
    c.onlyB.length,
    c.onlyB.map((f) => `  ${ch.magenta("+")} ${describeFact(f, ui)}`),
  );
  const summary = t("compare.summary", {
    same: String(same.length),
    differs: String(differs.length),
    conflicts: String(c.conflicts),
    onlyA: String(c.onlyA.length),
    onlyB: String(c.onlyB.length),
  });
  lines.push("", c.conflicts ? ch.red(summary) : summary);
  return `${lines.join("\n")}\n`;
}
