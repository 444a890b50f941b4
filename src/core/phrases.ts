// Multi-word dictionary look-up over tokens: a word list becomes a table keyed by
// its first word, each bucket sorted longest first, so "in beslag genomen" wins
// over "in beslag" and look-up costs one Map access per token.
import type { Token } from "./text.js";

export interface PhraseTable<V> {
  byFirst: Map<string, { words: string[]; value: V }[]>;
}

export function phraseTable<V>(entries: Iterable<readonly [string, V]>): PhraseTable<V> {
  const byFirst = new Map<string, { words: string[]; value: V }[]>();
  for (const [phrase, value] of entries) {
    const words = splitPhrase(phrase);
    if (!words.length) continue;
    const bucket = byFirst.get(words[0]!) ?? [];
    bucket.push({ words, value });
    byFirst.set(words[0]!, bucket);
  }
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** A word list as a table whose value is the phrase itself. */
export function phraseSet(phrases: Iterable<string>): PhraseTable<string> {
  return phraseTable([...phrases].map((p) => [p, p] as [string, string]));
}

const PLAIN_WORD = /^[a-zà-ÿ]+$/i;

/** Splits a dictionary phrase the way tokenize() splits text ("ca." → ["ca", "."]). */
export function splitPhrase(phrase: string): string[] {
  // Most entries are one plain word: skip the tokenising regex for them.
  if (PLAIN_WORD.test(phrase)) return [phrase.toLowerCase()];
  return phrase.toLowerCase().match(/'s-[\p{L}\p{M}]+|[\p{L}\p{M}\p{N}]+(?:[-'.,/][\p{L}\p{M}\p{N}]+)*|[€$£]|\S/gu) ?? [];
}

export interface PhraseMatch<V> {
  value: V;
  /** Index of the first token. */
  start: number;
  /** Index after the last token. */
  end: number;
}

/** The longest phrase of the table starting at token i, or null. */
export function matchAt<V>(tokens: readonly Token[], i: number, table: PhraseTable<V>): PhraseMatch<V> | null {
  const first = tokens[i];
  if (!first) return null;
  const bucket = table.byFirst.get(first.lower);
  if (!bucket) return null;
  outer: for (const { words, value } of bucket) {
    if (i + words.length > tokens.length) continue;
    for (let k = 1; k < words.length; k++) if (tokens[i + k]!.lower !== words[k]) continue outer;
    return { value, start: i, end: i + words.length };
  }
  return null;
}

/** Every match in tokens[from..to), left to right, non-overlapping. */
export function findAll<V>(tokens: readonly Token[], table: PhraseTable<V>, from = 0, to = tokens.length): PhraseMatch<V>[] {
  return findAllFlagged(tokens, table, null, 0, from, to);
}

/**
 * findAll, trying only the tokens whose flag has `bit` — set exactly where some phrase
 * of the table starts with the token's word (see SentenceAnalysis.flags): same matches,
 * without a look-up at every other token.
 */
export function findAllFlagged<V>(tokens: readonly Token[], table: PhraseTable<V>, flags: ArrayLike<number> | null, bit: number, from = 0, to = tokens.length): PhraseMatch<V>[] {
  const out: PhraseMatch<V>[] = [];
  for (let i = from; i < to; ) {
    if (flags && (flags[i]! & bit) === 0) {
      i++;
      continue;
    }
    const m = matchAt(tokens, i, table);
    if (m && m.end <= to) {
      out.push(m);
      i = m.end;
    } else i++;
  }
  return out;
}
