// One sentence, analysed once for all fact types: its tokens, its counted noun
// phrases (count + head), and where each kind of cue stands. The per-type rules
// (arrests.ts, searches.ts, …) read this and decide what is a fact.
import { countAt, mayStartWord, type CountMatch } from "../core/counts.js";
import type { CueSet, LanguagePack, NounInfo } from "../core/lang.js";
import { findAll, matchAt, type PhraseMatch, type PhraseTable } from "../core/phrases.js";
import type { Sentence } from "../core/sentences.js";
import { tokenize, type Token } from "../core/text.js";

/** A counted noun phrase: "drie vuurwapens", "ruim 2,3 miljoen berichten", "500 kilo cocaïne". */
export interface Qnp {
  count: CountMatch;
  /** Token index range of the head noun (for a unit count with no noun: the unit). */
  headStart: number;
  headEnd: number;
  head: NounInfo | null;
  /** Drugs after a mass/volume unit: substances in text order (English names). */
  substances: string[];
  /** Money: the count has a currency unit. */
  currency: string | null;
  /** "aan contant geld", "cash" follows a currency amount. */
  cash: boolean;
  /** Token index after everything that belongs to the phrase. */
  end: number;
  /** Set when the head was given by "de" + singular person ("de verdachte") rather than a count. */
  definite: boolean;
}

export interface CueHit {
  /** Token index where the cue is anchored (the particle for separable verbs). */
  at: number;
  start: number;
  end: number;
  text: string;
}

export interface SentenceAnalysis {
  /** The whole (normalised) document text; token offsets point into it. */
  text: string;
  /** The original input, for quoting (same offsets as text). */
  original: string;
  sentence: Sentence;
  index: number;
  tokens: Token[];
  /** Per token: what its word may start (the bits of STARTS among them). */
  flags: Uint16Array;
  /** Per token: part of a date mention ("Friday", "10 June"). */
  inDate: boolean[];
  qnps: Qnp[];
  /** Counts with no head: "waarvan vijftien in Eindhoven". */
  bare: CountMatch[];
  cues: Record<keyof LanguagePack["cues"], CueHit[]>;
  lang: LanguagePack;
}

