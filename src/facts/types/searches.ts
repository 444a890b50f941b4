// searches: premises searched, raids (FACTS.md §3).
// "75 huiszoekingen" counts by itself; "41 panden" counts when a search cue
// licenses it ("doorzocht", "vielen … binnen").
import type { Qnp, SentenceAnalysis } from "../analysis.js";
import { draftFromQnp, nearestFor, type Draft } from "../draft.js";

export function searches(a: SentenceAnalysis): Draft[] {
  const L = a.lang.lang;
  const out: Draft[] = [];
  for (const q of a.qnps) {
    if (q.head?.cls === "searchEvent") out.push(draftFromQnp(a, q, "searches", null, null, `${L}.searches.noun`, null));
  }
  const premises = a.qnps.filter((q) => q.head?.cls === "premises");
  const taken = new Set<Qnp>();
  for (const cue of a.cues.searches) {
    const q = nearestFor(cue, premises, taken);
    if (!q) continue;
    taken.add(q);
    out.push(draftFromQnp(a, q, "searches", null, null, `${L}.searches.premises`, cue));
  }
  return out;
}
