// A fact sheet's claims against the facts extracted from its sources.
//   supported     a source fact states the claim's count, or a narrower one the
//                 claim allows (the claim "tientallen" by a source's 30)
//   compatible    the nearest source fact allows the claim's number but does not
//                 state it (the claim 30 by a source's "tientallen"): not
//                 confirmed, so not a pass, but no contradiction either
//   contradicted  the nearest source fact about the same thing states a number
//                 the claim excludes
//   notFound      no source fact of that type (and subtype, unit, place, timeframe)
import type { Fact, FactPlace, Result } from "../core/schema.js";
import { lookup, lookupUpper } from "../places/index.js";
import { compatibleCounts, containsCount, countDistance, placeRank, placeRelation, sameCount, subtypesCompatible, unitsCompatible } from "../compare/match.js";
import type { Claim, Sheet } from "./sheet.js";

export const CLAIM_STATUSES = ["supported", "compatible", "contradicted", "notFound"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface SourceMatch {
  /** The source document's id. */
  document: string;
  fact: Fact;
}

export interface ClaimCheck {
  claim: Claim;
  status: ClaimStatus;
  /** The source fact that decided the status; null when not found. */
  source: SourceMatch | null;
}

export interface CheckReport {
  sheet: { file: string; name: string };
  /** The ids of the source documents, in the sheet's order. */
  sources: string[];
  claims: ClaimCheck[];
  summary: Record<ClaimStatus, number> & { claims: number };
  /** Claims not supported: compatible, contradicted or not found. */
  failed: number;
}

/** The claim's place as a fact place: resolved through the gazetteer ("The Hague" → Den Haag), else as written. */
function claimPlace(name: string | null): FactPlace | null {
  if (name === null) return null;
  const p = lookup(name) ?? lookupUpper(name);
  return p ? { name: p.name, kind: p.kind, country: p.country } : { name, kind: "place", country: null };
}

interface Graded {
  status: Exclude<ClaimStatus, "notFound">;
  key: number[];
  match: SourceMatch;
}

/** How a source fact bears on a claim, or null when it is about something else. */
function grade(claim: Claim, place: FactPlace | null, fact: Fact, document: string, order: [number, number]): Graded | null {
  if (fact.type !== claim.type || fact.negated) return null;
  if (claim.subtype !== null && !subtypesCompatible(claim.subtype, fact.subtype)) return null;
  if (!unitsCompatible(claim.unit, fact.count.unit)) return null;
  if (claim.timeframe !== null && claim.timeframe !== fact.timeframe) return null;
  const rel = placeRelation(place, fact.place);
  if (rel === "different") return null;
  const equal = sameCount(claim.count, fact.count);
  const supported = equal || containsCount(claim.count, fact.count);
  // A country and a place in it support the same number but do not contradict each other's.
  if (!supported && rel === "within") return null;
  const status = supported ? "supported" : compatibleCounts(claim.count, fact.count) ? "compatible" : "contradicted";
  const [gap, centres] = countDistance(claim.count, fact.count);
  // A claim without a timeframe is most likely about the current events.
  const timeframe = claim.timeframe === null && fact.timeframe === "earlier" ? 1 : 0;
  const subtype = claim.subtype === fact.subtype ? 0 : 1;
  // Supported wins outright; otherwise the claim's counterpart is the source fact
  // most likely about the same thing (same place, then timeframe), and only then
  // the nearest number — so "31 arrests" is contradicted by the 30 arrests of the
  // same action, not called compatible with "tientallen" elsewhere.
  const key = supported
    ? [0, equal ? 0 : 1, placeRank(place, fact.place), timeframe, subtype, centres, ...order]
    : [1, placeRank(place, fact.place), timeframe, subtype, gap, centres, ...order];
  return { status, key, match: { document, fact } };
}

function byKey(x: Graded, y: Graded): number {
  for (let k = 0; k < x.key.length; k++) {
    const d = x.key[k]! - y.key[k]!;
    if (d !== 0) return d;
  }
  return 0;
}

function checkClaim(claim: Claim, sources: readonly Result[]): ClaimCheck {
  const place = claimPlace(claim.place);
  const graded: Graded[] = [];
  sources.forEach((r, s) => {
    r.facts.forEach((f, i) => {
      const g = grade(claim, place, f, r.document.id, [s, i]);
      if (g) graded.push(g);
    });
  });
  if (!graded.length) return { claim, status: "notFound", source: null };
  graded.sort(byKey);
  const best = graded[0]!;
  return { claim, status: best.status, source: best.match };
}

/** Checks every claim of a sheet against the results of its sources (negated source facts are left out). */
export function checkClaims(sheet: Sheet, sources: readonly Result[]): CheckReport {
  const claims = sheet.claims.map((c) => checkClaim(c, sources));
  const summary = { claims: claims.length, supported: 0, compatible: 0, contradicted: 0, notFound: 0 };
  for (const c of claims) summary[c.status]++;
  return {
    sheet: { file: sheet.file, name: sheet.name },
    sources: sources.map((r) => r.document.id),
    claims,
    summary,
    failed: claims.length - summary.supported,
  };
}
