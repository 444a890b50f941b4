// Text preparation that never moves an offset: every normalisation here maps
// one UTF-16 code unit to exactly one, so an offset into the normalised text is
// an offset into the original input (FACTS.md §1).

const SAME_LENGTH: Record<string, string> = {
  "\u2018": "'", // ‘
  "\u2019": "'", // ’
  "\u201A": "'", // ‚
  "\u201B": "'", // ‛
  "\u2032": "'", // ′
  "\u00B4": "'", // ´
  "`": "'",
  "\u201C": '"', // “
  "\u201D": '"', // ”
  "\u201E": '"', // „
  "\u00AB": '"', // «
  "\u00BB": '"', // »
  "\u00A0": " ", // no-break space
  "\u2007": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u202F": " ", // narrow no-break space (French-style thousands)
  "\u2002": " ",
  "\u2003": " ",
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2212": "-", // minus
  "\r": "\n",
};
const SAME_LENGTH_RE = new RegExp(`[${Object.keys(SAME_LENGTH).join("")}]`, "g");

/** The text with quotes, dashes inside words and odd spaces unified; same length as the input. */
export function normalizeSameLength(text: string): string {
  return text.replace(SAME_LENGTH_RE, (c) => SAME_LENGTH[c] ?? c);
}

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** As written (normalised quotes). */
  text: string;
  /** Lower case, for dictionary look-up. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// A token is a run of letters/digits that may be joined by one of - ' . , / when
// a letter or digit follows: "11.000", "1,5", "kilo's", "zo'n", "24-jarige",
// "12/10/2020", "xtc-pillen". A leading "'s-" (as in 's-Hertogenbosch) belongs to the word.
const TOKEN_RE = /'s-[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|[\p{L}\p{M}\p{N}]+(?:[-'.,/][\p{L}\p{M}\p{N}]+)*|[€$£]|\S/gu;
const DIGIT_RE = /^\d/;
const LETTER_RE = /\p{L}/u;

/** Tokens of text[start..end]. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const t = m[0];
    const s = start + m.index;
    const kind: TokenKind = DIGIT_RE.test(t) ? "number" : LETTER_RE.test(t) ? "word" : "punct";
    out.push({ text: t, lower: t.toLowerCase(), start: s, end: s + t.length, kind });
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
