// The date engine: run the parsers of a language where they may start, keep the
// longest of overlapping candidates, join neighbours (combine.ts), set the
// direction of year-less dates from their sentence, relate lists and nights,
// resolve against P.
import type { Notice } from "../core/messages.js";
import type { DateMention } from "../core/schema.js";
import { type PartialDate, toIso } from "../core/calendar.js";
import { joinNeighbours, relateNeighbours } from "./combine.js";
import { lexicon } from "./lexicon.js";
import { parsers as parsersFor } from "./languages.js";
import { key } from "./patterns.js";
import { isRelative, resolveParts, type Resolved } from "./resolve.js";
import { precededBy } from "./parsers/util.js";
import type { Atom, DateParser, Lang, ParseContext } from "./types.js";

interface Ranked { atom: Atom; order: number }

/**
 * Where parsers may start: one trie regex over the first words of all parsers (and
 * numbers) finds the candidate positions in a single pass; at each, only the parsers
 * that can start with that word run, anchored (sticky) there.
 */
interface Triggers {
  byWord: Map<string, number[]>;
  byDigits: number[][];
  /** The keys of byWord in an open-addressing table over a hash of their characters (index + 1; 0 empty). */
  slots: Int32Array;
  keys: string[];
  lists: number[][];
  /** Per lower-cased ASCII first character, a bit per length (31: 31 or more) of the keys that start so. */
  shapes: Uint32Array;
}

function buildTriggers(parsers: DateParser[]): Triggers {
  const byWord = new Map<string, number[]>();
  const byDigits: number[][] = [[], [], [], [], []];
  parsers.forEach((p, i) => {
    for (const n of p.starts.digits ?? []) byDigits[n]!.push(i);
    for (const phrase of p.starts.words) {
      const w = key(phrase).split(" ")[0]!;
      if (w === "") continue;
      const list = byWord.get(w) ?? [];
      if (!list.includes(i)) list.push(i);
      byWord.set(w, list);
    }
  });
  // One simple word scan finds the candidate positions; a table says which parsers may
  // start there. (A trie regex of all first words did the same but cost ~25 ms to compile
  // on every process start.) The table is looked up by the characters of a word in the
  // text, lower-cased one by one: no substring, toLowerCase or Map look-up per word.
  const keys = [...byWord.keys()];
  const lists = keys.map((k) => byWord.get(k)!);
  let size = 16;
  while (size < keys.length * 4) size *= 2;
  const slots = new Int32Array(size);
  keys.forEach((k, idx) => {
    let slot = hashKey(k) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = idx + 1;
  });
  const shapes = new Uint32Array(128);
  for (const k of keys) {
    const c = k.charCodeAt(0);
    if (c < 128) shapes[c]! |= 1 << Math.min(k.length, 31);
  }
  return { byWord, byDigits, slots, keys, lists, shapes };
}

/** A character of a scanned word: [A-Za-z\u00C0-\u024F0-9'’]. */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f) || c === 39 || c === 0x2019;
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

// What key() makes of each character a scanned word can hold: its lower case (toLowerCase
// maps none of these by context), "’" as "'"; -1 where the lower case is not one character.
const LOWER = new Int32Array(0x250);
for (let c = 0; c < 0x250; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : -1;
}
const lowerOf = (c: number): number => (c < 0x250 ? LOWER[c]! : c === 0x2019 ? 39 : -1);

function hashKey(k: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * byWord.get(key(text[s..e))) for a scanned word, or null where a character has no
 * one-character lower case (then the caller asks byWord itself).
 */
function triggersOf(text: string, s: number, e: number, t: Triggers): number[] | undefined | null {
  // No key of this first letter has this length: the common case, without hashing the word.
  const c0 = lowerOf(text.charCodeAt(s));
  if (c0 >= 0 && c0 < 128 && (t.shapes[c0]! & (1 << Math.min(e - s, 31))) === 0) return undefined;
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) {
    const c = lowerOf(text.charCodeAt(i));
    if (c < 0) return null;
    h = Math.imul(h ^ c, 0x01000193);
  }
  const mask = t.slots.length - 1;
  const len = e - s;
  for (let slot = (h >>> 0) & mask; t.slots[slot] !== 0; slot = (slot + 1) & mask) {
    const idx = t.slots[slot]! - 1;
    const k = t.keys[idx]!;
    if (k.length !== len) continue;
    let i = 0;
    while (i < len && k.charCodeAt(i) === lowerOf(text.charCodeAt(s + i))) i++;
    if (i === len) return t.lists[idx];
  }
  return undefined;
}

