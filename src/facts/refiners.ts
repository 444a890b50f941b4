// Attributes of a fact that come from its context rather than its count
// (FACTS.md §2): negation, hedging, place, date, timeframe and source. Each is
// a small function of the draft and the document; none changes the count.
import { dayNumber, dayRange, isoValueRange, type PartialDate } from "../core/calendar.js";
import { findAllFlagged, matchAt } from "../core/phrases.js";
import type { DateMention, FactDate, FactPlace, PlaceMention } from "../core/schema.js";
import type { Token } from "../core/text.js";
import { isCapitalized } from "../core/text.js";
import { toFactPlace } from "../places/index.js";
import { headAt, STARTS, type SentenceAnalysis } from "./analysis.js";
import type { Draft } from "./draft.js";
import { firstStartingAt } from "../core/sorted.js";

export interface DocView {
  text: string;
  original: string;
  analyses: SentenceAnalysis[];
  dates: DateMention[];
  places: PlaceMention[];
  published: PartialDate | null;
  adjectivePlace: (word: string) => FactPlace | null;
  /** Paragraphs that open with their town (round-ups), computed on first use. */
  itemHeads?: Map<number, FactPlace>;
}

// ---- per sentence, computed once ------------------------------------------
// A fact's attributes look around it within its sentence. A press sentence is
// short, but an input need not be (a megabyte without a full stop): what a
// sentence offers is worked out once, and each fact looks only within a window
// around itself, so the work stays linear in the input.

/** How far around a fact (in characters) its place, date or adjective may stand. */
const REACH = 600;

interface SentenceMemo {
  hedged?: boolean;
  pointsBack?: boolean;
  there?: boolean;
  dates?: DateMention[];
  events?: Map<string, PlaceMention[]>;
  adjectives?: [k: number, place: FactPlace][];
}
const memos = new WeakMap<SentenceAnalysis, SentenceMemo>();
const memo = (a: SentenceAnalysis): SentenceMemo => {
  let m = memos.get(a);
  if (!m) memos.set(a, (m = {}));
  return m;
};

/** The items of a list sorted by start whose start lies in [from, to). */
function within<T extends { start: number }>(sorted: readonly T[], from: number, to: number): T[] {
  const lo = firstStartingAt(sorted, from);
  const out: T[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.start < to; k++) out.push(sorted[k]!);
  return out;
}

/** "zijn niet aangehouden", "geen aanhoudingen": negation between the count and its cue. */
export function isNegated(d: Draft): boolean {
  if (d.negative) return true;
  const { tokens, lang } = d.a;
  let from = d.tokStart;
  let to = d.tokEnd;
  if (d.cue) {
    from = Math.min(from, d.cue.start - 3);
    to = Math.max(to, d.cue.start);
  }
  // A cue far away ("seized" at the start of a very long list) does not widen the window without bound.
  from = Math.max(0, from, d.tokStart - 40);
  to = Math.min(tokens.length, to, d.tokEnd + 40);
  return findAllFlagged(tokens, lang.negation, d.a.flags, STARTS.negation, from, to).length > 0;
}

export function isHedged(d: Draft): boolean {
  const m = memo(d.a);
  return (m.hedged ??= findAllFlagged(d.a.tokens, d.a.lang.hedges, d.a.flags, STARTS.hedges).length > 0);
}

const SPECIFICITY: Record<PlaceMention["kind"], number> = { place: 4, municipality: 4, province: 2, country: 1, region: 0 };

/** Place mentions of a sentence that can locate an event there (not "uit Schiedam", not inside a source). */
function eventPlaces(view: DocView, a: SentenceAnalysis, exclude: readonly [number, number][]): PlaceMention[] {
  // The key of the exclusions; mostly none.
  let key = "";
  for (const [s, e] of exclude) key += key ? `,${s}-${e}` : `${s}-${e}`;
  const cache = (memo(a).events ??= new Map());
  let found = cache.get(key);
  if (!found) cache.set(key, (found = findEventPlaces(view, a, exclude)));
  return found;
}

