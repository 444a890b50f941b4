// Sentence and paragraph boundaries with offsets. Written here rather than taken
// from a library because every fact needs its sentence's exact span in the
// original input, which sentence splitters on npm do not return.

export interface Sentence {
  start: number;
  end: number;
  /** 0-based paragraph number; paragraphs are separated by blank lines (or headings). */
  paragraph: number;
  /** A short line without final punctuation standing alone (a heading). */
  heading: boolean;
}

// Candidate boundaries: sentence punctuation (with closing quotes/brackets), or a newline.
// A run of marks is tried from its first mark only: tried from each of its marks, a long
// run with no space after it ("!!!!…") cost time quadratic in its length.
const BOUNDARY_RE = /(?<![.!?…])[.!?…]+["')\]]*(?=\s)|\n/g;
// A blank line, or a new line that opens a list item ("- …", "• …").
const PARAGRAPH_BREAK = /\n[ \t]*(?:\n|[-•*–] )/;
const SPACE_RE = /\s/;
const CAPITAL_RE = /^\p{Lu}$/u;
const INITIALS_RE = /^(?:\p{L}\.)+\p{L}$/u;
const LETTER_OR_NUMBER_RE = /[\p{L}\p{N}]/u;
// Whether a BMP code unit is \p{L} or \p{N}: 0 not yet known, 1 yes, 2 no.
const LN = new Uint8Array(0x10000);

/**
 * Splits text[from..to] into sentences. `abbreviations` are lower-case, without
 * their final period ("o.a", "ca").
 */
export function splitSentences(text: string, from: number, to: number, abbreviations: ReadonlySet<string>): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = skipSpace(text, from, to);
  BOUNDARY_RE.lastIndex = start;
  const push = (end: number, heading: boolean) => {
    let e = end;
    while (e > start && SPACE_RE.test(text[e - 1]!)) e--;
    if (e > start) out.push({ start, end: e, paragraph, heading });
  };
  for (let m = BOUNDARY_RE.exec(text); m && m.index < to; m = BOUNDARY_RE.exec(text)) {
    const at = m.index;
    if (m[0] === "\n") {
      // A blank line, or a list item ("- Schiedam – …", "• …"), starts a new paragraph.
      const blank = PARAGRAPH_BREAK.test(text.slice(at, Math.min(to, at + 80)));
      const line = text.slice(lineStart(text, at), at).trim();
      // A single newline inside a paragraph is wrapping, unless the line before is a heading.
      // A line without closing punctuation standing alone is a heading (a headline may be long).
      const heading = line.length > 0 && (blank ? line.length < 160 && !/[.!?:;][‘’'")]*$/.test(line) : line.length < 70 && !/[.!?:;,"')]$/.test(line));
      if (blank || heading || at + 1 >= to) {
        push(at, heading);
        if (blank || heading) paragraph++;
        start = skipSpace(text, at + 1, to);
        BOUNDARY_RE.lastIndex = start;
      }
      continue;
    }
    const end = at + m[0].length;
    if (m[0].startsWith(".") && m[0].length === 1 && !endsSentence(text, at, end, to, abbreviations)) continue;
    push(end, false);
    start = skipSpace(text, end, to);
    // The white space after the sentence may also end its paragraph.
    if (PARAGRAPH_BREAK.test(text.slice(end, start + 2))) paragraph++;
    BOUNDARY_RE.lastIndex = start;
  }
  if (start < to) push(to, false);
  return out;
}

/** Whether the code point is a letter or a number (\p{L} or \p{N}). */
function letterOrNumber(cp: number): boolean {
  if (cp >= 0x10000) return LETTER_OR_NUMBER_RE.test(String.fromCodePoint(cp));
  let k = LN[cp]!;
  if (k === 0) LN[cp] = k = LETTER_OR_NUMBER_RE.test(String.fromCharCode(cp)) ? 1 : 2;
  return k === 1;
}

/**
 * The word before a period: the longest run of letters, numbers and periods that
 * ends at `dot`, within the 30 characters before it — what /([\p{L}\p{N}.]+)$/u finds
 * at the end of text.slice(dot - 30, dot), read backwards without the slice.
 */
function wordBefore(text: string, dot: number): string {
  const from = Math.max(0, dot - 30);
  let i = dot;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c === 46) {
      i--;
      continue;
    }
    // A low surrogate with its high one inside the window is one code point.
    if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
      const h = text.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (!letterOrNumber((h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000)) break;
        i -= 2;
        continue;
      }
    }
    if (!letterOrNumber(c)) break;
    i--;
  }
  return text.slice(i, dot);
}

function endsSentence(text: string, dot: number, after: number, to: number, abbreviations: ReadonlySet<string>): boolean {
  const before = wordBefore(text, dot);
  const next = skipSpace(text, after, to);
  const nextChar = text[next] ?? "";
  // Lower case after the period: an abbreviation or a number, not a new sentence.
  if (nextChar && nextChar === nextChar.toLowerCase() && nextChar !== nextChar.toUpperCase()) return false;
  if (!before) return true;
  const lower = before.toLowerCase();
  if (abbreviations.has(lower)) return false;
  // A single capital initial ("J. de Vries").
  if (CAPITAL_RE.test(before)) return false;
  // Dotted abbreviations of single letters ("o.a", "t.a.v") even when unlisted.
  if (INITIALS_RE.test(before)) return false;
  return true;
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && SPACE_RE.test(text[i]!)) i++;
  return i;
}

function lineStart(text: string, i: number): number {
  const nl = text.lastIndexOf("\n", i - 1);
  return nl < 0 ? 0 : nl + 1;
}