const TRIGGERS: Partial<Record<Lang, Triggers>> = {};
const triggers = (lang: Lang): Triggers => (TRIGGERS[lang] ??= buildTriggers(parsersFor(lang)));

/** All candidates of all parsers, in text order (longer first at the same start). */
function candidates(ctx: ParseContext, lang: Lang): Ranked[] {
  const found: Ranked[] = [];
  const parsers = parsersFor(lang);
  const trig = triggers(lang);
  const { byWord, byDigits } = trig;
  const text = ctx.text;
  const n = text.length;
  // The words of the text: runs of [A-Za-z\u00C0-\u024F0-9'’].
  for (let i = ctx.from; i < n; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    let at = s;
    let list: number[] | undefined;
    // Parsers that start with a number start at its digits ("12e maart", "14u30", "10am").
    if (isAsciiDigit(text.charCodeAt(s))) {
      let d = s + 1;
      while (d < i && isAsciiDigit(text.charCodeAt(d))) d++;
      list = byDigits[d - s];
    } else {
      const fast = triggersOf(text, s, i, trig);
      const first = text.charCodeAt(s);
      if (fast === undefined && first !== 39 && first !== 0x2019) continue;
      const word = text.slice(s, i);
      list = fast ?? byWord.get(key(word));
      // A quote before a word ("'Vandaag …") is not part of it; "'s nachts" is.
      if (list === undefined && (word[0] === "'" || word[0] === "’")) {
        const bare = word.replace(/^['’]+/, "");
        at += word.length - bare.length;
        list = byWord.get(key(bare));
      }
    }
    if (list === undefined) continue;
    for (const order of list) {
      const parser = parsers[order]!;
      parser.pattern.lastIndex = at;
      const m = parser.pattern.exec(text);
      if (m === null) continue;
      const r = parser.extract(m, ctx);
      if (r === null) continue;
      for (const atom of Array.isArray(r) ? r : [r]) found.push({ atom, order });
    }
  }
  return found.sort((a, b) => a.atom.start - b.atom.start || b.atom.end - a.atom.end);
}

/** Of overlapping candidates the longest wins (ties: the earlier parser). Works cluster by cluster, so it stays linear. */
function nonOverlapping(found: Ranked[]): Atom[] {
  const out: Atom[] = [];
  let i = 0;
  while (i < found.length) {
    let j = i + 1;
    let clusterEnd = found[i]!.atom.end;
    while (j < found.length && found[j]!.atom.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, found[j]!.atom.end);
      j++;
    }
    if (j === i + 1) out.push(found[i]!.atom);
    else {
      const cluster = found.slice(i, j).sort((a, b) => b.atom.end - b.atom.start - (a.atom.end - a.atom.start) || a.order - b.order);
      const kept: Atom[] = [];
      for (const { atom } of cluster) if (kept.every((k) => atom.end <= k.start || atom.start >= k.end)) kept.push(atom);
      out.push(...kept.sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return out;
}

/** Sentence ends: a line break, "!" or "?", or a full stop before white space and a capital (or the end). */
const SENTENCE_BREAK = /[\n!?]|\.(?=$|[ \n]+(?:[\p{Lu}"'‘“(]|$))/gu;
const CUE_REACH = 300;

/**
 * Does the sentence around a mention speak of the future? Sentence ends and cue words
 * are each found in one pass over the text, the first time a mention asks; each
 * question is then two binary searches.
 */
class FutureCues {
  private breaks: number[] | null = null;
  private cues: number[] | null = null;
  constructor(private readonly ctx: ParseContext) {}

  /** Start positions of the matches of a global regex. */
  private positions(re: RegExp): number[] {
    const out: number[] = [];
    re.lastIndex = this.ctx.from;
    for (let m = re.exec(this.ctx.text); m !== null; m = re.exec(this.ctx.text)) out.push(m.index);
    return out;
  }

  around(start: number, end: number): boolean {
    this.breaks ??= this.positions(SENTENCE_BREAK);
    this.cues ??= this.positions(this.ctx.lex.futureCue);
    const b = this.breaks;
    const i = upperBound(b, start - 1); // breaks before the mention: b[0..i)
    const s = Math.max(i > 0 ? b[i - 1]! + 1 : this.ctx.from, start - CUE_REACH);
    const j = lowerBound(b, end);
    const e = Math.min(j < b.length ? b[j]! : this.ctx.text.length, end + CUE_REACH);
    const k = lowerBound(this.cues, s);
    return k < this.cues.length && this.cues[k]! < e;
  }
}

/** First index whose value is ≥ x. */
function lowerBound(a: number[], x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const upperBound = (a: number[], x: number) => lowerBound(a, x + 1);

/** Year-less dates and bare weekdays point back from P unless their sentence speaks of the future. */
function setDirection(a: Atom, ctx: ParseContext, cues: FutureCues): void {
  const p = a.parts;
  if (a.kind !== "date" || p === undefined || p.dir !== undefined || p.year !== undefined || p.rel !== undefined) return;
  if (p.month === undefined && p.easter === undefined && p.weekday === undefined && p.isoWeek === undefined) return;
  if (precededBy(ctx.lex.before.pastPrefix, ctx.text, a.start, ctx.from)) return;
  if (precededBy(ctx.lex.before.untilPrefix, ctx.text, a.start, ctx.from)) p.dir = "nearest";
  else if (cues.around(a.start, a.end)) p.dir = "future";
}

function warning(text: string, r: Resolved, P: PartialDate | null): Notice | null {
  switch (r.problem) {
    case "unknown": return { key: "dates.unknown", params: { text } };
    case "noMonth": return { key: "dates.noMonth", params: { text, published: toIso(P!) } };
    case "noDay": return { key: "dates.noDay", params: { text, published: toIso(P!) } };
    case "invalid": return { key: "dates.invalid", params: { text } };
    default: return null;
  }
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const US_WRITTEN = new RegExp(`\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?, \\d{4}`, "g");
const UK_WRITTEN = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}`, "g");

/**
 * Day/month order of an English text: British (day first, the default) unless
 * the text writes its full dates the American way more often ("June 10, 2021").
 */
function writesMonthFirst(text: string, from: number): boolean {
  const body = from ? text.slice(from) : text;
  return (body.match(US_WRITTEN)?.length ?? 0) > (body.match(UK_WRITTEN)?.length ?? 0);
}

export interface EngineResult { mentions: DateMention[]; warnings: Notice[] }

export function run(text: string, from: number, P: PartialDate | null, lang: Lang): EngineResult {
  const ctx: ParseContext = { text, from, lex: lexicon(lang), monthFirst: lang === "en" && writesMonthFirst(text, from) };
  const joined = joinNeighbours(nonOverlapping(candidates(ctx, lang)), ctx);
  const cues = new FutureCues(ctx);
  for (const a of joined) setDirection(a, ctx, cues);
  const atoms = relateNeighbours(joined, ctx);
  const mentions: DateMention[] = [];
  // One notice per distinct sentence of it: the same unresolved word twice is said once.
  const warnings = new Map<string, Notice>();
  for (const a of atoms) {
    const t = text.slice(a.start, a.end);
    let value: string | null = a.value ?? null;
    if (a.parts !== undefined) {
      const r = resolveParts(a.parts, P);
      let w = warning(t, r, P);
      value = r.value;
      if (a.kind === "interval") {
        const r2 = a.to === undefined ? { value: null } : resolveParts(a.to, P);
        w ??= warning(t, r2, P);
        value = r.value !== null && r2.value !== null ? `${r.value}/${r2.value}` : null;
      }
      if (w !== null && (a.kind === "date" || isRelative(a.parts))) warnings.set(JSON.stringify(w), w);
    }
    const mention: DateMention = { text: t, start: a.start, end: a.end, value, kind: a.kind, rule: a.rule };
    if (a.mod !== undefined) mention.mod = a.mod;
    mentions.push(mention);
  }
  return { mentions, warnings: [...warnings.values()] };
}