function findEventPlaces(view: DocView, a: SentenceAnalysis, exclude: readonly [number, number][]): PlaceMention[] {
  const { tokens, lang } = a;
  const mine = within(view.places, a.sentence.start, a.sentence.end);
  const byEnd = new Map(mine.map((p) => [p.end, p]));
  return mine.filter((p) => {
    if (p.end > a.sentence.end) return false;
    // The dateline names where the text was written, not where it happened.
    if (a.index === 0 && p.start === tokens[0]?.start && isDatelineEnd(tokens, p.end)) return false;
    if (exclude.some(([s, e]) => p.start >= s && p.end <= e)) return false;
    let at = firstStartingAt(tokens, p.start);
    // In a list ("through Rotterdam and Antwerp", "in Mechelen, Lier en Turnhout") the
    // preposition before the first place governs them all.
    for (let n = 0; n < 50; n++) {
      const sep = tokens[at - 1];
      if (!sep || !(sep.text === "," || lang.coordinators.has(sep.lower))) break;
      const prev = byEnd.get(tokens[at - 2]?.end ?? -1);
      if (!prev) break;
      at = firstStartingAt(tokens, prev.start);
    }
    const before = tokens[at - 1];
    if (!before || !lang.notPlacePrepositions.has(before.lower)) return true;
    // "in het centrum van Den Haag", "de haven van Zeebrugge": "van" after a place noun still locates.
    return lang.partOf.has(before.lower) && !!tokens[at - 2] && lang.locativeNouns.has(tokens[at - 2]!.lower);
  });
}

function mostSpecific(places: readonly PlaceMention[], near: number): PlaceMention | null {
  let best: PlaceMention | null = null;
  for (const p of places) {
    if (!best) best = p;
    else {
      const ds = SPECIFICITY[p.kind] - SPECIFICITY[best.kind];
      if (ds > 0 || (ds === 0 && Math.abs(p.start - near) < Math.abs(best.start - near))) best = p;
    }
  }
  return best;
}

/**
 * The most specific place the sentence ties the fact to; else the place "daar"
 * points back to; else an adjective in the counted phrase ("Amsterdamse woning").
 */
export function placeOf(d: Draft, view: DocView, consumed: ReadonlySet<PlaceMention>, sourceSpan: [number, number] | null): FactPlace | null {
  if (d.place) return toFactPlace(d.place);
  const a = d.a;
  const at = a.tokens[d.tokStart]!.start;
  const here = within(eventPlaces(view, a, sourceSpan ? [sourceSpan] : []), at - REACH, at + REACH).filter((p) => !consumed.has(p));
  // A place in the fact's own clause first ("In Sweden, police detained 27 people, while
  // French officers searched 41 premises in Lyon").
  const [cs, ce] = clauseOf(a, d.tokStart);
  const inClause = here.filter((p) => p.start >= cs && p.end <= ce);
  const best = mostSpecific(inClause.length ? inClause : here, at);
  if (best) return toFactPlace(best);
  const m = memo(a);
  if ((m.there ??= findAllFlagged(a.tokens, a.lang.thereWords, a.flags, STARTS.thereWords).length > 0) || (m.pointsBack ??= pointsBack(a))) {
    for (let k = a.index - 1; k >= 0 && k >= a.index - 2; k--) {
      const prev = view.analyses[k]!;
      const there = mostSpecific(eventPlaces(view, prev, []), prev.sentence.end);
      if (there) return toFactPlace(there);
      const adjective = adjectivePlace(view, prev, prev.tokens.length);
      if (adjective) return adjective;
    }
  }
  return itemPlace(view, a) ?? adjectivePlace(view, a, d.tokStart);
}

/**
 * In a round-up of short items, each opening with its town ("- Schiedam – …",
 * "GOES – …"), the town places every fact of its item. A single dateline over a
 * whole article does not: it places only its own sentence.
 */
