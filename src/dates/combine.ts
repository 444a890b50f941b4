// Combined forms: neighbouring atoms that together say one date, joined when the
// text between them is one of the language's connectors (lexicon.gap). Three
// passes over the atoms in text order:
//   1. qualifiers: "medio" + "februari 2021", "eind" + "vorig jaar", "mid-" + "March"
//   2. composition: "donderdag" + "11 maart", "vorige week" + "donderdag",
//      "februari" + "van dit jaar", "vorig jaar" + "op 27 april", "maart" + "van 2020"
//   3. ranges and lists: "tussen 2019 en 2021", "van maart tot mei", "2019 en 2020",
//      "in de nacht van zaterdag op zondag"
// Then (relateNeighbours) lists and nights relate their items, and qualifiers
// and weak atoms (bare years, capitalised months) that nothing took are dropped.
import type { Lexicon } from "./lexicon.js";
import { phraseStart } from "./parsers/util.js";
import type { Atom, DateParts, ParseContext } from "./types.js";

const MAX_GAP = 24;

type Shape = "day" | "month" | "year" | "weekday" | "relYear" | "relMonth" | "relWeek" | "relDay" | "other";

/** The shape of a date atom, as the combiners see it. */
function shape(a: Atom): Shape {
  if (a.kind !== "date" || a.parts === undefined || a.qualifier !== undefined || a.parts.isoWeek !== undefined) return "other";
  const p = a.parts;
  if (p.rel !== undefined) {
    if (p.month !== undefined || p.day !== undefined || p.weekday !== undefined || p.easter !== undefined) return "other";
    return p.rel.unit === "year" ? "relYear" : p.rel.unit === "month" ? "relMonth" : p.rel.unit === "week" ? "relWeek" : p.rel.unit === "day" ? "relDay" : "other";
  }
  if (p.day !== undefined || p.easter !== undefined) return "day";
  if (p.month !== undefined) return "month";
  if (p.weekday !== undefined) return "weekday";
  if (p.year !== undefined) return "year";
  return "other";
}

const yearless = (a: Atom) => {
  const s = shape(a);
  return (s === "day" || s === "month") && a.parts!.year === undefined;
};

function gapText(ctx: ParseContext, a: Atom, b: Atom): string | null {
  return b.start - a.end <= MAX_GAP ? ctx.text.slice(a.end, b.start) : null;
}

type Joiner = (a: Atom, b: Atom, gap: string, ctx: ParseContext) => Atom | null;

/** One sweep: join each atom with the next while a joiner accepts the pair. */
function sweep(atoms: Atom[], ctx: ParseContext, join: Joiner): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    const prev = out[out.length - 1];
    if (prev !== undefined) {
      const gap = gapText(ctx, prev, atom);
      const joined = gap === null ? null : join(prev, atom, gap, ctx);
      if (joined !== null) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(atom);
  }
  return out;
}

const merged = (a: Atom, b: Atom, rule: string, parts: DateParts): Atom => {
  const mod = b.mod ?? a.mod;
  return { start: a.start, end: b.end, kind: "date", rule, parts, ...(mod ? { mod } : {}) };
};

function qualifierJoiner(lex: Lexicon): Joiner {
  return (a, b, gap) => {
    if (a.qualifier === undefined || !lex.gap.qualifier.test(gap)) return null;
    const s = shape(b);
    if (s !== "month" && s !== "year" && s !== "relYear" && s !== "relMonth" && s !== "relWeek") return null;
    return { ...b, start: a.start, mod: a.qualifier, weak: false, rule: `${lex.lang}.date.qualified` };
  };
}

