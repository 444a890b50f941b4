// weapons: weapons seized or found (FACTS.md §3). Every weapon count in a
// sentence that says something was seized or found is a fact, with the subtype
// of its noun ("vijf kalasjnikovs, twee pistolen en een machete" is three).
// Ammunition and weapons that were traded but not seized are not counted.
import type { SentenceAnalysis } from "../analysis.js";
import { draftFromQnp, seizureCue, type Draft, type RuleContext } from "../draft.js";

export function weapons(a: SentenceAnalysis, ctx: RuleContext): Draft[] {
  const cue = seizureCue(a, ctx);
  if (!cue) return [];
  return a.qnps
    .filter((q) => q.head?.cls === "weapon" && !q.definite)
    .map((q) => draftFromQnp(a, q, "weapons", q.head!.subtype, null, `${a.lang.lang}.weapons.seized`, cue));
}
