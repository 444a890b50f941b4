// A language's date vocabulary (src/lang/<lang>/dates.json), compiled once into
// lookup maps and the regex fragments the parsers are built from.
import nlData from "../lang/nl/dates.json" with { type: "json" };
import enData from "../lang/en/dates.json" with { type: "json" };
import { alternation, key, E, B, PhraseSet, SCAN_B } from "./patterns.js";
import type { Lang, Mod, Unit } from "./types.js";

export interface HolidayDef {
  month?: number;
  day?: number;
  /** Days from Easter Sunday. */
  easter?: number;
}

/** The shape of src/lang/<lang>/dates.json. */
export interface DateLexiconData {
  lang: string;
  months: Record<string, number>;
  monthAbbreviations: Record<string, number>;
  weekdays: Record<string, number>;
  weekdayAbbreviations: Record<string, number>;
  /** Words before an ISO week number ("week 12"). */
  weekWords: string[];
  partsOfDay: string[];
  /** "" when a part of day is written onto the weekday ("donderdagavond"), " " when it follows it ("Tuesday morning"). */
  partOfDaySeparator: string;
  dayOrdinalSuffixes: string[];
  relativeDays: Record<string, number>;
  relativeDayGuards: { notAfter: Record<string, string[]>; notBefore: Record<string, string[]> };
  relativeModifiers: Record<string, number>;
  spanModifiers: string[];
  spanArticles: string[];
  calendarUnits: Record<string, string>;
  calendarUnitPlurals: Record<string, string>;
  durationUnits: Record<string, string>;
  numberWords: Record<string, number>;
  vagueNumbers: string[];
  agoWords: string[];
  laterPrefixes: string[];
  /** Core qualifier words ("begin", "medio", "early", "end"); the mod they give. */
  qualifiers: Record<string, string>;
  /** Words before a qualifier that belong to it ("aan het" begin, "the" end of). */
  qualifierOpeners: string[];
  /** Words before a day number that belong to the date ("the" 10th of June). */
  dayArticles: string[];
  /** The decimal separator of numbers in durations ("1,5 jaar", "1.5 years"). */
  decimalSeparator: string;
  seasons: string[];
  holidays: Record<string, HolidayDef>;
  spanHolidays: string[];
  monthContext: string[];
  yearContext: string[];
  numberBlockers: string[];
  pastPrefixes: string[];
  /** Make a year-less date the nearest such date, before or after P ("tot en met 15 april"). */
  untilPrefixes: string[];
  futureCues: string[];
  futureCuePairs: string[][];
  pastSuffixes: string[];
  futureSuffixes: string[];
  setPrefixes: string[];
  setWords: string[];
  weekdayPlurals: string[];
  timeWords: string[];
  timePrefixes: string[];
  /** Prefixes that make "N" + hour word a clock time rather than a duration ("om 3 uur", "at 3 o'clock"). */
  hourPrefixes: string[];
  connectors: {
    dayRange: string[];
    dayList: string[];
    range: string[];
    rangeOpeners: string[];
    between: string[];
    betweenJoin: string[];
    list: string[];
    monthYear: string[];
    relYearThenDate: string[];
    weekThenWeekday: string[];
    weekdayThenWeek: string[];
    qualifierJoin: string[];
    nightOf: string[];
    nightOfJoin: string[];
  };
  /** English: "10/06/2021" is day-first unless the first number cannot be a day-of-month reading. */
  dayFirst: boolean;
  /** English capitalises month names: a lower-case "may" or "march" is not a month. */
  monthNamesCapitalised: boolean;
  /** English month names double as names and verbs ("May", "June"): a bare month needs a context word or a year. */
  bareMonthNeedsContext: boolean;
}

