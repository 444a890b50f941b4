// A day and a month name, with an optional year and day lists or ranges:
// "11 maart", "11 maart 2021", "1e juni", "3 en 4 juni", "3, 4 en 5 juni",
// "3 tot en met 5 maart", "3-5 maart" (an interval), "12 maart jl.";
// English "10 June 2021", "the 10th of June". The month-first English order
// ("June 10, 2021") is monthDay.ts; both share the day-list logic here.
import type { Lexicon } from "../lexicon.js";
import { B, E, NUM_B, NUM_E, YEAR4, key } from "../patterns.js";
import type { Atom, DateParser, DateParts, ParseContext } from "../types.js";
import { blockedAfter, expandYear, phraseStart, suffixDirection } from "./util.js";

/** One day number with an optional ordinal suffix ("3", "3e", "3rd"). */
export function dayPattern(lex: Lexicon): string {
  return `[0-3]?\\d(?:${lex.re.ordinal})?(?!\\d)`;
}

/**
 * Days, either a range ("3-5", "3 t/m 5") or a list ("3", "3 en 4", "3, 4 en 5", "4 op
 * vrijdag 5"), in the group "daypart". A weekday before a listed day stays outside the
 * day's mention and joins it in combine.ts ("zaterdag 6 en zondag 7 maart").
 */
export function daysPattern(lex: Lexicon): string {
  const d = dayPattern(lex);
  const weekday = `(?:${lex.re.weekday}(?:${lex.data.partOfDaySeparator === "" ? "" : "\\s+"}${lex.re.partOfDay})?,?\\s+)?`;
  return `(?<daypart>(?<r1>${d})\\s*${lex.re.dayRange}\\s*(?<r2>${d})|${d}(?:\\s*${lex.re.dayList}\\s*${weekday}${d}){0,6})`;
}

const DIGITS = /\d+/g;

/**
 * Builds the atoms of a matched day group: one interval for a range, one date per
 * listed day (only the last carries the month in its span, the others are just the
 * number), or an interval for "tussen 3 en 5 maart".
 */
export function dayAtoms(
  m: RegExpExecArray,
  dayStart: number,
  ctx: ParseContext,
  month: number,
  year: number | undefined,
  end: number,
  rule: string,
  extra: Partial<DateParts> = {},
): Atom[] | null {
  const { lex, text, from } = ctx;
  const base: DateParts = { month, ...(year !== undefined ? { year } : {}), ...extra };
  const g = m.groups!;
  const start = phraseStart(lex.before.dayArticle, text, m.index, from) ?? m.index;
  if (g.r1 !== undefined) {
    const a = parseInt(g.r1, 10);
    const b = parseInt(g.r2!, 10);
    if (a < 1 || b > 31 || a >= b) return null;
    const open = phraseStart(lex.before.rangeOpener, text, start, from) ?? start;
    return [{ start: open, end, kind: "interval", rule: `${lex.lang}.interval.dayRange`, parts: { ...base, day: a }, to: { ...base, day: b } }];
  }
  const found: [number, number, number][] = [];
  const group = g.daypart!;
  DIGITS.lastIndex = 0;
  for (let d = DIGITS.exec(group); d; d = DIGITS.exec(group)) {
    const n = Number(d[0]);
    if (n < 1 || n > 31) return null;
    found.push([n, dayStart + d.index, dayStart + d.index + d[0].length]);
  }
  const between = found.length === 2 ? phraseStart(lex.before.between, text, start, from) : null;
  if (between !== null && lex.gap.betweenJoin.test(text.slice(found[0]![2], found[1]![1]))) {
    return [{ start: between, end, kind: "interval", rule: `${lex.lang}.interval.between`, parts: { ...base, day: found[0]![0] }, to: { ...base, day: found[1]![0] } }];
  }
  return found.map(([day, s, e], i) => ({
    start: i === 0 ? start : s,
    end: i === found.length - 1 ? end : e,
    kind: "date" as const,
    rule,
    parts: { ...base, day },
  }));
}

export function dayMonthParser(lex: Lexicon): DateParser {
  const ofJoin = lex.lang === "en" ? "(?:\\s+of)?" : "";
  const pattern = new RegExp(
    `${NUM_B}${B}${daysPattern(lex)}(?<mgap>${ofJoin}\\s+)(?<mon>${lex.re.monthFull}|${lex.re.monthAbbr}\\.?)${E}` +
      `(?:(?<ygap>,?\\s+)(?<yr>${YEAR4}|['’]\\d{2})${NUM_E}${E})?(?:(?<sgap>\\s+)(?<sfx>${lex.re.dirSuffix})(?![A-Za-z]))?`,
    "y",
  );
  return {
    name: `${lex.lang}.date.dayMonth`,
    starts: { words: [], digits: [1, 2] },
    pattern,
    extract(m, ctx) {
      const g = m.groups!;
      const month = lex.month.get(key(g.mon!.replace(/\.$/, "")))!;
      let end = m.index + g.daypart!.length + g.mgap!.length + g.mon!.length;
      let year: number | undefined;
      if (g.yr !== undefined) {
        const yrEnd = end + g.ygap!.length + g.yr.length;
        if (blockedAfter(lex, ctx.text, yrEnd)) return dayAtoms(m, m.index, ctx, month, undefined, end, `${lex.lang}.date.dayMonth`);
        year = expandYear(g.yr);
        end = yrEnd;
      }
      const dir = suffixDirection(lex, g.sfx);
      if (g.sfx !== undefined) end += g.sgap!.length + g.sfx.length;
      const rule = `${lex.lang}.date.${year !== undefined ? "dayMonthYear" : "dayMonth"}`;
      return dayAtoms(m, m.index, ctx, month, year, end, rule, dir ? { dir } : {});
    },
  };
}

/** English month-first dates: "June 10, 2021", "June 10th", "Tuesday, June 10" (the weekday joins in combine.ts). */
export function monthDayParser(lex: Lexicon): DateParser {
  const pattern = new RegExp(
    `${B}(?<mon>${lex.re.monthFull}|${lex.re.monthAbbr}\\.?)(?<dgap>\\s+(?:(?:the)\\s+)?)${daysPattern(lex)}${NUM_E}${E}` +
      `(?:(?<ygap>,?\\s+)(?<yr>${YEAR4})${NUM_E}${E})?`,
    "y",
  );
  return {
    name: `${lex.lang}.date.monthDay`,
    starts: { words: [...lex.month.keys()] },
    pattern,
    extract(m, ctx) {
      const g = m.groups!;
      if (lex.data.monthNamesCapitalised && g.mon === g.mon!.toLowerCase()) return null;
      const month = lex.month.get(key(g.mon!.replace(/\.$/, "")))!;
      const dayStart = m.index + g.mon!.length + g.dgap!.length;
      let end = dayStart + g.daypart!.length;
      let year: number | undefined;
      if (g.yr !== undefined && !blockedAfter(lex, ctx.text, end + g.ygap!.length + g.yr.length)) {
        year = Number(g.yr);
        end += g.ygap!.length + g.yr.length;
      } else if (blockedAfter(lex, ctx.text, end)) {
        return null; // "In May 15 people were arrested": a count, not a day
      }
      const rule = `${lex.lang}.date.${year !== undefined ? "monthDayYear" : "monthDay"}`;
      return dayAtoms(m, dayStart, ctx, month, year, end, rule);
    },
  };
}