function itemPlace(view: DocView, a: SentenceAnalysis): FactPlace | null {
  const heads = (view.itemHeads ??= paragraphHeads(view));
  return heads.size >= 2 ? (heads.get(a.sentence.paragraph) ?? null) : null;
}

function paragraphHeads(view: DocView): Map<number, FactPlace> {
  const heads = new Map<number, FactPlace>();
  for (const a of view.analyses) {
    if (heads.has(a.sentence.paragraph) || view.analyses[a.index - 1]?.sentence.paragraph === a.sentence.paragraph) continue;
    let k = BULLET.test(a.tokens[0]?.text ?? "") ? 1 : 0;
    const place = view.places.find((p) => p.start === a.tokens[k]?.start);
    if (!place) continue;
    while (k < a.tokens.length && a.tokens[k]!.end <= place.end) k++;
    if (/^[-–—:]$/.test(a.tokens[k]?.text ?? "")) heads.set(a.sentence.paragraph, toFactPlace(place));
  }
  return heads;
}

const BULLET = /^[-•*–]$/;

/** A dateline's place ends at a dash, or at a comma before its date ("The Hague, 14 March 2024 —"). */
function isDatelineEnd(tokens: readonly Token[], end: number): boolean {
  const next = tokens.find((t) => t.start >= end);
  return !!next && /^[-–—,]$/.test(next.text);
}

/** Offsets of the clause around token k: the sentence cut at ";" and at ", while/terwijl …". */
function clauseOf(a: SentenceAnalysis, k: number): [number, number] {
  const { tokens, lang } = a;
  const breaks = (i: number) => tokens[i]!.text === ";" || (tokens[i]!.text === "," && lang.clauseBreakers.has(tokens[i + 1]?.lower ?? ""));
  let s = k;
  while (s > 0 && s > k - 80 && !breaks(s - 1)) s--;
  let e = k;
  while (e < tokens.length - 1 && e < k + 80 && !breaks(e + 1)) e++;
  return [tokens[s]!.start, tokens[e]!.end];
}

/** "in die loods", "op dezelfde plek": a locative phrase pointing back to a place said before. */
function pointsBack(a: SentenceAnalysis): boolean {
  const { tokens, lang } = a;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!lang.placePrepositions.has(tokens[k]!.lower) || !lang.anaphoricDeterminers.has(tokens[k + 1]!.lower)) continue;
    // Only a place noun points back: "in die loods", not "in hetzelfde onderzoek".
    const noun = tokens[k + 2]!.lower;
    if (lang.locativeNouns.has(noun) || headAt(tokens, k + 2, lang)?.info.cls === "premises") return true;
  }
  return false;
}

/** A place adjective in the sentence, nearest to token `near`: "een Amsterdamse woning", "de Zeeuwse havens". */
function adjectivePlace(view: DocView, a: SentenceAnalysis, near: number): FactPlace | null {
  const m = memo(a);
  if (!m.adjectives) {
    const found: [k: number, place: FactPlace][] = [];
    a.tokens.forEach((t, k) => {
      if (t.kind !== "word" || !isCapitalized(t.text)) return;
      const p = view.adjectivePlace(t.text);
      if (p) found.push([k, p]);
    });
    m.adjectives = found;
  }
  let best: FactPlace | null = null;
  let dist = 60;
  for (const [k, p] of m.adjectives) {
    if (Math.abs(k - near) < dist) {
      best = p;
      dist = Math.abs(k - near);
    }
  }
  return best;
}

/** Dates and resolved intervals ("tussen 2019 en 2021") of a sentence: what can date a fact. */
function sentenceDates(view: DocView, a: SentenceAnalysis): DateMention[] {
  return (memo(a).dates ??= within(view.dates, a.sentence.start, a.sentence.end).filter(
    (m) => (m.kind === "date" || (m.kind === "interval" && m.value !== null)) && m.end <= a.sentence.end && !isNeutralized(a, m),
  ));
}