export interface Lexicon {
  lang: Lang;
  data: DateLexiconData;
  month: Map<string, number>;
  monthAbbr: Set<string>;
  weekday: Map<string, number>;
  relDay: Map<string, number>;
  relMod: Map<string, number>;
  spanMod: Set<string>;
  unit: Map<string, Unit | "quarter" | "time">;
  plural: Set<string>;
  durationUnit: Map<string, string>;
  number: Map<string, number>;
  qualifier: Map<string, Mod>;
  holiday: Map<string, HolidayDef>;
  pastSuffix: Set<string>;
  futureSuffix: Set<string>;
  /** Regex sources (non-capturing) built from the word lists. */
  re: {
    monthFull: string;
    monthAbbr: string;
    weekday: string;
    weekdayAbbr: string;
    partOfDay: string;
    ordinal: string;
    relDay: string;
    relMod: string;
    unit: string;
    number: string;
    vague: string;
    durationUnit: string;
    ago: string;
    qualifier: string;
    season: string;
    holiday: string;
    spanHoliday: string;
    dirSuffix: string;
    setPrefix: string;
    setWord: string;
    weekdayPlural: string;
    timeWord: string;
    timePrefix: string;
    dayRange: string;
    dayList: string;
  };
  /** Phrases looked up right before a word ("in" 2020, "de" afgelopen week, "aan het" begin). */
  before: {
    /** Counts before a unit: "drie" dagen, "enkele" weken (digits are read apart). */
    count: PhraseSet;
    /** Prepositions before a count: "over" twee weken, "in" three days. */
    later: PhraseSet;
    /** Articles opening a span: "de" afgelopen week, "the" past year. */
    article: PhraseSet;
    dayArticle: PhraseSet;
    qualifierOpener: PhraseSet;
    timePrefix: PhraseSet;
    /** Make "N uur" a clock time ("om 3 uur"). */
    hourPrefix: PhraseSet;
    /** Make a year-less date point back ("sinds 1 april"). */
    pastPrefix: PhraseSet;
    /** Make a year-less date the nearest one ("tot 15 april"). */
    untilPrefix: PhraseSet;
    /** Make a bare year a date ("in 2020"). */
    yearContext: PhraseSet;
    /** Make a capitalised (Dutch) or bare (English) month name a date ("in maart"). */
    monthContext: PhraseSet;
    between: PhraseSet;
    rangeOpener: PhraseSet;
    nightOf: PhraseSet;
  };
  /** Sticky: at the end of a number, does a unit or counted noun follow ("2000 euro")? */
  blocker: RegExp;
  /** Words that make a sentence speak of the future (global: the engine collects all their positions once). */
  futureCue: RegExp;
  /** Gap patterns of the combiners (anchored, tested on the text between two atoms). */
  gap: {
    qualifier: RegExp;
    monthYear: RegExp;
    relYearThenDate: RegExp;
    weekThenWeekday: RegExp;
    weekdayThenWeek: RegExp;
    weekdayThenDate: RegExp;
    range: RegExp;
    betweenJoin: RegExp;
    list: RegExp;
    nightOfJoin: RegExp;
  };
}

const lower = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [key(k), v]));
const mapOf = <V>(r: Record<string, V>) => new Map(Object.entries(r).map(([k, v]) => [key(k), v] as [string, V]));

