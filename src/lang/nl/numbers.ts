// Dutch numerals: digits with Dutch grouping ("11.000", "1,5") and number words
// of any size, compounds included ("drieëntwintig", "tweehonderdvijftig",
// "vijftienhonderd", "drieduizendvijfhonderdtwaalf").
import { dict } from "../../core/dict.js";
import data from "./numbers.json" with { type: "json" };

const UNITS: Record<string, number> = dict(data.units);
const TENS: Record<string, number> = dict(data.tens);
const FRACTIONS: Record<string, number> = dict(data.fractions);
export const SCALES: Record<string, number> = dict(data.scales);
export const VAGUE_PLURALS: Record<string, number> = dict(data.vaguePlurals);
export const APPROXIMATE_GROUPS: Record<string, number> = dict(
  Object.fromEntries(Object.entries(data.approximateGroups).filter(([k]) => !k.startsWith("_"))) as Record<string, number>,
);

// Below 100: a unit, a ten, or unit + "en"/"ën" + ten (eenentwintig, tweeëntwintig).
function below100(w: string): number | null {
  if (w in UNITS) return UNITS[w]!;
  if (w in TENS) return TENS[w]!;
  for (const [t, tv] of Object.entries(TENS)) {
    if (!w.endsWith(t)) continue;
    const head = w.slice(0, -t.length);
    const m = /^(.+?)(?:ën|en)$/.exec(head);
    if (!m) continue;
    const u = UNITS[m[1]!];
    if (u !== undefined && u >= 1 && u <= 9) return u + tv;
  }
  return null;
}

// Below a million: [n]duizend[rest], [n]honderd[rest] (n may be 10–99 before honderd: vijftienhonderd).
function belowMillion(w: string): number | null {
  if (w === "") return null;
  const d = w.indexOf("duizend");
  if (d >= 0) {
    const head = w.slice(0, d);
    const tail = w.slice(d + "duizend".length);
    const mult = head === "" ? 1 : belowThousand(head);
    if (mult === null || mult === 0) return null;
    if (tail === "") return mult * 1000;
    const rest = belowThousand(tail.replace(/^en/, ""));
    return rest === null ? null : mult * 1000 + rest;
  }
  return belowThousand(w);
}

function belowThousand(w: string): number | null {
  const h = w.indexOf("honderd");
  if (h < 0) return below100(w);
  const head = w.slice(0, h);
  const tail = w.slice(h + "honderd".length);
  const mult = head === "" ? 1 : below100(head);
  if (mult === null || mult === 0) return null;
  if (tail === "") return mult * 100;
  const rest = below100(tail.replace(/^en(?=\p{L}{3})/u, ""));
  return rest === null ? null : mult * 100 + rest;
}

// Every number word is a chain of these parts: a cheap test that rejects the
// ordinary words of a text before the compound parser runs.
const MORPHEMES = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(data.multipliers), "en", "ën"].sort((a, b) => b.length - a.length);

/**
 * Whether w is a chain of MORPHEMES: the positions a chain can reach, marked from left
 * to right. (The regex ^(?:parts)+$ says the same, but the parts overlap — "zeventien"
 * is "zeven" + "tien" — and on a long word that fails at its end it backtracked
 * exponentially: "twe" + "evijftientwe" × 27 + "j" never finished.)
 */
function isMorphemeChain(w: string): boolean {
  if (w.length === 0) return false;
  const reached = new Uint8Array(w.length + 1);
  reached[0] = 1;
  for (let i = 0; i < w.length; i++) {
    if (reached[i] === 0) continue;
    for (const m of MORPHEMES) if (w.startsWith(m, i)) reached[i + m.length] = 1;
  }
  return reached[w.length] === 1;
}

// Words repeat: remember the last few thousand answers (bounded, so an archive cannot grow it).
const memo = new Map<string, number | null>();
const MEMO_MAX = 8192;

/** The value of one Dutch number word (lower case), or null. "anderhalf" → 1.5. */
export function parseNumberWord(word: string): number | null {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const value = parseUncached(word.toLowerCase());
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(word, value);
  return value;
}

function parseUncached(w: string): number | null {
  // A scale word alone ("miljoen") is no number: it needs one before it ("een miljoen").
  if (!isMorphemeChain(w)) return w in FRACTIONS ? FRACTIONS[w]! : null;
  if (w in FRACTIONS) return FRACTIONS[w]!;
  return belowMillion(w);
}

/**
 * The value of a digit token written the Dutch way: "." groups thousands, ","
 * marks decimals ("11.000" → 11000, "1,5" → 1.5, "2.300.000"). Null for tokens
 * that are not plain numbers (dates, phone numbers, codes).
 */
export function parseDigits(token: string): number | null {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(token)) return Number(token.replace(/\./g, "").replace(",", "."));
  if (/^\d+(?:,\d+)?$/.test(token)) return Number(token.replace(",", "."));
  // "1.5" with a dot and not three digits after it: a decimal written the English way.
  if (/^\d+\.\d{1,2}$/.test(token)) return Number(token);
  return null;
}
