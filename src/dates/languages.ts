// The parsers of each language: the same engine and parser factories, fed with
// that language's dictionary (src/lang/<lang>/dates.json), plus the parsers only
// one language needs (English month-first "June 10, 2021"). The order breaks
// ties between equally long matches: earlier wins.
import { lexicon } from "./lexicon.js";
import type { Lexicon } from "./lexicon.js";
import type { DateParser, Lang } from "./types.js";
import { numericDateParser } from "./parsers/numericDate.js";
import { dayMonthParser, monthDayParser } from "./parsers/dayMonth.js";
import { monthParser } from "./parsers/month.js";
import { yearParser } from "./parsers/year.js";
import { weekdayParser } from "./parsers/weekday.js";
import { relativeDayParser } from "./parsers/relativeDay.js";
import { relativeUnitParser } from "./parsers/relativeUnit.js";
import { unitsAgoParser } from "./parsers/unitsAgo.js";
import { durationParser } from "./parsers/duration.js";
import { timeParser } from "./parsers/time.js";
import { setParser } from "./parsers/set.js";
import { seasonParser } from "./parsers/season.js";
import { holidayParser } from "./parsers/holiday.js";
import { qualifierParser } from "./parsers/qualifier.js";
import { weekNumberParser } from "./parsers/weekNumber.js";

type Factory = (lex: Lexicon) => DateParser;

const COMMON: Factory[] = [
  numericDateParser,
  dayMonthParser,
  holidayParser,
  monthParser,
  relativeUnitParser,
  weekNumberParser,
  unitsAgoParser,
  relativeDayParser,
  weekdayParser,
  seasonParser,
  setParser,
  timeParser,
  durationParser,
  yearParser,
  qualifierParser,
];

const EXTRA: Record<Lang, Factory[]> = {
  nl: [],
  en: [monthDayParser],
};

const built: Partial<Record<Lang, DateParser[]>> = {};

/** The parsers of a language, built on first use. */
export function parsers(lang: Lang): DateParser[] {
  return (built[lang] ??= [...EXTRA[lang], ...COMMON].map((f) => f(lexicon(lang))));
}
