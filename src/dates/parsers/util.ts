// Helpers shared by the parsers.
import type { Lexicon } from "../lexicon.js";
import { type PhraseSet, key, isCapitalised, isSentenceStart, wordsBefore } from "../patterns.js";
import type { Direction } from "../types.js";

/** Does a unit or a counted noun follow the number that ends at pos ("2000 euro", "2020 mensen")? */
export function blockedAfter(lex: Lexicon, text: string, pos: number): boolean {
  lex.blocker.lastIndex = pos;
  return lex.blocker.test(text);
}

/** Does one of the phrases of the set stand right before pos ("in", "sinds", "tot en met")? */
export function precededBy(set: PhraseSet, text: string, pos: number, from: number): boolean {
  return set.before(text, pos, from) !== null;
}

/** Where a phrase of the set that stands right before pos starts, or null. */
export function phraseStart(set: PhraseSet, text: string, pos: number, from: number): number | null {
  return set.before(text, pos, from)?.start ?? null;
}

/**
 * The count right before a unit word: digits ("24", "1,5") or a number word ("drie",
 * "anderhalf"), whose value is null when vague ("enkele"). Null when there is none.
 */
export function countBefore(lex: Lexicon, text: string, pos: number, from: number): { start: number; value: number | null } | null {
  const w = wordsBefore(text, pos, from, 1)[0];
  if (w !== undefined && DIGIT.test(text[w[0]]!)) {
    const s = text.slice(w[0], w[1]);
    const ok = lex.data.decimalSeparator === "," ? DECIMAL_COMMA : DECIMAL_POINT;
    const prev = w[0] > from ? text[w[0] - 1]! : " ";
    if (!ok.test(s) || NUMBER_PUNCTUATION.test(prev)) return null;
    return { start: w[0], value: Number(s.replace(",", ".")) };
  }
  const hit = lex.before.count.before(text, pos, from);
  if (hit === null) return null;
  return { start: hit.start, value: lex.number.get(hit.phrase) ?? null };
}

const DIGIT = /\d/;
const DECIMAL_COMMA = /^\d{1,4}(?:,\d+)?$/;
const DECIMAL_POINT = /^\d{1,4}(?:\.\d+)?$/;
const NUMBER_PUNCTUATION = /[\d.,/\-]/;

/**
 * A capitalised word right after another capitalised word reads as part of a name
 * ("Peter Vrijdag", "Jan Mei"), not as a date word, unless that word is a date
 * preposition or modifier ("Op Vrijdag", "Last Friday").
 */
export function looksLikeName(lex: Lexicon, text: string, start: number, from: number): boolean {
  const w = text.slice(start, start + 1);
  if (!isCapitalised(w) || isSentenceStart(text, start, from)) return false;
  const prev = wordsBefore(text, start, from, 1)[0];
  if (prev === undefined) return false;
  const word = text.slice(prev[0], prev[1]);
  return isCapitalised(word) && !lex.before.monthContext.has(word) && !lex.relMod.has(key(word));
}

/** The direction a modifier word gives a weekday or month ("vorige dinsdag", "next March"); "this"/"deze" gives none. */
export function directionOf(n: number): Direction | undefined {
  return n < 0 ? "pastStrict" : n > 0 ? "futureStrict" : undefined;
}

/** The direction of a suffix such as "jl." (past) or "a.s." (future). */
export function suffixDirection(lex: Lexicon, s: string | undefined): Direction | undefined {
  if (s === undefined) return undefined;
  const k = key(s);
  if (lex.pastSuffix.has(k)) return "past";
  if (lex.futureSuffix.has(k)) return "futureStrict";
  return undefined;
}

/** "'21" → 2021, "98" → 1998. */
export function expandYear(s: string): number {
  const digits = s.replace(/^['’]/, "");
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n <= 50 ? 2000 + n : 1900 + n;
}
