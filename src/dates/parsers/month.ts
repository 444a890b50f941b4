// A month name, alone or with a year: "maart", "in augustus 2022", "mrt. 2021",
// "maart '21", "last March". Dutch month names in lower case are dates; a
// capitalised one mid-sentence ("Jan Mei") needs a context word before it, a
// year after it, or a combiner (a qualifier, "van dit jaar") to become one.
// English month names are capitalised; a bare one needs a context word
// ("in March", "since May") or a combiner, since "May" and "June" are also names.
import type { Lexicon } from "../lexicon.js";
import { B, E, NUM_E, YEAR4, key, isAllCaps, isCapitalised, isSentenceStart } from "../patterns.js";
import type { DateParser, DateParts } from "../types.js";
import { blockedAfter, directionOf, expandYear, precededBy } from "./util.js";

export function monthParser(lex: Lexicon): DateParser {
  const pattern = new RegExp(
    `${B}(?:(?<mod>${lex.re.relMod})(?<modgap>\\s+))?(?<mon>${lex.re.monthFull}|${lex.re.monthAbbr}\\.?(?=\\s*(?:${YEAR4}|['’]\\d{2})))${E}(?!-[A-Za-z])` +
      `(?:(?<ygap>,?\\s+)(?<yr>${YEAR4}|['’]\\d{2})${NUM_E}${E})?`,
    "y",
  );
  return {
    name: `${lex.lang}.date.month`,
    starts: { words: [...lex.relMod.keys(), ...lex.month.keys()] },
    pattern,
    extract(m, ctx) {
      const { text, from } = ctx;
      const g = m.groups!;
      const mon = g.mon!;
      const monStart = m.index + (g.mod === undefined ? 0 : g.mod.length + g.modgap!.length);
      if (lex.data.monthNamesCapitalised && !isCapitalised(mon)) return null;
      const month = lex.month.get(key(mon.replace(/\.$/, "")))!;
      const parts: DateParts = { month };
      let end = monStart + mon.length;
      if (g.yr !== undefined && !blockedAfter(lex, text, end + g.ygap!.length + g.yr.length)) {
        parts.year = expandYear(g.yr);
        end += g.ygap!.length + g.yr.length;
      }
      let start = m.index;
      let weak = false;
      if (g.mod !== undefined) {
        const n = lex.relMod.get(key(g.mod))!;
        if (parts.year === undefined) {
          const dir = directionOf(n);
          if (dir) parts.dir = dir;
          else parts.rel = { unit: "year", n: 0 };
        }
      } else if (parts.year === undefined) {
        if (lex.monthAbbr.has(key(mon.replace(/\.$/, "")))) return null;
        const context = () => precededBy(lex.before.monthContext, text, monStart, from);
        if (lex.data.bareMonthNeedsContext) weak = !context();
        else if (isAllCaps(mon)) weak = true;
        else if (isCapitalised(mon)) weak = !isSentenceStart(text, monStart, from) && !context();
      }
      if (g.mod !== undefined && parts.year !== undefined) start = monStart;
      const rule = `${lex.lang}.date.${parts.year !== undefined ? "monthYear" : "month"}`;
      return { start, end, kind: "date", rule, parts, ...(weak ? { weak } : {}) };
    },
  };
}
