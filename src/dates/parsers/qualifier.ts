// Qualifiers before a month, a year or a relative unit: "begin", "eind(e)",
// "medio", "half", "halverwege", "ultimo", "(aan het) eind van"; English
// "early", "mid", "late", "(the) end of". A qualifier is not a mention by
// itself: combine.ts joins it to the date after it ("medio februari 2021",
// "eind-maart", "begin vorig jaar", "mid-March") as that date's `mod`.
import type { Lexicon } from "../lexicon.js";
import { B, key } from "../patterns.js";
import type { DateParser } from "../types.js";
import { phraseStart } from "./util.js";

export function qualifierParser(lex: Lexicon): DateParser {
  const pattern = new RegExp(`${B}(?<q>${lex.re.qualifier})(?=\\s|-)`, "y");
  return {
    name: `${lex.lang}.date.qualifier`,
    starts: { words: lex.qualifier.keys() },
    pattern,
    extract(m, { text, from }) {
      const q = lex.qualifier.get(key(m.groups!.q!))!;
      const opener = phraseStart(lex.before.qualifierOpener, text, m.index, from);
      return { start: opener ?? m.index, end: m.index + m[0].length, kind: "date", rule: `${lex.lang}.date.qualifier`, qualifier: q, weak: true };
    },
  };
}
