// A fact before its attributes are set: what the per-type rules produce.
import type { CountMatch } from "../core/counts.js";
import type { Count, FactType, PlaceMention } from "../core/schema.js";
import type { CueHit, Qnp, SentenceAnalysis } from "./analysis.js";

export interface Draft {
  type: FactType;
  subtype: string | null;
  count: Count;
  a: SentenceAnalysis;
  /** Token range of the counted phrase. */
  tokStart: number;
  tokEnd: number;
  cue: CueHit | null;
  negative: boolean;
  rule: string;
  /** A place the rule itself fixed (part counts: "vijftien in Eindhoven"). */
  place?: PlaceMention;
}

/** The count object of the contract from a matched count phrase. */
export function toCount(a: SentenceAnalysis, c: CountMatch, unit: string | null, lastTok?: number): Count {
  const end = lastTok ?? c.end;
  const from = a.tokens[c.start]!;
  const to = a.tokens[Math.max(c.start, end - 1)]!;
  return { value: c.value, min: c.min, max: c.max, modifier: c.modifier, unit, text: a.original.slice(from.start, to.end) };
}

export function draftFromQnp(a: SentenceAnalysis, q: Qnp, type: FactType, subtype: string | null, unit: string | null, rule: string, cue: CueHit | null): Draft {
  return {
    type,
    subtype,
    count: toCount(a, q.count, unit),
    a,
    tokStart: q.count.start,
    tokEnd: q.end,
    cue,
    negative: q.count.negative,
    rule,
  };
}

/**
 * The nearest count phrase a cue licenses: the closest one before it (Dutch puts
 * the participle or particle after its object), else the closest after it.
 */
export function nearestFor(cue: CueHit, candidates: readonly Qnp[], taken: ReadonlySet<Qnp>, maxAfter = 10): Qnp | null {
  // Candidates are in text order: find where the cue stands among them, then look
  // back (and, failing that, ahead) a bounded number of steps.
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid]!.end <= cue.at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 50; k--) if (!taken.has(candidates[k]!)) return candidates[k]!;
  for (let k = lo; k < candidates.length && k < lo + 50; k++) {
    const q = candidates[k]!;
    if (q.count.start - cue.end > maxAfter) break;
    if (!taken.has(q) && q.count.start >= cue.end) return q;
  }
  return null;
}

/** What a rule sees besides its sentence. */
export interface RuleContext {
  /** Place mentions of the whole document. */
  places: readonly PlaceMention[];
  /** The sentence before, when it is in the same paragraph. */
  previous: SentenceAnalysis | null;
}

/**
 * The cue that says the items of a sentence were seized or found: in the
 * sentence itself, or in the sentence before it in the same paragraph ("De
 * politie deed een vondst. Het gaat om 28 vuurwapens.").
 */
export function seizureCue(a: SentenceAnalysis, ctx: RuleContext, withTrafficking = false): CueHit | null {
  const own = a.cues.seizure[0] ?? (withTrafficking ? a.cues.trafficking[0] : undefined);
  if (own) return own;
  const found = foundOnArrested(a);
  if (found) return found;
  const prev = ctx.previous;
  return prev ? (prev.cues.seizure[0] ?? (withTrafficking ? prev.cues.trafficking[0] : undefined) ?? null) : null;
}

/** "een koerier opgepakt met 25 kilo hasj", "arrested with a knife": found on the one arrested. */
export function foundOnArrested(a: SentenceAnalysis): CueHit | null {
  const arrest = a.cues.arrests[0];
  return arrest && a.qnps.some((q) => a.lang.withWords.has(a.tokens[q.count.start - 1]?.lower ?? "")) ? arrest : null;
}
