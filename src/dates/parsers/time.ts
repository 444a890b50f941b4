// Clock times: "om 14.30 uur", "rond 03.00 uur", "14:30", "14u30", "om 3 uur";
// English "at 2.30pm", "10am", "14:30". Kind "time", value "T14:30". A
// number alone ("14.30", "12.000") is never a time; "24 uur" without a clock
// preposition is a duration.
import type { Lexicon } from "../lexicon.js";
import { B, NUM_B, key } from "../patterns.js";
import type { DateParser } from "../types.js";
import { phraseStart, precededBy } from "./util.js";

const MERIDIEM = /^(?:am|pm|a\.m\.|p\.m\.)$/;

export function timeParser(lex: Lexicon): DateParser {
  const pattern = new RegExp(
    `${NUM_B}${B}(?<h>[01]?\\d|2[0-4])(?:(?<sep>[.:hu])(?<mi>[0-5]\\d)(?:\\s*(?<tw>${lex.re.timeWord}))?|\\s*(?<tw2>${lex.re.timeWord}))(?![\\d]|[.,:]\\d)(?![A-Za-z])`,
    "y",
  );
  return {
    name: `${lex.lang}.time`,
    starts: { words: [], digits: [1, 2] },
    pattern,
    extract(m, ctx) {
      const g = m.groups!;
      const tw = g.tw === undefined ? (g.tw2 === undefined ? undefined : key(g.tw2)) : key(g.tw);
      let h = Number(g.h);
      const mi = g.mi === undefined ? 0 : Number(g.mi);
      const meridiem = tw !== undefined && MERIDIEM.test(tw);
      const pre = phraseStart(lex.before.timePrefix, ctx.text, m.index, ctx.from);
      if (g.mi !== undefined) {
        if (pre === null && tw === undefined && g.sep === ".") return null;
      } else if (!meridiem) {
        // "om 3 uur" is a time, "24 uur" and "na 3 uur" are durations
        if (tw === undefined || !precededBy(lex.before.hourPrefix, ctx.text, m.index, ctx.from)) return null;
      }
      if (meridiem) {
        if (h < 1 || h > 12) return null;
        if (tw!.startsWith("p") && h < 12) h += 12;
        if (tw!.startsWith("a") && h === 12) h = 0;
      }
      if (h > 24 || (h === 24 && mi > 0)) return null;
      const value = `T${String(h).padStart(2, "0")}:${String(mi).padStart(2, "0")}`;
      return { start: pre ?? m.index, end: m.index + m[0].length, kind: "time", rule: `${lex.lang}.time`, value };
    },
  };
}
