// Numeric dates: ISO "2021-03-12" (with an optional time), and day-first
// "12-03-2021", "12/03/2021", "12.03.2021", "12/03/21". When the second number
// cannot be a month (> 12) and the first can, the date is read month-first
// ("03/25/2021"): the only reading left. An English text that writes its dates
// the American way ("June 10, 2021") reads ambiguous ones month-first too.
import { isValidDay } from "../../core/calendar.js";
import type { Lexicon } from "../lexicon.js";
import { NUM_B, NUM_E, YEAR4 } from "../patterns.js";
import type { DateParser } from "../types.js";
import { expandYear } from "./util.js";

const ISO_TIME = "(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";

export function numericDateParser(lex: Lexicon): DateParser {
  const name = `${lex.lang}.date.numeric`;
  return {
    name,
    starts: { words: [], digits: [1, 2, 4] },
    pattern: new RegExp(
      `${NUM_B}(?:(?<iy>${YEAR4})-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\\d|3[01])${ISO_TIME}` +
        `|(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>(?<y>${YEAR4}|\\d{2}))${NUM_E}(?![A-Za-z])`,
      "y",
    ),
    extract(m, ctx) {
      const g = m.groups!;
      let year: number, month: number, day: number;
      if (g.iy !== undefined) {
        year = Number(g.iy);
        month = Number(g.im);
        day = Number(g.id);
      } else {
        if (g.y!.length === 2 && g.sep === ".") return null; // "12.10.20" is more often a version or a score
        const a = Number(g.a), b = Number(g.b);
        [day, month] = lex.data.dayFirst && !ctx.monthFirst ? [a, b] : [b, a];
        if (month > 12 && day <= 12) [day, month] = [month, day];
        year = expandYear(g.y!);
      }
      if (!isValidDay(year, month, day)) return null;
      return { start: m.index, end: m.index + m[0].length, kind: "date", rule: name, parts: { year, month, day } };
    },
  };
}
