// Facts of a document: each sentence analysed once, the six per-type rules run
// over it, then the shared steps — distributed quantifiers, part counts, rates,
// attributes — and restatements folded into one fact (FACTS.md §2).
import { matchAt } from "../core/phrases.js";
import type { LanguagePack } from "../core/lang.js";
import { TYPE_OF_CLASS } from "../core/lang.js";
import type { Fact, FactType, PlaceMention } from "../core/schema.js";
import type { Sentence } from "../core/sentences.js";
import { analyse, headAt, type SentenceAnalysis } from "./analysis.js";
import { toCount, type Draft, type RuleContext } from "./draft.js";
import { placeAfter, placeBefore } from "./parts.js";
import { attributionIn, attributionSentence, dateOf, earlierSentences, isHedged, isLongBefore, isNegated, placeOf, toFactDate, type DocView } from "./refiners.js";
import { arrests } from "./types/arrests.js";
import { drugs } from "./types/drugs.js";
import { messages } from "./types/messages.js";
import { money } from "./types/money.js";
import { searches } from "./types/searches.js";
import { weapons } from "./types/weapons.js";

const RULES: ((a: SentenceAnalysis, ctx: RuleContext) => Draft[])[] = [arrests, searches, weapons, messages, drugs, money];

export interface FactInput extends Omit<DocView, "analyses"> {
  sentences: Sentence[];
  lang: LanguagePack;
}

export function extractFacts(input: FactInput): Fact[] {
  const { text, lang } = input;
  // Characters inside date mentions: a number there is a date, not a count.
  const inDate = new Uint8Array(text.length);
  for (const d of input.dates) inDate.fill(1, d.start, d.end);
  const masked = (s: number, e: number) => {
    for (let k = s; k < e; k++) if (inDate[k]) return true;
    return false;
  };
  const analyses = input.sentences.map((s, i) => analyse(text, input.original, s, i, lang, masked));
  const view: DocView = { ...input, analyses };

  const drafts: Draft[] = [];
  const consumed = new Set<PlaceMention>();
  for (const a of analyses) {
    const ctx: RuleContext = { places: input.places, previous: contextSentence(analyses, a) };
    // Every rule drafts from the counted phrases: a sentence without any has no draft of its own.
    const own: Draft[] = [];
    if (a.qnps.length) for (const rule of RULES) for (const d of rule(a, ctx)) if (!isRate(d)) own.push(d);
    own.push(...distributed(a, own));
    own.sort((x, y) => x.tokStart - y.tokStart);
    own.push(...partCounts(a, own.length ? own : drafts.filter((d) => d.a.index === a.index - 1), view, consumed));
    // A place a part was given is that part's, not its total's.
    for (const d of own) if (d.place) consumed.add(d.place);
    own.sort((x, y) => x.tokStart - y.tokStart);
    drafts.push(...own);
  }

  const earlier = earlierSentences(view);
  const facts: Fact[] = [];
  const sources = new Map<number, ReturnType<typeof attributionIn>>();
  for (const d of drafts) {
    const a = d.a;
    if (!sources.has(a.index)) sources.set(a.index, attributionIn(a) ?? attributionSentence(analyses[a.index + 1]));
    const src = sources.get(a.index)!;
    const ownSource = src && src.start >= a.sentence.start && src.end <= a.sentence.end ? ([src.start, src.end] as [number, number]) : null;
    const date = dateOf(d, view);
    const timeframe = earlier[a.index] || isLongBefore(date?.value ?? null, input.published) ? "earlier" : "current";
    facts.push({
      type: d.type,
      subtype: d.subtype,
      count: d.count,
      place: placeOf(d, view, d.place ? new Set() : consumed, ownSource),
      date: date ? toFactDate(date) : null,
      timeframe,
      negated: isNegated(d),
      hedged: isHedged(d),
      source: src?.text ?? null,
      evidence: { text: input.original.slice(a.sentence.start, a.sentence.end), start: a.sentence.start, end: a.sentence.end },
      rule: d.rule,
    });
  }
  return foldRestatements(facts, drafts.map((d) => d.a.sentence.heading));
}

const BULLET = /^[-•*–]$/;

/**
 * The sentence whose cue a sentence may lean on: the one before it in its
 * paragraph, or, for an item of a list ("- 22 vuurwapens;"), the line that
 * introduces the list ("In beslag genomen:").
 */
function contextSentence(analyses: readonly SentenceAnalysis[], a: SentenceAnalysis): SentenceAnalysis | null {
  const prev = analyses[a.index - 1];
  if (!prev) return null;
  if (BULLET.test(a.tokens[0]?.text ?? "")) {
    let k = a.index - 1;
    while (k > 0 && BULLET.test(analyses[k]!.tokens[0]?.text ?? "")) k--;
    const intro = analyses[k]!;
    if (intro.tokens[intro.tokens.length - 1]?.text === ":") return intro;
  }
  return prev.sentence.paragraph === a.sentence.paragraph ? prev : null;
}

/** The last draft before token `tok` of sentence `index` (drafts in text order). */
function lastBefore(drafts: readonly Draft[], index: number, tok: number): Draft | undefined {
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = drafts[mid]!;
    if (d.a.index < index || d.tokStart < tok) lo = mid + 1;
    else hi = mid;
  }
  return drafts[lo - 1];
}