function compositionJoiner(lex: Lexicon): Joiner {
  const L = lex.lang;
  return (a, b, gap) => {
    const sa = shape(a), sb = shape(b);
    const pa = a.parts!, pb = b.parts!;
    // "donderdag 11 maart", "Tuesday, 10 June 2021"
    if (sa === "weekday" && pa.rel === undefined && sb === "day" && lex.gap.weekdayThenDate.test(gap)) {
      const dir = pb.dir ?? pa.dir;
      return merged(a, b, `${L}.date.weekdayDate`, { ...pb, weekday: pa.weekday!, ...(dir ? { dir } : {}) });
    }
    // "vorige week donderdag", "volgende week op vrijdag"
    if (sa === "relWeek" && sb === "weekday" && pb.dir === undefined && pb.rel === undefined && lex.gap.weekThenWeekday.test(gap)) {
      return merged(a, b, `${L}.date.weekdayOfWeek`, { weekday: pb.weekday!, rel: pa.rel! });
    }
    // "donderdag vorige week", "Tuesday of last week"
    if (sa === "weekday" && pa.dir === undefined && pa.rel === undefined && sb === "relWeek" && lex.gap.weekdayThenWeek.test(gap)) {
      return merged(a, b, `${L}.date.weekdayOfWeek`, { weekday: pa.weekday!, rel: pb.rel! });
    }
    // "februari van dit jaar", "maart vorig jaar", "27 april vorig jaar"
    if (yearless(a) && sb === "relYear" && lex.gap.monthYear.test(gap)) {
      const { dir: _dir, ...rest } = pa;
      return merged(a, b, `${L}.date.ofRelativeYear`, { ...rest, rel: pb.rel! });
    }
    // "maart van 2020", "March of 2020"
    if (yearless(a) && sb === "year" && /\S/.test(gap) && lex.gap.monthYear.test(gap)) {
      const { dir: _dir, ...rest } = pa;
      return merged(a, b, `${L}.date.${pa.day !== undefined ? "dayMonthYear" : "monthYear"}`, { ...rest, year: pb.year! });
    }
    // "vorig jaar op 27 april", "dit jaar in maart"
    if (sa === "relYear" && yearless(b) && lex.gap.relYearThenDate.test(gap)) {
      const { dir: _dir, ...rest } = pb;
      return merged(a, b, `${L}.date.relativeYearDate`, { ...rest, rel: pa.rel! });
    }
    return null;
  };
}

/** Fills in the year of an interval's start from its end: "van 3 maart tot 5 april 2021". */
function completeStart(from: DateParts, to: DateParts): DateParts {
  if (from.year !== undefined || from.rel !== undefined || to.rel !== undefined || to.year === undefined) return from;
  if (from.month === undefined && from.easter === undefined) return from;
  const wraps = from.month !== undefined && to.month !== undefined && from.month > to.month;
  return { ...from, year: wraps ? to.year - 1 : to.year };
}

function rangeJoiner(lex: Lexicon): Joiner {
  const L = lex.lang;
  return (a, b, gap, ctx) => {
    const sa = shape(a), sb = shape(b);
    if (sa === "other" || sb === "other") return null;
    // "tussen 2019 en 2021", "between March and May"
    if (lex.gap.betweenJoin.test(gap)) {
      const open = phraseStart(lex.before.between, ctx.text, a.start, ctx.from);
      if (open !== null && sa === sb) {
        return { start: open, end: b.end, kind: "interval", rule: `${L}.interval.between`, parts: completeStart(a.parts!, b.parts!), to: b.parts! };
      }
    }
    // "van maart tot mei", "2 april - 3 mei", "maandag t/m vrijdag"
    if (lex.gap.range.test(gap) && sa === sb && (sa === "day" || sa === "month" || sa === "year" || sa === "weekday") && !gap.includes("\n")) {
      const open = phraseStart(lex.before.rangeOpener, ctx.text, a.start, ctx.from);
      return { start: open ?? a.start, end: b.end, kind: "interval", rule: `${L}.interval.range`, parts: completeStart(a.parts!, b.parts!), to: b.parts! };
    }
    return null;
  };
}

/**
 * Lists and nights keep both atoms but relate them: a dated first item lends its
 * context to the next ("in 2019 en 2020"); in "de nacht van zaterdag op zondag" the
 * Saturday is the day before that Sunday (so it must run after directions are set).
 * Then drops what nothing took: qualifiers and weak atoms.
 */
export function relateNeighbours(atoms: Atom[], ctx: ParseContext): Atom[] {
  const { lex } = ctx;
  for (let i = 1; i < atoms.length; i++) {
    const a = atoms[i - 1]!, b = atoms[i]!;
    const gap = gapText(ctx, a, b);
    if (gap === null) continue;
    // "in 2019 en 2020", "in maart of April"
    if (b.weak && !a.weak && a.qualifier === undefined && shape(a) === shape(b) && lex.gap.list.test(gap)) b.weak = false;
    // "in de nacht van zaterdag op zondag": zaterdag is the day before that zondag
    if (shape(a) === "weekday" && shape(b) === "weekday" && lex.gap.nightOfJoin.test(gap) && phraseStart(lex.before.nightOf, ctx.text, a.start, ctx.from) !== null) {
      a.parts = { ...b.parts!, shift: (b.parts!.shift ?? 0) - 1 };
      a.rule = `${lex.lang}.date.nightOf`;
    }
  }
  return atoms.filter((a) => a.qualifier === undefined && !a.weak);
}

/** The three joining sweeps: qualifiers, composition, ranges. */
export function joinNeighbours(atoms: Atom[], ctx: ParseContext): Atom[] {
  const { lex } = ctx;
  let out = sweep(atoms, ctx, qualifierJoiner(lex));
  out = sweep(out, ctx, compositionJoiner(lex));
  return sweep(out, ctx, rangeJoiner(lex));
}
