// Named days: "Koningsdag", "eerste kerstdag", "oudejaarsavond", "Pasen",
// "Tweede Pinksterdag" (moveable feasts count from Easter), with an optional
// year ("Koningsdag 2021"); English "Christmas Day", "New Year's Eve",
// "Good Friday". Without a year they resolve like "4 juni". Holiday periods
// ("de jaarwisseling", "oud en nieuw", "carnaval") are spans.
import type { Lexicon } from "../lexicon.js";
import { B, E, NUM_E, YEAR4, key } from "../patterns.js";
import type { DateParser, DateParts } from "../types.js";

export function holidayParser(lex: Lexicon): DateParser {
  const pattern = new RegExp(`${B}(?<h>${lex.re.holiday}|${lex.re.spanHoliday})(?:\\s+(?<y>${YEAR4})${NUM_E})?${E}`, "y");
  return {
    name: `${lex.lang}.date.holiday`,
    starts: { words: [...Object.keys(lex.data.holidays), ...lex.data.spanHolidays] },
    pattern,
    extract(m) {
      const g = m.groups!;
      const start = m.index, end = start + m[0].length;
      const k = key(g.h!);
      const def = lex.holiday.get(k);
      if (def === undefined) return { start, end, kind: "interval", rule: `${lex.lang}.span.holiday`, value: null };
      const parts: DateParts = def.easter !== undefined ? { easter: def.easter } : { month: def.month!, day: def.day! };
      if (g.y !== undefined) parts.year = Number(g.y);
      return { start, end, kind: "date", rule: `${lex.lang}.date.holiday`, parts };
    },
  };
}
