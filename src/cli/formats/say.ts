// Counts as a person would say them, in the interface language: the human
// formats (table, annotate, explain) show a fact's count this way; JSON and CSV
// keep the numbers. Every word comes from the message catalogue (format.*).
//
//   exact     30 · 2.000 / 2,000 · 80 miljoen / 80 million · 0,35 kg / 0.35 kg
//             € 12.500 / €12,500 · € 3,1 miljoen / €3.1 million · 5.000 pillen / 5,000 pills
//   about     ca. 12.500 / about 12,500        over     ruim 2.000 / over 2,000
//   atLeast   minstens 5 / at least 5          under    bijna 100 / nearly 100
//   atMost    hooguit 50 / at most 50          range    300–400 · 300–400 kg · € 300–400
//   vague     a plural of a power of ten, with its range:
//             tientallen (20–99) / dozens (20–99)
//             duizenden (2.000–9.999 kg) / thousands (2,000–9,999 kg) · miljoenen (€ 2–10 mln.)
//             honderden miljoenen (200 mln.–1 mld.) / hundreds of millions (200m–1bn)
//             anything else vague: enkele (2+) / several (2+)
// A count the fields cannot say (a value missing where its modifier needs one)
// is shown as written (`count.text`).
import { message, type MessageKey, type Ui } from "../../core/messages.js";
import type { Count } from "../../core/schema.js";
import en from "../../lang/en/messages.json" with { type: "json" };

/** Whether a string names a message of the catalogues (for open sets such as drug substances). */
export function isMessageKey(key: string): key is MessageKey {
  return !key.startsWith("_") && Object.hasOwn(en, key);
}

/** A message when the catalogue has one for this key, else `fallback`. */
export function messageOr(ui: Ui, key: string, fallback: string, params?: Record<string, string>): string {
  return isMessageKey(key) ? message(ui, key, params) : fallback;
}

/** A number with the ui language's digit grouping and decimal sign, at most 3 decimals: 2.000 / 2,000; 0,35 / 0.35. */
export function formatNumber(n: number, ui: Ui): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? "-" : "";
  const [int, frac = ""] = Math.abs(n).toFixed(3).split(".") as [string, string?];
  let cut = frac.length;
  while (cut > 0 && frac.charCodeAt(cut - 1) === 48) cut--; // trailing zeros, without a regex that re-scans runs of them
  const decimals = frac.slice(0, cut);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, message(ui, "format.number.group"));
  return sign + grouped + (decimals ? message(ui, "format.number.decimal") + decimals : "");
}

const SCALES = [
  { size: 1e9, long: "format.number.billion", short: "format.number.billionShort" },
  { size: 1e6, long: "format.number.million", short: "format.number.millionShort" },
] as const;

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A number as said: millions and billions in words when that is exact to two
 * decimals ("80 miljoen", "3,1 million"), else grouped digits.
 */
export function sayNumber(n: number, ui: Ui): string {
  for (const s of SCALES) {
    const q = Math.abs(n) / s.size;
    if (q >= 1 && Math.abs(round2(q) - q) < 1e-9) return message(ui, s.long, { n: formatNumber(Math.sign(n) * round2(q), ui) });
  }
  return formatNumber(n, ui);
}

/** The scale a compact number is shown in, and its scaled value (rounded to 2 decimals; 999.999.999 is 1 mld.). */
function compactParts(n: number): { scale: (typeof SCALES)[number] | null; q: number } {
  for (let i = 0; i < SCALES.length; i++) {
    const s = SCALES[i]!;
    const q = round2(Math.abs(n) / s.size);
    if (q >= 1) {
      // 999,999,999 rounds to 1000 mln: say it as 1 mld.
      if (q >= 1000 && i > 0) return { scale: SCALES[i - 1]!, q: round2(Math.abs(n) / SCALES[i - 1]!.size) };
      return { scale: s, q };
    }
  }
  return { scale: null, q: Math.abs(n) };
}

