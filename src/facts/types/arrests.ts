// arrests: people arrested or detained (FACTS.md §3).
// "dertig aanhoudingen" counts by itself; "negen mensen" counts when an arrest
// cue licenses it ("aangehouden", "hield … aan"); people joined by "en" add up
// ("vier mannen en een vrouw" is 5).
import type { Qnp, SentenceAnalysis } from "../analysis.js";
import { draftFromQnp, nearestFor, type Draft } from "../draft.js";

export function arrests(a: SentenceAnalysis): Draft[] {
  const L = a.lang.lang;
  const out: Draft[] = [];
  for (const q of a.qnps) {
    if (q.head?.cls === "arrestEvent" && !q.definite) out.push(draftFromQnp(a, q, "arrests", null, null, `${L}.arrests.noun`, null));
  }
  const persons = a.qnps.filter((q) => q.head?.cls === "person");
  const taken = new Set<Qnp>();
  for (const cue of a.cues.arrests) {
    const q = nearestFor(cue, persons, taken);
    if (!q) continue;
    const group = coordinated(a, q, persons);
    for (const g of group) taken.add(g);
    const d = draftFromQnp(a, group[0]!, "arrests", null, null, `${L}.arrests.${q.definite || q.count.implied ? "impliedOne" : cue.at !== cue.start ? "separable" : cue.at < q.count.start ? "active" : "passive"}`, cue);
    if (group.length > 1) {
      // People arrested together are one fact, their sum (FACTS.md §2).
      const sum = (k: "value" | "min" | "max") => (group.every((g) => g.count[k] !== null) ? group.reduce((s, g) => s + g.count[k]!, 0) : null);
      const exact = group.every((g) => g.count.modifier === "exact");
      d.count = { ...d.count, value: exact ? sum("value") : null, min: sum("min"), max: exact ? sum("max") : null, modifier: exact ? "exact" : d.count.modifier, text: a.original.slice(a.tokens[group[0]!.count.start]!.start, a.tokens[group[group.length - 1]!.end - 1]!.end) };
      d.tokEnd = group[group.length - 1]!.end;
      d.rule = `${L}.arrests.sum`;
    }
    out.push(d);
  }
  return out;
}

/** The persons joined to q by "en" ("vier mannen en een vrouw"), in text order. */
function coordinated(a: SentenceAnalysis, q: Qnp, persons: readonly Qnp[]): Qnp[] {
  const group = [q];
  const joins = (left: Qnp, right: Qnp) => right.count.start === left.end + 1 && a.lang.coordinators.has(a.tokens[left.end]!.lower);
  for (let k = persons.indexOf(q) - 1; k >= 0 && joins(persons[k]!, group[0]!); k--) group.unshift(persons[k]!);
  for (let k = persons.indexOf(q) + 1; k < persons.length && joins(group[group.length - 1]!, persons[k]!); k++) group.push(persons[k]!);
  return group.filter((g) => !g.count.negative);
}