/** Finds where a cue set occurs: plain words/phrases, and separable verbs with their particle later on. */
export function findCues(tokens: readonly Token[], set: CueSet, candidates?: readonly number[]): CueHit[] {
  const hits: CueHit[] = (candidates ? findAt(tokens, set.words, candidates) : findAll(tokens, set.words)).map((m) => ({
    at: m.start,
    start: m.start,
    end: m.end,
    text: tokens.slice(m.start, m.end).map((t) => t.text).join(" "),
  }));
  if (set.separableByVerb.size) for (const i of candidates ?? tokens.keys()) {
    for (const sep of set.separableByVerb.get(tokens[i]!.lower) ?? []) {
      // The particle closes the clause: look ahead to the next clause boundary.
      for (let k = i + 1; k < tokens.length && k < i + 16; k++) {
        const t = tokens[k]!;
        if (t.text === "," || t.text === ";" || t.text === ":") break;
        if (t.lower === sep.particle && !isCountableAfter(tokens, k)) {
          hits.push({ at: k, start: i, end: k + 1, text: `${tokens[i]!.text} … ${t.text}` });
          break;
        }
      }
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

// "hield … aan" ends the clause; "aan de rechter" is a preposition, not the particle.
function isCountableAfter(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return !!next && next.kind === "word" && /^(?:de|het|een|hun|zijn|haar)$/.test(next.lower);
}

// What a word can start, looked up once per distinct word of a language and kept
// (bounded): most tokens start neither a count, nor a person said without one, nor
// a cue, and one Map look-up spares them the grammar.
const MAY_COUNT = 1; // countAt may match here (besides any number token)
const MAY_DEFINITE = 2; // definiteSingularAt may match here
const MAY_CUE = 4; // a cue of some kind may start here
/**
 * Where a phrase starts of the tables the refiners search whole sentences for
 * (SentenceAnalysis.flags; findAllFlagged tries only there).
 */
export const STARTS = { negation: 8, hedges: 16, thereWords: 32, earlier: 64, currentMarkers: 128, attributionVerbs: 256 } as const;
const STARTS_KEYS = Object.keys(STARTS) as (keyof typeof STARTS)[];
const WORD_FLAGS = new WeakMap<LanguagePack, Map<string, number>>();
const WORD_FLAGS_MAX = 8192;

function flagCache(lang: LanguagePack): Map<string, number> {
  let cache = WORD_FLAGS.get(lang);
  if (!cache) WORD_FLAGS.set(lang, (cache = new Map()));
  return cache;
}

function wordFlags(lang: LanguagePack, cache: Map<string, number>, lower: string): number {
  let f = cache.get(lower);
  if (f === undefined) {
    // The same tests as mayStartCount, definiteSingularAt and cueFirstWords make.
    f = (mayStartWord(lower, lang.counts) ? MAY_COUNT : 0) |
      (lang.bothWords[lower] !== undefined || lang.subjectPronouns.has(lower) || lang.definiteSingular.has(lower) || lang.possessives.has(lower) ? MAY_DEFINITE : 0) |
      (cueFirstWords(lang).has(lower) ? MAY_CUE : 0);
    for (const k of STARTS_KEYS) if (lang[k].byFirst.has(lower)) f |= STARTS[k];
    if (cache.size >= WORD_FLAGS_MAX) cache.clear();
    cache.set(lower, f);
  }
  return f;
}

const FIRST_WORDS = new WeakMap<LanguagePack, Set<string>>();

/** Every word a cue of any kind starts with, separable verbs included. */
function cueFirstWords(lang: LanguagePack): Set<string> {
  let set = FIRST_WORDS.get(lang);
  if (!set) {
    set = new Set<string>();
    for (const cue of Object.values(lang.cues)) {
      for (const w of cue.words.byFirst.keys()) set.add(w);
      for (const v of cue.separableByVerb.keys()) set.add(v);
    }
    FIRST_WORDS.set(lang, set);
  }
  return set;
}

/** Like findAll, but trying only the given token indexes (ascending). */
function findAt<V>(tokens: readonly Token[], table: PhraseTable<V>, indexes: readonly number[]): PhraseMatch<V>[] {
  const out: PhraseMatch<V>[] = [];
  let free = 0;
  for (const i of indexes) {
    if (i < free) continue;
    const m = matchAt(tokens, i, table);
    if (m) {
      out.push(m);
      free = m.end;
    }
  }
  return out;
}

/** The head noun at token i: a listed noun (multi-word first), or a compound ending in one. */
export function headAt(tokens: readonly Token[], i: number, lang: LanguagePack): { info: NounInfo; end: number } | null {
  const t = tokens[i];
  if (!t || t.kind === "punct") return null;
  if (lang.notHeads.has(t.lower)) return null;
  const m = matchAt(tokens, i, lang.nouns);
  if (m) return { info: m.value, end: m.end };
  for (const [suffix, info] of lang.compoundSuffixes.get(t.lower.slice(-3)) ?? []) {
    if (t.lower.length > suffix.length + 2 && t.lower.endsWith(suffix)) return { info, end: i + 1 };
  }
  // An unlisted plural of a doer ("uithalers", "plunderaars", "extremisten") is people.
  if (t.kind === "word" && lang.agentivePlural(t.lower)) return { info: PERSONS, end: i + 1 };
  return null;
}

const MAX_ADJECTIVES = 3;

/** Skips attributive adjectives after a count: "drie geladen vuurwapens", "een 19-jarige vrouw". */
function skipAdjectives(tokens: readonly Token[], i: number, lang: LanguagePack): number[] {
  // Every position where a head may start, nearest first.
  const starts = [i];
  let k = i;
  for (let n = 0; n < MAX_ADJECTIVES; n++) {
    const t = tokens[k];
    if (!t || t.kind === "punct" || lang.stopWords.has(t.lower)) break;
    if (!lang.adjectiveLike(t.text, t.lower)) break;
    k++;
    starts.push(k);
  }
  return starts;
}

export function analyse(text: string, original: string, sentence: Sentence, index: number, lang: LanguagePack, masked: (start: number, end: number) => boolean): SentenceAnalysis {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const n = tokens.length;
  const flags = new Uint16Array(n);
  const inDate: boolean[] = new Array<boolean>(n);
  // The few tokens any cue can start at, found once for all five kinds.
  const at: number[] = [];
  const cache = flagCache(lang);
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    const f = wordFlags(lang, cache, t.lower);
    flags[k] = f;
    inDate[k] = masked(t.start, t.end);
    if (f & MAY_CUE) at.push(k);
  }
  const qnps: Qnp[] = [];
  const bare: CountMatch[] = [];
  for (let i = 0; i < n; ) {
    if (inDate[i]) {
      i++;
      continue;
    }
    const f = flags[i]!;
    const count = f & MAY_COUNT || tokens[i]!.kind === "number" ? countAt(tokens, i, lang.counts) : null;
    if (!count || anyIn(inDate, count.start, count.end)) {
      const def = f & MAY_DEFINITE ? definiteSingularAt(tokens, i, lang) : null;
      if (def) {
        qnps.push(def);
        i = def.end;
      } else i++;
      continue;
    }
    const q = headOf(tokens, count, lang);
    if (q) {
      qnps.push(q);
      i = q.end;
    } else {
      if (!count.implied && !count.negative) bare.push(count);
      i = count.end;
    }
  }
  // Most sentences hold no cue word at all: one shared empty list for each kind (no one writes to them).
  const cues = at.length
    ? {
        arrests: findCues(tokens, lang.cues.arrests, at),
        searches: findCues(tokens, lang.cues.searches, at),
        seizure: findCues(tokens, lang.cues.seizure, at),
        trafficking: findCues(tokens, lang.cues.trafficking, at),
        messages: findCues(tokens, lang.cues.messages, at),
      }
    : NO_CUES;
  return { text, original, sentence, index, tokens, flags, inDate, qnps, bare, cues, lang };
}

const NO_HITS: CueHit[] = [];
const NO_CUES: SentenceAnalysis["cues"] = { arrests: NO_HITS, searches: NO_HITS, seizure: NO_HITS, trafficking: NO_HITS, messages: NO_HITS };

function anyIn(flags: readonly boolean[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (flags[k]) return true;
  return false;
}

// Shared by every phrase without substances; no one writes to a Qnp's list.
const NO_SUBSTANCES: string[] = [];

/** A Qnp built in one shape (an object spread per phrase was a hot spot). */
function qnp(count: CountMatch, headStart: number, headEnd: number, head: NounInfo | null, end: number, substances: string[] = NO_SUBSTANCES, currency: string | null = null, cash = false, definite = false): Qnp {
  return { count, headStart, headEnd, head, substances, currency, cash, end, definite };
}

/** The head that a count counts, or null: "28 vuurwapens", "8 ton cocaïne", "12.500 euro aan contant geld". */
function headOf(tokens: readonly Token[], count: CountMatch, lang: LanguagePack): Qnp | null {
  let after = count.end;
  // "een reeks huiszoekingen", "een aantal" handled as vague; "een reeks" is no count at all.
  if (count.implied && lang.noCountWords.has(tokens[after]?.lower ?? "")) return null;
  if (count.unit?.kind === "currency") {
    let end = count.end;
    let cash = false;
    let k = end;
    if (tokens[k]?.lower === "aan") k++;
    const c = matchAt(tokens, k, lang.cashWords);
    if (c) {
      cash = true;
      end = c.end;
    }
    return qnp(count, count.unit.start, count.unit.end, null, end, NO_SUBSTANCES, count.unit.code, cash);
  }
  if (count.unit && (count.unit.kind === "mass" || count.unit.kind === "volume")) {
    // "kilo cocaïne", "kilo aan drugs", "kilo's cocaïne, heroïne, hasj", "kilo pure cocaïne".
    let k = after;
    if (tokens[k]?.lower === "aan" || lang.partOf.has(tokens[k]?.lower ?? "")) k++;
    const subs: string[] = [];
    let end = after;
    for (const s of skipAdjectives(tokens, k, lang)) {
      let j = s;
      for (;;) {
        const m = substanceAt(tokens, j, lang);
        if (!m) break;
        if (!subs.includes(m.value)) subs.push(m.value);
        end = m.end;
        j = m.end;
        const sep = tokens[j];
        if (sep && (sep.text === "," || lang.coordinators.has(sep.lower)) && substanceAt(tokens, j + 1, lang)) {
          j++;
          continue;
        }
        break;
      }
      if (subs.length) break;
    }
    return qnp(count, count.unit.start, count.unit.end, null, end, subs);
  }
  // "120.000 van die berichten", "twee van de wapens": a part of something counted before.
  if (!count.implied && lang.partOf.has(tokens[after]?.lower ?? "") && tokens[after + 1] && (lang.definiteSingular.has(tokens[after + 1]!.lower) || lang.possessives.has(tokens[after + 1]!.lower) || /^(?:het|de|those|these)$/.test(tokens[after + 1]!.lower))) {
    // "drie van de vijf verdachten", "three of the five defendants": a number may stand before the head.
    const from = tokens[after + 2]?.kind === "number" || lang.counts.numberWord(tokens[after + 2]?.lower ?? "") !== null ? after + 3 : after + 2;
    for (const s of skipAdjectives(tokens, from, lang)) {
      const h = headAt(tokens, s, lang);
      if (h) return qnp(count, s, h.end, h.info, h.end);
    }
  }
  // "vier van hen", "drie van de verdachten": people said before.
  const part = matchAt(tokens, after, lang.partitive);
  if (part && !count.implied) {
    return qnp(count, part.start, part.end, PERSONS, part.end);
  }
  // "dozens of arrests", "hundreds of millions of messages": what a vague plural counts follows "of".
  if (count.modifier === "vague" && lang.partOf.has(tokens[after]?.lower ?? "")) after++;
  for (const s of skipAdjectives(tokens, after, lang)) {
    const h = headAt(tokens, s, lang);
    if (h) {
      // The article counts one only before a singular: "een man", not "een mannen".
      return qnp(count, s, h.end, h.info, h.end);
    }
  }
  // "de overige drie werden … opgepakt": the rest of the people said before.
  const prev = tokens[count.start - 1];
  if (prev && lang.restWords.has(prev.lower) && !count.implied && !count.unit) {
    return qnp(count, count.start, count.end, PERSONS, count.end);
  }
  // "15 were detained", "drie werden aangehouden": a number as the subject of a plural
  // verb names people (the arrest rule decides whether they were arrested).
  const elided = matchAt(tokens, after, lang.elidedPartitive)?.end ?? after;
  if (!count.implied && !count.unit && count.value !== null && lang.pluralAuxiliaries.has(tokens[elided]?.lower ?? "")) {
    return qnp(count, count.start, elided, PERSONS, elided);
  }
  // "een 19-jarige uit Delft": the age adjective used as a noun is a person.
  const t = tokens[after];
  if (count.implied && t && /^\d+-jarige$/.test(t.lower)) {
    return qnp(count, after, after + 1, { cls: "person", singular: true, subtype: null, unit: null }, after + 1);
  }
  return null;
}

const PERSONS: NounInfo = { cls: "person", singular: false, subtype: null, unit: null };

/** A substance at token i: listed ("cocaïne", "crystal meth") or starting a compound ("amfetamineolie"). */
export function substanceAt(tokens: readonly Token[], i: number, lang: LanguagePack): { value: string; end: number } | null {
  const m = matchAt(tokens, i, lang.substances);
  if (m) return m;
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  for (const [prefix, value] of lang.substancePrefixes) {
    if (t.lower.length > prefix.length + 2 && t.lower.startsWith(prefix)) return { value, end: i + 1 };
  }
  return null;
}

/**
 * One person said without a number: "de verdachte", "De man", "zijn 35-jarige
 * zoon"; or people counted by a word alone: "beiden".
 */
function definiteSingularAt(tokens: readonly Token[], i: number, lang: LanguagePack): Qnp | null {
  const t = tokens[i];
  if (!t) return null;
  const both = lang.bothWords[t.lower];
  if (both !== undefined) {
    // "beiden zijn aangehouden", "beide woningen werden doorzocht".
    const h = headAt(tokens, i + 1, lang);
    const count: CountMatch = { start: i, end: i + 1, value: both, min: both, max: both, modifier: "exact", implied: false, negative: false, unit: null };
    return { count, headStart: h ? i + 1 : i, headEnd: h ? h.end : i + 1, head: h ? h.info : PERSONS, substances: [], currency: null, cash: false, end: h ? h.end : i + 1, definite: false };
  }
  // "Ook hij werd aangehouden": a pronoun with a singular verb is one person.
  if (lang.subjectPronouns.has(t.lower) && lang.singularAuxiliaries.has(tokens[i + 1]?.lower ?? "")) {
    const count: CountMatch = { start: i, end: i + 1, value: 1, min: 1, max: 1, modifier: "exact", implied: true, negative: false, unit: null };
    return { count, headStart: i, headEnd: i + 1, head: { ...PERSONS, singular: true }, substances: [], currency: null, cash: false, end: i + 1, definite: true };
  }
  if (!lang.definiteSingular.has(t.lower) && !lang.possessives.has(t.lower)) return null;
  for (const s of skipAdjectives(tokens, i + 1, lang)) {
    const h = headAt(tokens, s, lang);
    // "zijn woning … doorzocht": one premises, said with a possessive.
    const onePremises = h && h.info.cls === "premises" && lang.possessives.has(t.lower) && !/(?:en|s)$/.test(tokens[s]!.lower);
    if (h && ((h.info.cls === "person" && h.info.singular) || onePremises)) {
      const count: CountMatch = { start: i, end: i + 1, value: 1, min: 1, max: 1, modifier: "exact", implied: true, negative: false, unit: null };
      return { count, headStart: s, headEnd: h.end, head: h.info, substances: [], currency: null, cash: false, end: h.end, definite: true };
    }
    if (h) return null;
  }
  return null;
}
