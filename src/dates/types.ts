// Internal shapes of the date engine: what a parser finds (an Atom) before the
// combiners join neighbours and the resolver turns it into an ISO value.
import type { DateKind } from "../core/schema.js";
import type { Lexicon } from "./lexicon.js";

export type Lang = "nl" | "en";
export type Mod = "start" | "mid" | "end";
export type Unit = "day" | "week" | "month" | "year" | "weekend";

/**
 * Which way an expression without a year or week points from P:
 * past = latest on or before P, pastStrict = latest before P,
 * future = earliest on or after P, futureStrict = earliest after P,
 * nearest = whichever of those two lies closer to P ("tot en met 15 april").
 */
export type Direction = "past" | "pastStrict" | "future" | "futureStrict" | "nearest";

/** What an expression says about a date, before it is resolved against the publication date P. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** ISO weekday, Monday = 1. Alone it is a weekday expression; next to a day and month it is a check. */
  weekday?: number;
  /** Days from Easter Sunday (moveable feasts). */
  easter?: number;
  /** An ISO week number ("week 12"). */
  isoWeek?: number;
  /** Offset from P in a calendar unit ("vorige week" = week −1, "gisteren" = day −1). */
  rel?: { unit: Unit; n: number };
  dir?: Direction;
  /** Days to add after resolution ("nacht van zaterdag op zondag": zaterdag = zondag − 1). */
  shift?: number;
}

/** A candidate mention produced by a parser or a combiner. */
export interface Atom {
  start: number;
  end: number;
  kind: DateKind;
  rule: string;
  /** For kind "date", and the start of an interval. */
  parts?: DateParts;
  /** The end of an interval. */
  to?: DateParts;
  /** A value fixed by the parser (durations, times; null for sets and spans). */
  value?: string | null;
  mod?: Mod;
  /** A qualifier word ("begin", "medio", "late"): only kept when it merges with the date after it. */
  qualifier?: Mod;
  /** Needs something around it to be a date (a bare year, a capitalised month name mid-sentence). */
  weak?: boolean;
}

export interface ParseContext {
  text: string;
  from: number;
  lex: Lexicon;
  /** Read ambiguous numeric dates month-first (an American text: "06/10/2021" is 10 June). */
  monthFirst: boolean;
}

export interface DateParser {
  /** The rule name given to what it finds, e.g. "nl.date.dayMonthYear". */
  name: string;
  /** Compiled once, sticky ("y"; plus "d" when extract reads group indices): the engine runs it where it may start. */
  pattern: RegExp;
  /** The words a match can start with (phrases count by their first word), and the lengths of a digit run it can start with. */
  starts: { words: Iterable<string>; digits?: number[] };
  extract(m: RegExpExecArray, ctx: ParseContext): Atom | Atom[] | null;
}
