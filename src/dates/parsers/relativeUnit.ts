// A calendar unit relative to the publication date: "vorige week", "vorig
// jaar", "dit jaar", "volgende maand", "komende week", "afgelopen weekend";
// English "last year", "next month", "this week", "last weekend". With an
// article or a plural it is a span, not a point: "de afgelopen week", "het
// afgelopen jaar", "de afgelopen maanden", "de komende tijd", "the past
// year", "in the coming weeks" (kind "interval", value null).
import type { Lexicon } from "../lexicon.js";
import { B, E, key } from "../patterns.js";
import type { DateParser } from "../types.js";
import { phraseStart } from "./util.js";

export function relativeUnitParser(lex: Lexicon): DateParser {
  const pattern = new RegExp(
    `${B}(?<mod>${lex.re.relMod})\\s+(?:(?<num>${lex.re.number}|${lex.re.vague}|\\d{1,3})\\s+)?(?<unit>${lex.re.unit})${E}`,
    "y",
  );
  return {
    name: `${lex.lang}.date.relativeUnit`,
    starts: { words: lex.relMod.keys() },
    pattern,
    extract(m, { text, from }) {
      const g = m.groups!;
      const start = m.index, end = start + m[0].length;
      const mod = key(g.mod!);
      const unitWord = key(g.unit!);
      const unit = lex.unit.get(unitWord)!;
      const n = lex.relMod.get(mod)!;
      const art = phraseStart(lex.before.article, text, start, from);
      if (g.num !== undefined || lex.plural.has(unitWord) || (art !== null && lex.spanMod.has(mod))) {
        return { start: art ?? start, end, kind: "interval", rule: `${lex.lang}.span.relative`, value: null };
      }
      if (unit === "weekend") {
        return {
          start, end, kind: "interval", rule: `${lex.lang}.interval.weekend`,
          parts: { weekday: 6, rel: { unit: "week", n } }, to: { weekday: 7, rel: { unit: "week", n } },
        };
      }
      if (unit !== "week" && unit !== "month" && unit !== "year") return null;
      const rule = `${lex.lang}.date.relative${unit === "week" ? "Week" : unit === "month" ? "Month" : "Year"}`;
      return { start, end, kind: "date", rule, parts: { rel: { unit, n } } };
    },
  };
}
