// A bare year: "in 2020", "sinds 2019", "eind 2020" (with a qualifier),
// "2019-2021" / "2019/20" (an interval), "2021-03" (an ISO month). A year
// alone is only a date in a date context — a context word before it, or a
// combiner that takes it (qualifier, interval, list, "maart van 2020") — and
// never when a unit or counted noun follows ("2000 euro", "2020 mensen"), nor
// after digits and a hyphen ("0900-2020").
import type { Lexicon } from "../lexicon.js";
import { B, E, NUM_E, YEAR4 } from "../patterns.js";
import type { DateParser } from "../types.js";
import { blockedAfter, precededBy } from "./util.js";

export function yearParser(lex: Lexicon): DateParser {
  const pattern = new RegExp(
    `(?<![\\d.,/]|\\d[-–])(?<![€$£]\\s?)${B}(?<y1>${YEAR4})(?:\\s*(?<sep>[-–/])\\s*(?<y2>${YEAR4}|\\d{2}))?${NUM_E}${E}`,
    "y",
  );
  return {
    name: `${lex.lang}.date.year`,
    starts: { words: [], digits: [4] },
    pattern,
    extract(m, ctx) {
      const { text, from } = ctx;
      const g = m.groups!;
      const start = m.index, end = start + m[0].length;
      if (blockedAfter(lex, text, end)) return null;
      const y1 = Number(g.y1);
      const strong = precededBy(lex.before.yearContext, text, start, from);
      if (g.y2 === undefined) {
        return { start, end, kind: "date", rule: `${lex.lang}.date.year`, parts: { year: y1 }, ...(strong ? {} : { weak: true }) };
      }
      let y2 = Number(g.y2);
      if (g.y2.length === 2) {
        if (y2 > y1 % 100) y2 += y1 - (y1 % 100);
        else if (g.sep === "-" && y2 >= 1 && y2 <= 12) {
          return { start, end, kind: "date", rule: `${lex.lang}.date.isoMonth`, parts: { year: y1, month: y2 } };
        } else return null;
      }
      if (y2 <= y1 || y2 - y1 > 50) return null;
      return { start, end, kind: "interval", rule: `${lex.lang}.interval.years`, parts: { year: y1 }, to: { year: y2 } };
    },
  };
}
