// English numerals: digits with English grouping ("11,000", "1.5") and number
// words ("thirty-one", "two hundred and fifty" — the grammar joins the words).
import { dict } from "../../core/dict.js";
import data from "./numbers.json" with { type: "json" };

const UNITS: Record<string, number> = dict(data.units);
const TENS: Record<string, number> = dict(data.tens);
const MULTIPLIERS: Record<string, number> = dict(data.multipliers);
const FRACTIONS: Record<string, number> = dict(data.fractions);
export const SCALES: Record<string, number> = dict(data.scales);
export const VAGUE_PLURALS: Record<string, number> = dict(data.vaguePlurals);
export const EXACT_GROUPS: Record<string, number> = dict(data.exactGroups);

/** The value of one English number word (lower case), or null: "thirty-one" → 31. */
export function parseNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  if (w in UNITS) return UNITS[w]!;
  if (w in TENS) return TENS[w]!;
  if (w in MULTIPLIERS) return MULTIPLIERS[w]!;
  if (w in FRACTIONS) return FRACTIONS[w]!;
  const dash = w.indexOf("-");
  if (dash > 0) {
    const t = TENS[w.slice(0, dash)];
    const u = UNITS[w.slice(dash + 1)];
    if (t !== undefined && u !== undefined && u >= 1 && u <= 9) return t + u;
  }
  return null;
}

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9 };

/**
 * The value of a digit token written the English way: "," groups thousands, "."
 * marks decimals ("11,000" → 11000, "1.5" → 1.5); "1.2m" and "3bn" carry their
 * scale. Null for dates, phone numbers and codes.
 */
export function parseDigits(token: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(k|m|mn|bn|b)?$/i.exec(token);
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, "") + (m[2] ? `.${m[2]}` : ""));
  return m[3] ? Math.round(n * SUFFIX[m[3].toLowerCase()]! * 1000) / 1000 : n;
}