/** Whether "sinds"/"vanaf" opens the phrase ending at token k ("sinds de zomer van vorig jaar"). */
function neutralizedAt(a: SentenceAnalysis, k: number): boolean {
  for (let j = k; j >= 0 && j >= k - 4; j--) {
    if (matchAt(a.tokens, j, a.lang.earlierNeutralizers)) return true;
    if (a.tokens[j]!.kind === "punct") return false;
  }
  return false;
}

/** Dates after "sinds"/"vanaf" start an ongoing period: they do not date the fact. */
function isNeutralized(a: SentenceAnalysis, m: DateMention): boolean {
  const first = firstStartingAt(a.tokens, m.start);
  return first < a.tokens.length && neutralizedAt(a, first);
}

/** The date mention nearest the fact in its sentence. */
export function dateOf(d: Draft, view: DocView): DateMention | null {
  const at = d.a.tokens[d.tokStart]!.start;
  let best: DateMention | null = null;
  for (const m of within(sentenceDates(view, d.a), at - REACH, at + REACH)) {
    if (!best || Math.abs(m.start - at) < Math.abs(best.start - at)) best = m;
  }
  return best;
}

export const toFactDate = (m: DateMention): FactDate => ({ value: m.value, text: m.text });

/** A date wholly more than 31 days before P (P without a day: wholly before P's month). */
export function isLongBefore(value: string | null, published: PartialDate | null): boolean {
  if (!value || !published) return false;
  const range = isoValueRange(value);
  if (!range) return false;
  const limit = published.day !== undefined ? dayNumber(published.year, published.month!, published.day) - 31 : dayRange(published)[0];
  return range[1] < limit;
}

/** Whether a sentence itself says it tells of earlier events ("eerder", "vorig jaar", "destijds"). */
function saysEarlier(a: SentenceAnalysis): boolean {
  for (const m of findAllFlagged(a.tokens, a.lang.earlier, a.flags, STARTS.earlier)) {
    if (m.start > 0 && neutralizedAt(a, m.start - 1)) continue;
    // "eerder vandaag": still current news; "toen ze …" is "when they …", no earlier time.
    if (matchAt(a.tokens, m.end, a.lang.earlierExceptions)) continue;
    if (m.end === m.start + 1 && a.lang.conjunctionUse.get(a.tokens[m.start]!.lower)?.has(a.tokens[m.end]?.lower ?? "")) continue;
    return true;
  }
  return false;
}

/** Per sentence: does it belong to an earlier-events passage? A passage continues into
 *  following sentences of the paragraph that open with a continuation ("Het gaat om",
 *  "Daarnaast") and name no current time. */
export function earlierSentences(view: DocView): boolean[] {
  const out: boolean[] = [];
  view.analyses.forEach((a, i) => {
    if (saysEarlier(a)) return void (out[i] = true);
    const prev = view.analyses[i - 1];
    const continues =
      !!prev && out[i - 1] === true && prev.sentence.paragraph === a.sentence.paragraph && matchAt(a.tokens, 0, a.lang.continuation) !== null && findAllFlagged(a.tokens, a.lang.currentMarkers, a.flags, STARTS.currentMarkers).length === 0;
    out[i] = continues;
  });
  return out;
}

// ---- source -------------------------------------------------------------

/** The organisation phrase starting at token p ("het Belgische OM", "de openbaar aanklager in België"). */
function sourceForward(a: SentenceAnalysis, p: number): [number, number] | null {
  const { tokens, lang } = a;
  let k = p;
  if (tokens[k] && lang.sourceDeterminers.has(tokens[k]!.lower)) k++;
  const start = k;
  let hasHead = false;
  while (k < tokens.length && !a.inDate[k]) {
    const t = tokens[k]!;
    const head = matchAt(tokens, k, lang.sourceHeads);
    if (head) {
      hasHead = true;
      k = head.end;
      continue;
    }
    if (lang.sourceModifiers.has(t.lower) || (t.kind === "word" && isCapitalized(t.text))) {
      if (isCapitalized(t.text)) hasHead = true;
      k++;
      continue;
    }
    // "parket van Antwerpen", "aanklager in België": a link to a name.
    if (hasHead && lang.sourceLinks.has(t.lower)) {
      let j = k + 1;
      if (tokens[j] && lang.sourceDeterminers.has(tokens[j]!.lower)) j++;
      const nt = tokens[j];
      if (nt && nt.kind === "word" && (isCapitalized(nt.text) || matchAt(tokens, j, lang.sourceHeads))) {
        k = j;
        continue;
      }
    }
    break;
  }
  return hasHead && k > start ? [start, k] : null;
}

