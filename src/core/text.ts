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
// Control characters (a stray NUL from a broken export, a form feed) read as spaces.
for (let c = 0; c < 0x20; c++) if (c !== 9 && c !== 10 && c !== 13) SAME_LENGTH[String.fromCharCode(c)] = " ";
SAME_LENGTH["\u007F"] = " ";
const SAME_LENGTH_RE = new RegExp(`[${Object.keys(SAME_LENGTH).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`, "g");

/**
 * The text with quotes, dashes inside words and odd spaces unified; same length as the input.
 * CRLF is one line end (" \n"), not two, which would make a paragraph break of every line.
 */
export function normalizeSameLength(text: string): string {
  return text.replace(/\r(?=\n)/g, " ").replace(SAME_LENGTH_RE, (c) => SAME_LENGTH[c] ?? c);
}

// Characters that are invisible inside a word: soft hyphen, zero-width space and joiners, word
// joiner, a byte-order mark mid-text. A word keeps its offsets but is read without them
// ("aange\u00ADhouden" is "aangehouden").
const INVISIBLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Typographic ligatures, which PDF copies are full of, read as their letters.
const LIGATURES: Record<string, string> = { "\uFB00": "ff", "\uFB01": "fi", "\uFB02": "fl", "\uFB03": "ffi", "\uFB04": "ffl", "\uFB05": "st", "\uFB06": "st" };
const LIGATURE_RE = /[\uFB00-\uFB06]/g;

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
// As a regular expression (the definition; test/text.test.ts holds tokenize() to it):
//   /'s-[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|[\p{L}\p{M}\p{N}]+(?:[-'.,/][\p{L}\p{M}\p{N}]+)*|[€$£]|\S/gu
// tokenize() below is that scan written out over char codes: the regex, a substring and a
// toLowerCase per token were a tenth of all the work of extract().

const LETTER = 1; // \p{L}
const MARK = 2; // \p{M}
const DIGIT = 4; // \p{N}
const SPACE = 8; // \s
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const NUMBER_RE = /\p{N}/u;
const SPACE_RE = /\s/u;
// Classes of the code points seen so far (0 = not yet looked up); ASCII is filled in at once.
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();
const NONE = 16; // looked up: none of the classes

function lookUp(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const c = (LETTER_RE.test(ch) ? LETTER : 0) | (MARK_RE.test(ch) ? MARK : 0) | (NUMBER_RE.test(ch) ? DIGIT : 0) | (SPACE_RE.test(ch) ? SPACE : 0);
  return c || NONE;
}
for (let c = 0; c < 0x80; c++) BMP[c] = lookUp(c);

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const c = BMP[cp]!;
    return c !== 0 ? c : (BMP[cp] = lookUp(cp));
  }
  let c = ASTRAL.get(cp);
  if (c === undefined) ASTRAL.set(cp, (c = lookUp(cp)));
  return c;
}

/** The code point at i (a surrogate pair read as one, as the /u flag reads it). */
function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** End of the run of code points of the given classes starting at i. */
function runEnd(text: string, i: number, end: number, classes: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    // ASCII needs no code point assembly and is always in the table.
    if (c < 0x80) {
      if ((BMP[c]! & classes) === 0) break;
      i++;
      continue;
    }
    const cp = codePointAt(text, i, end);
    if ((classOf(cp) & classes) === 0) break;
    i += width(cp);
  }
  return i;
}

const WORD = LETTER | MARK | DIGIT;
const INVISIBLE_CLASS = 32;
for (const cp of INVISIBLE) BMP[cp] = INVISIBLE_CLASS;
// Inside a word run only: an invisible character never starts a word.
const IN_WORD = WORD | INVISIBLE_CLASS;
const isJoiner = (c: number): boolean => c === 45 || c === 39 || c === 46 || c === 44 || c === 47; // - ' . , /

/** Tokens of text[start..end]. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const special = hasSpecialChars(text);
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    let j: number;
    // 's-Hertogenbosch
    if (c === 39 && i + 3 < end && text.charCodeAt(i + 1) === 115 && text.charCodeAt(i + 2) === 45 && (classOf(codePointAt(text, i + 3, end)) & (LETTER | MARK)) !== 0) {
      j = runEnd(text, i + 3, end, LETTER | MARK);
      while (j + 1 < end && text.charCodeAt(j) === 45 && (classOf(codePointAt(text, j + 1, end)) & (LETTER | MARK)) !== 0) j = runEnd(text, j + 1, end, LETTER | MARK);
    } else {
      const cp = codePointAt(text, i, end);
      const cls = classOf(cp);
      if (cls & WORD) {
        j = runEnd(text, i + width(cp), end, IN_WORD);
        while (j + 1 < end && isJoiner(text.charCodeAt(j)) && (classOf(codePointAt(text, j + 1, end)) & WORD) !== 0) j = runEnd(text, j + 1, end, IN_WORD);
        // Trailing invisibles belong to no word.
        while (j > i && INVISIBLE.has(text.charCodeAt(j - 1))) j--;
      } else if (cls & (SPACE | INVISIBLE_CLASS)) {
        i += width(cp);
        continue;
      } else j = i + width(cp); // € $ £ and any other non-space: one code point
    }
    let t = text.slice(i, j);
    // Rare: read the word without its invisibles, ligatures as letters.
    if (special && SPECIAL_RE.test(t)) t = t.replace(INVISIBLE_RE, "").replace(LIGATURE_RE, (l) => LIGATURES[l] ?? l);
    const kind: TokenKind = c >= 48 && c <= 57 ? "number" : hasLetter(text, i, j) ? "word" : "punct";
    out.push({ text: t, lower: t.toLowerCase(), start: i, end: j, kind });
    i = j;
  }
  return out;
}

// Whether a text holds any invisible or ligature at all: asked once per text, not per word.
const SPECIAL_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF\uFB00-\uFB06]/;
let specialText: string | null = null;
let specialAnswer = false;
function hasSpecialChars(text: string): boolean {
  if (text !== specialText) {
    specialText = text;
    specialAnswer = SPECIAL_RE.test(text);
  }
  return specialAnswer;
}

function hasLetter(text: string, i: number, j: number): boolean {
  while (i < j) {
    const cp = codePointAt(text, i, j);
    if (classOf(cp) & LETTER) return true;
    i += width(cp);
  }
  return false;
}

export function isCapitalized(word: string): boolean {
  // ASCII, the common case, without the two case-mapped strings.
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