export function compileLexicon(lang: Lang, data: DateLexiconData): Lexicon {
  const c = data.connectors;
  const monthNames = Object.keys(data.months);
  const abbr = Object.keys(data.monthAbbreviations);
  const futureWords = alternation(data.futureCues, "initial");
  // "wordt … verwacht": grouped by the first word, so each first word is tried once
  const seconds = new Map<string, string[]>();
  for (const [a, b] of data.futureCuePairs) seconds.set(a!, [...(seconds.get(a!) ?? []), b!]);
  const pairs = [...seconds]
    .map(([a, bs]) => `${alternation([a], "initial")}${E}[^.!?\\n]{0,60}?${B}${alternation(bs, "lower")}`)
    .join("|");
  return {
    lang,
    data,
    month: new Map([...Object.entries(lower(data.months)), ...Object.entries(lower(data.monthAbbreviations))]),
    monthAbbr: new Set(abbr.map(key)),
    weekday: new Map([...Object.entries(lower(data.weekdays)), ...Object.entries(lower(data.weekdayAbbreviations))]),
    relDay: mapOf(data.relativeDays),
    relMod: mapOf(data.relativeModifiers),
    spanMod: new Set(data.spanModifiers.map(key)),
    unit: new Map([
      ...Object.entries(data.calendarUnits).map(([k, v]) => [key(k), v] as [string, Unit]),
      ...Object.entries(data.calendarUnitPlurals).map(([k, v]) => [key(k), v] as [string, Unit]),
    ]),
    plural: new Set(Object.keys(data.calendarUnitPlurals).map(key)),
    durationUnit: mapOf(data.durationUnits),
    number: mapOf(data.numberWords),
    qualifier: mapOf(data.qualifiers as Record<string, Mod>),
    holiday: mapOf(data.holidays),
    pastSuffix: new Set(data.pastSuffixes.map(key)),
    futureSuffix: new Set(data.futureSuffixes.map(key)),
    re: {
      monthFull: alternation(monthNames, "upper"),
      monthAbbr: alternation(abbr, "upper"),
      weekday: alternation(Object.keys(data.weekdays), "upper"),
      weekdayAbbr: alternation(Object.keys(data.weekdayAbbreviations), "initial"),
      partOfDay: alternation(data.partsOfDay, "lower"),
      ordinal: alternation(data.dayOrdinalSuffixes, "lower"),
      relDay: alternation(Object.keys(data.relativeDays), "initial"),
      relMod: alternation(Object.keys(data.relativeModifiers), "initial"),
      unit: alternation([...Object.keys(data.calendarUnits), ...Object.keys(data.calendarUnitPlurals)], "lower"),
      number: alternation(Object.keys(data.numberWords), "initial"),
      vague: alternation(data.vagueNumbers, "initial"),
      durationUnit: alternation(Object.keys(data.durationUnits), "lower"),
      ago: alternation(data.agoWords, "lower"),
      qualifier: alternation(Object.keys(data.qualifiers), "initial"),
      season: alternation(data.seasons, "initial"),
      holiday: alternation(Object.keys(data.holidays), "initial"),
      spanHoliday: alternation(data.spanHolidays, "initial"),
      dirSuffix: alternation([...data.pastSuffixes, ...data.futureSuffixes], "lower"),
      setPrefix: alternation(data.setPrefixes, "initial"),
      setWord: alternation(data.setWords, "initial"),
      weekdayPlural: alternation(data.weekdayPlurals, "initial"),
      timeWord: alternation(data.timeWords, "lower"),
      timePrefix: alternation(data.timePrefixes, "initial"),
      dayRange: alternation(c.dayRange),
      dayList: alternation(c.dayList),
    },
    before: {
      count: new PhraseSet([...Object.keys(data.numberWords), ...data.vagueNumbers]),
      later: new PhraseSet(data.laterPrefixes),
      article: new PhraseSet(data.spanArticles),
      dayArticle: new PhraseSet(data.dayArticles),
      qualifierOpener: new PhraseSet(data.qualifierOpeners),
      timePrefix: new PhraseSet(data.timePrefixes),
      hourPrefix: new PhraseSet(data.hourPrefixes),
      pastPrefix: new PhraseSet(data.pastPrefixes),
      untilPrefix: new PhraseSet(data.untilPrefixes),
      yearContext: new PhraseSet(data.yearContext),
      monthContext: new PhraseSet(data.monthContext),
      between: new PhraseSet(c.between),
      rangeOpener: new PhraseSet(c.rangeOpeners),
      nightOf: new PhraseSet(c.nightOf),
    },
    blocker: new RegExp(`\\s*(?:${alternation(data.numberBlockers, "initial")})${E}`, "y"),
    futureCue: new RegExp(`${SCAN_B}(?:${futureWords}${E}${pairs ? "|" + pairs : ""})`, "g"),
    gap: {
      qualifier: new RegExp(`^(?:\\s*-\\s*|\\s+(?:${alternation(c.qualifierJoin, "lower")}\\s+)?)$`),
      monthYear: new RegExp(`^,?\\s+(?:${alternation(c.monthYear, "lower")}\\s+)?$`),
      // "vorig jaar op 27 april" is one date; "eerder dit jaar, op 17 maart" two (an apposition).
      relYearThenDate: new RegExp(`^\\s+(?:${alternation(c.relYearThenDate, "lower")}\\s+)?$`),
      weekThenWeekday: new RegExp(`^,?\\s+(?:${alternation(c.weekThenWeekday, "lower")}\\s+)?$`),
      weekdayThenWeek: new RegExp(`^,?\\s+(?:${alternation(c.weekdayThenWeek, "lower")}\\s+)?$`),
      weekdayThenDate: new RegExp(`^\\.?,?\\s+(?:${alternation(data.dayArticles, "lower")}\\s+)?$`),
      range: new RegExp(`^\\s*${alternation(c.range)}\\s*$`),
      betweenJoin: new RegExp(`^\\s+${alternation(c.betweenJoin)}\\s+$`),
      list: new RegExp(`^\\s*${alternation(c.list)}\\s*$`),
      nightOfJoin: new RegExp(`^\\s+${alternation(c.nightOfJoin)}\\s+$`),
    },
  };
}

const DATA: Record<Lang, DateLexiconData> = { nl: nlData, en: enData };
const compiled: Partial<Record<Lang, Lexicon>> = {};

/** A language's compiled lexicon, built on first use: a Dutch document never pays for English. */
export function lexicon(lang: Lang): Lexicon {
  return (compiled[lang] ??= compileLexicon(lang, DATA[lang]));
}
