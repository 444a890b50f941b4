// Seasons and holiday periods: "vorige zomer", "de zomer van 2020", "de zomer
// van vorig jaar", "in het najaar", "deze winter"; English "last summer", "in
// the spring", "summer 2020". Not points in time: kind "interval", value null (FACTS.md §5).
import type { Lexicon } from "../lexicon.js";
import { B, E, NUM_E, YEAR4, alternation } from "../patterns.js";
import type { DateParser } from "../types.js";
import { phraseStart } from "./util.js";

export function seasonParser(lex: Lexicon): DateParser {
  const join = alternation(lex.data.connectors.monthYear, "lower");
  const year = alternation(Object.keys(lex.data.calendarUnits).filter((w) => lex.data.calendarUnits[w] === "year"), "lower");
  const pattern = new RegExp(
    `${B}(?:(?<mod>${lex.re.relMod})\\s+)?(?<s>${lex.re.season})(?:\\s+(?:${join}\\s+)?(?:(?<y>${YEAR4})${NUM_E}|${lex.re.relMod}\\s+${year}))?${E}`,
    "y",
  );
  return {
    name: `${lex.lang}.span.season`,
    starts: { words: [...lex.relMod.keys(), ...lex.data.seasons] },
    pattern,
    extract(m, { text, from }) {
      const g = m.groups!;
      const art = phraseStart(lex.before.article, text, m.index, from);
      // English season words double as nouns and verbs ("spring", "fall"): need an article, a modifier or a year
      if (lex.data.bareMonthNeedsContext && art === null && g.mod === undefined && g.y === undefined) return null;
      return { start: art ?? m.index, end: m.index + m[0].length, kind: "interval", rule: `${lex.lang}.span.season`, value: null };
    },
  };
}
