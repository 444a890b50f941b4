// A weekday: "donderdag", "donderdagavond", "afgelopen dinsdag", "komende
// vrijdag", "dinsdag jl.", "zaterdag a.s."; English "Tuesday", "Tuesday
// morning", "last Tuesday", "next Friday". Abbreviations ("di", "Tue") only
// before a day number, where they join a date in combine.ts.
import type { Lexicon } from "../lexicon.js";
import { B, E, key } from "../patterns.js";
import type { DateParser, DateParts } from "../types.js";
import { directionOf, looksLikeName, suffixDirection } from "./util.js";

export function weekdayParser(lex: Lexicon): DateParser {
  const sep = lex.data.partOfDaySeparator === "" ? "" : "\\s+";
  const pattern = new RegExp(
    `${B}(?:(?<mod>${lex.re.relMod})(?<modgap>\\s+))?(?:(?<wd>${lex.re.weekday})(?:${sep}(?<pod>${lex.re.partOfDay}))?|(?<ab>${lex.re.weekdayAbbr})\\.?(?=,?\\s+\\d))${E}` +
      `(?:\\s+(?<sfx>${lex.re.dirSuffix})(?![A-Za-z]))?`,
    "y",
  );
  return {
    name: `${lex.lang}.date.weekday`,
    // "donderdagavond" is one word: its trigger is the compound
    starts: { words: [...lex.relMod.keys(), ...lex.weekday.keys(), ...(sep === "" ? [...lex.weekday.keys()].flatMap((w) => lex.data.partsOfDay.map((p) => w + p)) : [])] },
    pattern,
    extract(m, ctx) {
      const g = m.groups!;
      const word = g.wd ?? g.ab!;
      const wdStart = m.index + (g.mod === undefined ? 0 : g.mod.length + g.modgap!.length);
      if (g.mod === undefined && looksLikeName(lex, ctx.text, wdStart, ctx.from)) return null;
      const parts: DateParts = { weekday: lex.weekday.get(key(word))! };
      if (g.mod !== undefined) {
        const n = lex.relMod.get(key(g.mod))!;
        const dir = directionOf(n);
        if (dir) parts.dir = dir;
        else parts.rel = { unit: "week", n: 0 };
      }
      const sdir = suffixDirection(lex, g.sfx);
      if (sdir) parts.dir = sdir;
      return {
        start: m.index,
        end: m.index + m[0].length,
        kind: "date",
        rule: `${lex.lang}.date.weekday`,
        parts,
        // an abbreviation is only kept when it joins the date after it
        ...(g.ab !== undefined ? { weak: true } : {}),
      };
    },
  };
}
