// Recurring times: "elke dinsdag", "iedere week", "per dag", "per jaar",
// "dagelijks", "'s nachts", "zaterdagen"; English "every Tuesday", "per day",
// "daily", "Saturdays". Kind "set", value null.
import type { Lexicon } from "../lexicon.js";
import { E } from "../patterns.js";
import type { DateParser } from "../types.js";

export function setParser(lex: Lexicon): DateParser {
  const r = lex.re;
  const pattern = new RegExp(
    `(?<![A-Za-z\\u00C0-\\u024F0-9'’])(?:(?<pre>${r.setPrefix})\\s+(?:(?:${r.number}|\\d{1,3})\\s+)?(?:${r.unit}|${r.weekday}|${r.partOfDay}|${r.durationUnit})` +
      `|${r.setWord}|${r.weekdayPlural})${E}`,
    "y",
  );
  return {
    name: `${lex.lang}.set`,
    starts: { words: [...lex.data.setPrefixes, ...lex.data.setWords, ...lex.data.weekdayPlurals] },
    pattern,
    extract(m) {
      return { start: m.index, end: m.index + m[0].length, kind: "set", rule: `${lex.lang}.set`, value: null };
    },
  };
}
