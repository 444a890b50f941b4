// Where a part count is: "vijftien in Eindhoven" (after it), "in Utrecht vijf",
// "in Almere de overige vier" (before it).
import type { PlaceMention } from "../core/schema.js";
import { matchAt } from "../core/phrases.js";
import type { SentenceAnalysis } from "./analysis.js";

/** "vijftien in Eindhoven": the place right after a bare count. */
export function placeAfter(a: SentenceAnalysis, k: number, places: readonly PlaceMention[]): PlaceMention | undefined {
  // "19 of them in Antwerp", "vijf daarvan in Venlo"
  k = matchAt(a.tokens, k, a.lang.elidedPartitive)?.end ?? k;
  const prep = a.tokens[k];
  const at = a.tokens[k + 1];
  if (!prep || !at || !a.lang.partCountPrepositions.has(prep.lower)) return undefined;
  return places.find((p) => p.start === at.start);
}

/** "in Utrecht vijf", "in Almere de overige vier": the place right before it. */
export function placeBefore(a: SentenceAnalysis, k: number, places: readonly PlaceMention[]): PlaceMention | undefined {
  let j = k - 1;
  while (j >= 0 && (a.lang.definiteSingular.has(a.tokens[j]!.lower) || a.lang.restWords.has(a.tokens[j]!.lower))) j--;
  const last = a.tokens[j];
  const place = last && places.find((p) => p.end === last.end);
  if (!place) return undefined;
  const before = a.tokens.findIndex((t) => t.start >= place.start) - 1;
  return before >= 0 && a.lang.partCountPrepositions.has(a.tokens[before]!.lower) ? place : undefined;
}