/** A range of numbers, compact from a million on: 20–99, 2.000–9.999, 2–10 mln., 200 mln.–1 mld. */
export function sayRange(min: number, max: number, ui: Ui): string {
  const a = compactParts(min);
  const b = compactParts(max);
  if (!a.scale && !b.scale) return `${formatNumber(min, ui)}–${formatNumber(max, ui)}`;
  if (a.scale === b.scale) return message(ui, a.scale!.short, { n: `${formatNumber(a.q, ui)}–${formatNumber(b.q, ui)}` });
  const one = (p: ReturnType<typeof compactParts>) => (p.scale ? message(ui, p.scale.short, { n: formatNumber(p.q, ui) }) : formatNumber(p.q, ui));
  return `${one(a)}–${one(b)}`;
}

/** Numbers said with their unit: "8.000 kg", "€ 12.500" / "€12,500", "5 pillen", "12.500 CHF". */
export function withUnit(said: string, unit: string | null, ui: Ui, one = false): string {
  if (unit === null) return said;
  if (one && isMessageKey(`format.unit.${unit}.one`)) return messageOr(ui, `format.unit.${unit}.one`, said, { n: said });
  return messageOr(ui, `format.unit.${unit}`, message(ui, "format.unit.other", { n: said, unit }), { n: said });
}

/** The plural words of the vague powers of ten (FACTS.md §4: U → min 2·U, max 10·U − 1). */
const PLURALS: ReadonlyMap<number, MessageKey> = new Map([
  [1e1, "format.count.tens"],
  [1e2, "format.count.hundreds"],
  [1e3, "format.count.thousands"],
  [1e4, "format.count.tensOfThousands"],
  [1e5, "format.count.hundredsOfThousands"],
  [1e6, "format.count.millions"],
  [1e7, "format.count.tensOfMillions"],
  [1e8, "format.count.hundredsOfMillions"],
  [1e9, "format.count.billions"],
  [1e10, "format.count.tensOfBillions"],
  [1e11, "format.count.hundredsOfBillions"],
]);

const MODIFIER_KEYS = {
  about: "format.count.about",
  over: "format.count.over",
  atLeast: "format.count.atLeast",
  under: "format.count.under",
  atMost: "format.count.atMost",
} as const satisfies Partial<Record<Count["modifier"], MessageKey>>;

/** A count as a person would say it, in the ui language (see the table at the top of this file). */
export function sayCount(count: Count, ui: Ui): string {
  const { value, min, max, unit } = count;
  switch (count.modifier) {
    case "exact":
      return value === null ? count.text : withUnit(sayNumber(value, ui), unit, ui, value === 1);
    case "about":
    case "over":
    case "atLeast":
    case "under":
    case "atMost": {
      // over/atLeast keep the number in min, under/atMost in max: use whichever is there.
      const n = value ?? (count.modifier === "over" || count.modifier === "atLeast" ? min : count.modifier === "about" ? null : max);
      if (n === null) return count.text;
      return message(ui, MODIFIER_KEYS[count.modifier], { n: withUnit(sayNumber(n, ui), unit, ui, n === 1) });
    }
    case "range":
      return min === null || max === null ? count.text : withUnit(sayRange(min, max, ui), unit, ui);
    case "vague":
      return sayVague(count, ui);
  }
}

function sayVague(count: Count, ui: Ui): string {
  const { min, max, unit } = count;
  if (min === null) return count.text;
  const plural = max !== null && min % 2 === 0 ? PLURALS.get(min / 2) : undefined;
  const isPlural = plural !== undefined && max === (min / 2) * 10 - 1;
  const words = message(ui, isPlural ? plural : "format.count.several");
  const range = max === null ? withUnit(`${formatNumber(min, ui)}+`, unit, ui) : withUnit(sayRange(min, max, ui), unit, ui);
  return message(ui, "format.count.vague", { words, range });
}
