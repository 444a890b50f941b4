// Counted units before or after the publication date: "drie dagen geleden",
// "twee jaar geleden", "over twee weken"; English "two days ago", "a year ago",
// "in three weeks". Days and weeks resolve to a day (P ± n days), months to a
// month, years to a year. Vague counts ("enkele weken geleden") are spans.
// Found at the unit word; the count (and "over"/"in") is read backwards from it.
import type { Lexicon } from "../lexicon.js";
import { B, E, key } from "../patterns.js";
import type { DateParser, DateParts } from "../types.js";
import { countBefore, phraseStart } from "./util.js";

export function unitsAgoParser(lex: Lexicon): DateParser {
  const pattern = new RegExp(`${B}(?<u>${lex.re.unit})${E}(?:\\s+(?<ago>${lex.re.ago})${E})?`, "y");
  return {
    name: `${lex.lang}.date.ago`,
    starts: { words: lex.unit.keys() },
    pattern,
    extract(m, { text, from }) {
      const g = m.groups!;
      const ago = g.ago !== undefined;
      const count = countBefore(lex, text, m.index, from);
      if (count === null) return null;
      const later = ago ? null : phraseStart(lex.before.later, text, count.start, from);
      if (!ago && later === null) return null;
      const start = later ?? count.start, end = ago ? m.index + m[0].length : m.index + g.u!.length;
      const n = count.value;
      const unit = lex.unit.get(key(g.u!));
      const rule = `${lex.lang}.date.${ago ? "ago" : "later"}`;
      if (n === null || !Number.isInteger(n)) return { start, end, kind: "interval", rule: `${lex.lang}.span.relative`, value: null };
      const sign = ago ? -1 : 1;
      let parts: DateParts;
      if (unit === "day") parts = { rel: { unit: "day", n: sign * n } };
      else if (unit === "week") parts = { rel: { unit: "day", n: sign * 7 * n } };
      else if (unit === "month") parts = { rel: { unit: "month", n: sign * n } };
      else if (unit === "year") parts = { rel: { unit: "year", n: sign * n } };
      else return null;
      return { start, end, kind: "date", rule, parts };
    },
  };
}
