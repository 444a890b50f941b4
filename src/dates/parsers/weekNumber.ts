// ISO week numbers: "week 12", "in week 45", "week 12 van 2021", "week 3 2022".
// Without a year, the latest such week on or before P (or the next one when the
// sentence speaks of the future).
import type { Lexicon } from "../lexicon.js";
import { B, E, NUM_E, YEAR4, alternation } from "../patterns.js";
import type { DateParser, DateParts } from "../types.js";

export function weekNumberParser(lex: Lexicon): DateParser {
  const join = alternation(lex.data.connectors.monthYear, "lower");
  const pattern = new RegExp(
    `${B}${alternation(lex.data.weekWords, "initial")}\\s+(?<n>[1-9]|[1-4]\\d|5[0-3])${NUM_E}${E}(?:\\s+(?:${join}\\s+)?(?<yr>${YEAR4})${NUM_E}${E})?`,
    "y",
  );
  return {
    name: `${lex.lang}.date.isoWeek`,
    starts: { words: lex.data.weekWords },
    pattern,
    extract(m) {
      const g = m.groups!;
      const parts: DateParts = { isoWeek: Number(g.n) };
      if (g.yr !== undefined) parts.year = Number(g.yr);
      return { start: m.index, end: m.index + m[0].length, kind: "date", rule: `${lex.lang}.date.isoWeek`, parts };
    },
  };
}
