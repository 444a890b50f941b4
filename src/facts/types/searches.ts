// searches: premises searched, raids (FACTS.md §3).
// "75 huiszoekingen" counts by itself; "41 panden" counts when a search cue
// licenses it ("doorzocht", "vielen … binnen"). Premises listed with the one the
// cue licenses are searched too, each a fact ("twee woningen in Tilburg en een
// bedrijfspand in Waalwijk"; "zeven panden: vijf woningen en twee bedrijfspanden").
import type { Qnp, SentenceAnalysis } from "../analysis.js";
import { draftFromQnp, nearestFor, type Draft } from "../draft.js";

export function searches(a: SentenceAnalysis): Draft[] {
  const L = a.lang.lang;
  const out: Draft[] = [];
  for (const q of a.qnps) {
    if (q.head?.cls === "searchEvent" && !q.definite) out.push(draftFromQnp(a, q, "searches", null, null, `${L}.searches.noun`, null));
  }
  const premises = a.qnps.filter((q) => q.head?.cls === "premises");
  const position = new Map(premises.map((q, i) => [q, i]));
  const taken = new Set<Qnp>();
  for (const cue of a.cues.searches) {
    const q = nearestFor(cue, premises, taken);
    if (!q) continue;
    taken.add(q);
    out.push(draftFromQnp(a, q, "searches", null, null, `${L}.searches.premises`, cue));
    for (const next of listedAfter(a, q, premises, position.get(q)!, cue.end)) {
      taken.add(next);
      out.push(draftFromQnp(a, next, "searches", null, null, `${L}.searches.listed`, cue));
    }
  }
  return out;
}

/** Premises that continue q's list: joined by "," / "en", or after ":". */
function listedAfter(a: SentenceAnalysis, q: Qnp, premises: readonly Qnp[], at: number, cueEnd: number): Qnp[] {
  const out: Qnp[] = [];
  let last = q;
  for (let n = at + 1; n < premises.length; n++) {
    const next = premises[n]!;
    // The verb may stand between the total and its parts: "zeven panden doorzocht: vijf woningen …".
    let k = last === q && cueEnd > q.end && cueEnd < q.end + 3 ? cueEnd : last.end;
    // A place after the premises ("in Tilburg", "in Den Bosch") may stand between.
    if (a.lang.placePrepositions.has(a.tokens[k]?.lower ?? "")) {
      k++;
      while (k < next.count.start && k < last.end + 5 && /^\p{Lu}/u.test(a.tokens[k]!.text)) k++;
    }
    if (k >= next.count.start || !isJoin(a, k)) break;
    // "waaronder een belkantoor" gives an example, not a part to count.
    if (k + 1 !== next.count.start) break;
    out.push(next);
    last = next;
  }
  return out;
}

function isJoin(a: SentenceAnalysis, k: number): boolean {
  const t = a.tokens[k]!;
  return t.text === "," || t.text === ":" || a.lang.coordinators.has(t.lower);
}
