// Small helpers to build the date regexes from word lists, and to read the words
// before a position. Every alternation is a trie of literal words, so matching
// stays linear: no nested quantifiers over overlapping classes anywhere.

/** Letters (Latin, with diacritics) and digits: what may not touch a word on either side. */
export const WORD_CHAR = "A-Za-z\\u00C0-\\u024F0-9";
/** Zero-width: no word character before / after this point. */
export const B = `(?<![${WORD_CHAR}])`;
/**
 * The same test as B for regexes that scan a whole text and whose words start with an
 * ASCII letter: V8 runs "\\b" far faster than a look-behind.
 */
export const SCAN_B = "\\b(?<![\\u00C0-\\u024F])";
export const E = `(?![${WORD_CHAR}])`;
/** No digit or number punctuation before / after (keeps "12.000", "0900-8844", "2,5" out). */
export const NUM_B = "(?<![\\d.,/\\-])";
export const NUM_E = "(?![\\d]|[.,/\\-]\\d)";
/** A four-digit year this project accepts as a calendar year. */
export const YEAR4 = "(?:19|20)\\d{2}";

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Lookup key of a matched phrase: lower case, single spaces, straight apostrophes. */
export function key(s: string): string {
  const lower = s.toLowerCase();
  return NEEDS_NORMALISING.test(lower) ? lower.replace(/\s+/g, " ").replace(/[’‘`]/g, "'") : lower;
}
const NEEDS_NORMALISING = /[\s’‘`]/;

const capFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const titleCase = (w: string) => w.split(" ").map(capFirst).join(" ");

export type CaseVariants = "lower" | "initial" | "upper";

/**
 * A non-capturing alternation of the words, each in lower case plus (with "initial")
 * its sentence-initial and title-case forms, plus (with "upper") all capitals. Spaces
 * in a word match any white space; apostrophes match ' and ’. Emitted as a trie
 * (shared prefixes factored out, longer continuations tried first), so a failing
 * position costs one test per distinct first character, not one per word.
 */
export function alternation(words: Iterable<string>, cases: CaseVariants = "initial"): string {
  const variants = new Set<string>();
  for (const w of words) {
    variants.add(w);
    if (cases !== "lower") {
      variants.add(capFirst(w));
      variants.add(titleCase(w));
    }
    if (cases === "upper") variants.add(w.toUpperCase());
  }
  if (variants.size === 0) return "(?!)";
  const root: TrieNode = { end: false, next: new Map() };
  for (const v of variants) {
    let node = root;
    // One trie step per character (code point); this runs at every start-up, so no split/spread.
    for (const unit of v) {
      let child = node.next.get(unit);
      if (child === undefined) node.next.set(unit, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return `(?:${emit(root)})`;
}

const SPECIAL = new Set([..."\\^$.*+?()[]{}|"]);

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function atomOf(unit: string): string {
  if (unit === " ") return "\\s+";
  if (unit === "'" || unit === "’") return "['’]";
  return SPECIAL.has(unit) ? `\\${unit}` : unit;
}

function emit(node: TrieNode): string {
  const branches = [...node.next.entries()].map(([unit, child]) => atomOf(unit) + emit(child));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  if (!node.end) return body;
  return branches.length === 1 ? `(?:${body})?` : `${body}?`;
}

/** True when the word starts with a capital letter. */
export function isCapitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when every letter of the word is a capital (and it has at least two). */
export function isAllCaps(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

const OPENERS = new Set(["\"", "'", "‘", "’", "“", "”", "„", "(", "[", "«", "*", " ", "\t", "\u00A0"]);
const ENDERS = new Set([".", "!", "?", ":", ";", "\n", "\r", "•", "|", "–", "—", "-"]);

/** True when pos starts a sentence, a line, a heading or a quote (or the scanned region). */
export function isSentenceStart(text: string, pos: number, from: number): boolean {
  let i = pos - 1;
  while (i >= from && OPENERS.has(text[i]!)) i--;
  return i < from || ENDERS.has(text[i]!);
}

const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 39 || c === 0x2019 || c === 47;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** The words right before pos (nearest first), each as [start, end]; "," and "." count as part of a word only between digits ("1,5"). */
export function wordsBefore(text: string, pos: number, from: number, max: number): [number, number][] {
  const out: [number, number][] = [];
  let i = pos;
  while (out.length < max) {
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > from) {
      const c = text.charCodeAt(i - 1);
      if (isWordChar(c)) i--;
      else if ((c === 44 || c === 46) && i - 1 > from && isDigit(text.charCodeAt(i - 2)) && i < end && isDigit(text.charCodeAt(i))) i--;
      else break;
    }
    if (i === end) break;
    out.push([i, end]);
    if (i > from && !isSpace(text.charCodeAt(i - 1))) break; // "(in 2020": a word glued to punctuation ends the phrase
  }
  return out;
}

/**
 * A set of short phrases ("in", "tot en met", "aan het") that can be looked up right
 * before a position, reading words backwards: linear in the phrase, no regex scan.
 */
export class PhraseSet {
  private readonly set = new Set<string>();
  /** The last word of each phrase: a position whose word before is none of them has no phrase before it. */
  private readonly lastWords = new Set<string>();
  private readonly maxWords: number;

  constructor(phrases: Iterable<string>) {
    let max = 0;
    for (const p of phrases) {
      const k = key(p).trim();
      if (k === "") continue;
      this.set.add(k);
      const words = k.split(" ");
      this.lastWords.add(words[words.length - 1]!);
      max = Math.max(max, words.length);
    }
    this.maxWords = max;
  }

  has(phrase: string): boolean {
    return this.set.has(key(phrase));
  }

  /** The longest phrase of the set that ends right before pos (white space between allowed), or null. */
  before(text: string, pos: number, from: number): { start: number; phrase: string } | null {
    if (this.maxWords === 0) return null;
    // Asked before most dates and numbers: the nearest word alone usually settles it.
    const nearest = wordsBefore(text, pos, from, 1)[0];
    if (nearest === undefined || !this.lastWords.has(key(text.slice(nearest[0], nearest[1])))) return null;
    const words = wordsBefore(text, pos, from, this.maxWords);
    for (let n = words.length; n > 0; n--) {
      const start = words[n - 1]![0];
      const phrase = key(text.slice(start, words[0]![1]));
      if (this.set.has(phrase)) return { start, phrase };
    }
    return null;
  }
}