/** The organisation phrase ending just before token q ("het Landelijk Parket" before "bekendgemaakt"). */
function sourceBackward(a: SentenceAnalysis, q: number): [number, number] | null {
  const { tokens, lang } = a;
  let k = q;
  let hasHead = false;
  while (k >= 0 && !a.inDate[k]) {
    const t = tokens[k]!;
    if (lang.sourceDeterminers.has(t.lower)) break;
    const isHead = matchAt(tokens, k, lang.sourceHeads) !== null;
    if (isHead || (t.kind === "word" && isCapitalized(t.text)) || lang.sourceModifiers.has(t.lower)) {
      if (isHead || isCapitalized(t.text)) hasHead = true;
      k--;
      continue;
    }
    break;
  }
  if (!hasHead || k === q) return null;
  // Only a real noun phrase: it must open with a determiner ("het OM"), be a name, or be
  // a listed source on its own ("police said", "officials said").
  if (k >= 0 && lang.sourceDeterminers.has(tokens[k]!.lower)) return [k + 1, q + 1];
  return isCapitalized(tokens[k + 1]!.text) || matchAt(tokens, k + 1, lang.sourceHeads) ? [k + 1, q + 1] : null;
}

export interface Attribution {
  text: string;
  start: number;
  end: number;
}

function spanOf(a: SentenceAnalysis, r: [number, number]): Attribution {
  const start = a.tokens[r[0]]!.start;
  const end = a.tokens[r[1] - 1]!.end;
  return { text: a.original.slice(start, end), start, end };
}

/** Who the sentence says says it: "zegt het OM", "volgens de politie", "heeft het Landelijk Parket bekendgemaakt". */
export function attributionIn(a: SentenceAnalysis): Attribution | null {
  for (const m of findAllFlagged(a.tokens, a.lang.attributionVerbs, a.flags, STARTS.attributionVerbs)) {
    const verb = a.tokens.slice(m.start, m.end).map((t) => t.lower).join(" ");
    const fwd = sourceForward(a, m.end);
    const back = m.start > 0 ? sourceBackward(a, m.start - 1) : null;
    const after = a.lang.attributionAfterSource.has(verb) || a.lang.attributionAfterSource.has(a.tokens[m.start]!.lower);
    const pick = after && back && !fwd ? back : (fwd ?? (after ? back : null));
    if (pick) return spanOf(a, pick);
    // "Het federaal parket heeft vandaag de inbeslagname bevestigd": the subject opens the sentence.
    if (after) {
      const subject = sourceForward(a, 0);
      if (subject && a.lang.sourceDeterminers.has(a.tokens[0]!.lower) && /^(?:heeft|hebben|had|hadden)$/.test(a.tokens[subject[1]]?.lower ?? "")) return spanOf(a, subject);
    }
  }
  return null;
}

/** "Dat meldt het parket." standing alone after the sentence it attributes. */
export function attributionSentence(a: SentenceAnalysis | undefined): Attribution | null {
  if (!a || a.tokens.length > 14) return null;
  const m = matchAt(a.tokens, 0, a.lang.attributionSentence);
  if (!m) return null;
  let p = m.end;
  // "Dat laat de politie weten": skip nothing else; "Dat blijkt uit …" has no organisation first.
  const r = sourceForward(a, p);
  if (r) return spanOf(a, r);
  while (p < a.tokens.length && !a.lang.sourceDeterminers.has(a.tokens[p]!.lower)) p++;
  const r2 = p < a.tokens.length ? sourceForward(a, p) : null;
  return r2 ? spanOf(a, r2) : null;
}