/** "1000 berichten per dag" is a rate, not a count. */
function isRate(d: Draft): boolean {
  if (matchAt(d.a.tokens, d.tokEnd, d.a.lang.rates)) return true;
  // "wekelijks tientallen kilo's", "every day dozens of …"
  for (let k = Math.max(0, d.tokStart - 3); k < d.tokStart; k++) {
    const m = matchAt(d.a.tokens, k, d.a.lang.rates);
    if (m && m.end >= d.tokStart - 1) return true;
  }
  return false;
}

/**
 * "tientallen huiszoekingen en arrestaties": a count before nouns of two event
 * types joined by "en" is a fact of each type.
 */
function distributed(a: SentenceAnalysis, own: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of own) {
    if (!d.rule.endsWith(".noun")) continue;
    let k = d.tokEnd;
    while (a.tokens[k] && (a.lang.coordinators.has(a.tokens[k]!.lower) || a.tokens[k]!.text === ",")) {
      const h = headAt(a.tokens, k + 1, a.lang);
      const type: FactType | undefined = h ? TYPE_OF_CLASS[h.info.cls] : undefined;
      if (!h || !type || !(h.info.cls === "arrestEvent" || h.info.cls === "searchEvent")) break;
      if (type !== d.type && !own.some((o) => o.type === type && o.tokStart === d.tokStart)) {
        out.push({ ...d, type, rule: `${a.lang.lang}.${type}.distributed`, tokEnd: h.end });
      }
      k = h.end;
    }
  }
  return out;
}

/**
 * "41 panden doorzocht, waarvan vijftien in Eindhoven en zes in Venlo": a count
 * with no noun, followed by a place, is a part of the fact before it.
 */
function partCounts(a: SentenceAnalysis, antecedents: readonly Draft[], view: DocView, consumed: Set<PlaceMention>): Draft[] {
  const out: Draft[] = [];
  for (const c of a.bare) {
    if (c.modifier === "vague" && c.min === 2 && c.max === null) continue;
    const place = placeAfter(a, c.end, view.places) ?? placeBefore(a, c.start, view.places);
    if (!place) continue;
    const ante = lastBefore(antecedents, a.index, c.start);
    if (!ante) continue;
    consumed.add(place);
    out.push({ ...ante, a, count: toCount(a, c, ante.count.unit), tokStart: c.start, tokEnd: c.end + 2, cue: ante.a === a ? ante.cue : null, negative: false, rule: `${a.lang.lang}.${ante.type}.partCount`, place });
  }
  return out;
}

const SPECIFICITY: Record<string, number> = { place: 4, municipality: 4, province: 2, country: 1, region: 0 };

/**
 * The same fact restated — same type, count and timeframe, no two different
 * places — is one fact, with the most specific place any mention gives. A
 * headline restates the body in its own terse way ("vier havenarbeiders
 * opgepakt" over "vier havenarbeiders van hun vrijheid beroofd in Beveren"):
 * a headline fact folds into a body fact of the same type and number whatever
 * its place, modifier or timeframe, and the body's version is kept.
 */
function foldRestatements(facts: Fact[], heading: boolean[]): Fact[] {
  const out: Fact[] = [];
  const outHeading: boolean[] = [];
  // Facts indexed by what must be equal, so a long document is not compared pair by pair.
  const byNumber = new Map<string, number[]>();
  const byCount = new Map<string, number[]>();
  // Template strings print what Array#join printed (null as "", not "null"); joins and spreads per fact were a hot spot.
  const s = (v: string | number | null) => (v === null ? "" : v);
  const numberKey = (f: Fact) => `${f.type}|${f.negated}|${s(f.count.value ?? f.count.min)}|${s(f.count.unit)}`;
  const countKey = (f: Fact) => `${f.type}|${f.negated}|${f.timeframe}|${s(f.count.value)}|${s(f.count.min)}|${s(f.count.max)}|${s(f.count.unit)}`;
  const add = (map: Map<string, number[]>, key: string, k: number) => {
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  };
  facts.forEach((f, i) => {
    const headlineTwin = (byNumber.get(numberKey(f)) ?? []).find((k) => outHeading[k] !== heading[i]);
    if (headlineTwin !== undefined) {
      // Keep the body fact; a body fact replaces its headline in the headline's position.
      if (outHeading[headlineTwin]) {
        out[headlineTwin] = f;
        outHeading[headlineTwin] = false;
        add(byCount, countKey(f), headlineTwin);
      }
      return;
    }
    const twinAt = (byCount.get(countKey(f)) ?? []).find((k) => {
      const o = out[k]!;
      return (o.subtype === f.subtype || o.subtype === null || f.subtype === null) && (o.place === null || f.place === null || o.place.name === f.place.name);
    });
    if (twinAt === undefined) {
      add(byNumber, numberKey(f), out.length);
      add(byCount, countKey(f), out.length);
      out.push(f);
      outHeading.push(heading[i]!);
      return;
    }
    const twin = out[twinAt]!;
    if (f.place && (!twin.place || SPECIFICITY[f.place.kind]! > SPECIFICITY[twin.place.kind]!)) twin.place = f.place;
    twin.subtype ??= f.subtype;
    twin.source ??= f.source;
    twin.date ??= f.date;
  });
  return out;
}
