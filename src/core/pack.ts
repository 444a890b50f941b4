// Compiles a language's data files (src/lang/<code>/*.json) into a LanguagePack.
// The data shapes are the same for every language; what differs by grammar
// (how adjectives look, which function words stop a noun phrase) comes in as
// a few small functions and word lists.
import type { CountLexicon, UnitKind } from "./counts.js";
import { cueSet, phraseSet, phraseTable, words, type Lang, type LanguagePack, type NounInfo } from "./lang.js";
import type { Modifier } from "./schema.js";
import { dict } from "./dict.js";

type Separable = { verbs: string[]; particle: string }[];

/** The JSON files of a language folder, as this compiler reads them. */
export interface LanguageData {
  lang: Lang;
  abbreviations: { abbreviations: string[] };
  counts: {
    modifiers: Record<"about" | "over" | "atLeast" | "under" | "atMost", string[]>;
    vague: string[];
    vagueBeforePlural: string[];
    rangeOpen: string[];
    rangeJoin: string[];
    articleOne: string[];
    negativeDeterminers: string[];
    units: { mass: Record<string, number>; volume: Record<string, number>; currency: Record<string, string> };
    /** Currency codes written before the number as words ("USD 48 million"). */
    currencyPrefixWords?: string[];
    pluralOf?: string[];
    notCountAfter: string[];
    notCountBefore: string[];
    /** "zeven op de tien", "seven out of ten": a ratio, not a count. */
    ratioWords: string[];
  };
  numbers: {
    numberWord: (word: string) => number | null;
    digits: (token: string) => number | null;
    scales: Record<string, number>;
    vaguePlurals: Record<string, number>;
    approximateGroups: Record<string, number>;
    exactGroups: Record<string, number>;
    numberJoin?: string[];
  };
  facts: {
    persons: {
      plural: string[];
      singular: string[];
      compoundMinLength: number;
      notArrested: string[];
      partitive: string[];
      restWords: string[];
      both: Record<string, number>;
      agentiveSuffixes: string[];
      agentiveMinLength: number;
      notAgentive: string[];
    };
    arrests: { eventNouns: string[]; cues: string[]; separable: Separable };
    searches: { eventNouns: string[]; premises: string[]; cues: string[]; separable: Separable };
    seizure: { cues: string[]; separable: Separable };
    drugTrafficking: string[];
    weapons: { nouns: Record<string, string[]>; compoundMinLength: number; notWeapons: string[] };
    messages: { nouns: string[]; notMessages: string[]; cues: string[]; separable: Separable };
    drugs: { substances: Record<string, string>; countNouns: Record<string, string>; countNounSubstance: Record<string, string>; notDrugs: string[] };
    money: { cashWords: string[]; assetWords: string[]; notSeizedBefore: string[]; notSeizedAfter: string[] };
    rates: string[];
    partCountLeads: string[];
    partCountPrepositions: string[];
    noCountWords: string[];
    /** "19 of them in Antwerp", "vijf daarvan in Venlo": a part of what was counted before. */
    elidedPartitive: string[];
    /** "waarvan", "waaronder", "including": what follows is a part of what came before. */
    partLeads: string[];
    singularAuxiliaries: string[];
    pluralAuxiliaries: string[];
  };
  context: {
    negation: string[];
    hedges: string[];
    earlier: string[];
    earlierNeutralizers: string[];
    currentMarkers: string[];
    continuation: string[];
    attributionVerbs: string[];
    attributionSentence: string[];
    sourceHeads: string[];
    sourceModifiers: string[];
    placePrepositions: string[];
    notPlacePrepositions: string[];
    thereWords: string[];
    locativeNouns: string[];
    anaphoricDeterminers: string[];
    /** What follows an "earlier" word and keeps it current ("earlier this week"). */
    earlierExceptions: string[];
    /** Words that start a clause of its own ("while French officers searched …"). */
    clauseBreakers: string[];
    /** Earlier-words that are conjunctions before these words ("toen ze …" is "when they"). */
    conjunctionUse: Record<string, string[]>;
    /** "hij", "she": a person said by a pronoun, one when its verb is singular. */
    subjectPronouns: string[];
    /** "are currently detained", "zitten nog steeds vast": a state, not an event. */
    stateWords: string[];
  };
  grammar: {
    adjectiveLike: (text: string, lower: string) => boolean;
    stopWords: string[];
    coordinators: string[];
    definiteSingular: string[];
    /** "those", "these", "die", "deze": before a participle they make it a name for people. */
    demonstrativePlural: string[];
    possessives: string[];
    sourceDeterminers: string[];
    sourceLinks: string[];
    /** The preposition of a part or of what is counted ("twee van de wapens", "dozens of arrests"). */
    partOf: string[];
    /** Words that open a short phrase after a person ("uit Tiel", "aged 27"): skipped when summing people. */
    personModifiers: string[];
    /** "met", "with": what an arrested person had on them. */
    withWords: string[];
    /** Attribution verbs that stand after their source ("heeft het OM bekendgemaakt", "police said"). */
    attributionAfterSource: string[];
  };
}

const MODIFIER_KINDS = ["about", "over", "atLeast", "under", "atMost"] as const;
const SIGN = /^[€$£]$/;
const entries = <V>(o: Record<string, V>) => Object.entries(o).filter(([k]) => !k.startsWith("_"));

function countLexicon(d: LanguageData): CountLexicon {
  const c = d.counts;
  const unit = (kind: UnitKind, code: string, factor: number) => ({ kind, code, factor });
  return {
    modifiers: phraseTable(MODIFIER_KINDS.flatMap((k) => c.modifiers[k].map((p) => [p, k as Modifier] as [string, Modifier]))),
    vague: phraseSet(c.vague),
    vagueBeforePlural: phraseSet(c.vagueBeforePlural),
    rangeOpen: phraseSet(c.rangeOpen),
    rangeJoin: words(c.rangeJoin),
    articleOne: words(c.articleOne),
    negative: words(c.negativeDeterminers),
    numberWord: d.numbers.numberWord,
    digits: d.numbers.digits,
    scales: dict(d.numbers.scales),
    vaguePlurals: dict(d.numbers.vaguePlurals),
    approximateGroups: dict(d.numbers.approximateGroups),
    exactGroups: dict(d.numbers.exactGroups),
    numberJoin: d.numbers.numberJoin ? words(d.numbers.numberJoin) : undefined,
    pluralOf: c.pluralOf ? words(c.pluralOf) : undefined,
    units: phraseTable([
      ...entries(c.units.mass).map(([w, f]) => [w, unit("mass", "kg", f)] as const),
      ...entries(c.units.volume).map(([w, f]) => [w, unit("volume", "l", f)] as const),
      ...entries(c.units.currency)
        .filter(([w]) => !SIGN.test(w))
        .map(([w, code]) => [w, unit("currency", code, 1)] as const),
    ]),
    currencyPrefixes: phraseTable([
      ...entries(c.units.currency).filter(([w]) => SIGN.test(w)),
      ...(c.currencyPrefixWords ?? []).map((w) => [w, c.units.currency[w] ?? w.replace(/\W/g, "").slice(0, 3).toUpperCase()] as [string, string]),
    ]),
    notCountAfter: words(c.notCountAfter),
    notCountBefore: words(c.notCountBefore),
    ratioWords: phraseSet(c.ratioWords),
  };
}

const noun = (cls: NounInfo["cls"], singular: boolean, subtype: string | null = null, unit: string | null = null): NounInfo => ({ cls, singular, subtype, unit });

export function buildLanguagePack(d: LanguageData): LanguagePack {
  const f = d.facts;
  const x = d.context;
  const g = d.grammar;
  // Only persons need to know their number ("de man" is one, "de mannen" no count);
  // for other heads the article itself says singular.
  const nounEntries: [string, NounInfo][] = [
    ...f.persons.plural.map((w) => [w, noun("person", false)] as [string, NounInfo]),
    ...f.persons.singular.map((w) => [w, noun("person", true)] as [string, NounInfo]),
    ...f.arrests.eventNouns.map((w) => [w, noun("arrestEvent", false)] as [string, NounInfo]),
    ...f.searches.eventNouns.map((w) => [w, noun("searchEvent", false)] as [string, NounInfo]),
    ...f.searches.premises.map((w) => [w, noun("premises", false)] as [string, NounInfo]),
    ...Object.entries(f.weapons.nouns).flatMap(([sub, list]) => list.map((w) => [w, noun("weapon", false, sub === "null" ? null : sub)] as [string, NounInfo])),
    ...f.messages.nouns.map((w) => [w, noun("message", false)] as [string, NounInfo]),
    ...entries(f.drugs.countNouns).map(([w, unit]) => [w, noun("drugItem", false, f.drugs.countNounSubstance[w] ?? "drugs", unit)] as [string, NounInfo]),
  ];
  // Compounds (havenarbeiders, samoeraizwaarden, handguns): a token ending in a listed noun
  // is that noun, above a minimum length that keeps short words from matching inside others.
  const compoundMin: Partial<Record<NounInfo["cls"], number>> = {
    person: f.persons.compoundMinLength,
    weapon: f.weapons.compoundMinLength,
    premises: 5,
    message: 6,
    drugItem: 4,
    searchEvent: 6,
    arrestEvent: 8,
  };
  const compoundSuffixes = new Map<string, [string, NounInfo][]>();
  for (const entry of nounEntries
    .filter(([w, info]) => !w.includes(" ") && w.length >= (compoundMin[info.cls] ?? Infinity))
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))) {
    const key = entry[0].slice(-3);
    compoundSuffixes.set(key, [...(compoundSuffixes.get(key) ?? []), entry]);
  }
  const notAgentive = words(f.persons.notAgentive);
  return {
    lang: d.lang,
    abbreviations: words(d.abbreviations.abbreviations),
    counts: countLexicon(d),
    nouns: phraseTable(nounEntries),
    compoundSuffixes,
    agentivePlural: (w) => w.length >= f.persons.agentiveMinLength && !notAgentive.has(w) && f.persons.agentiveSuffixes.some((s) => w.endsWith(s)),
    notHeads: words([...f.persons.notArrested, ...f.weapons.notWeapons, ...f.messages.notMessages, ...f.drugs.notDrugs]),
    cues: {
      arrests: cueSet(f.arrests.cues, f.arrests.separable),
      searches: cueSet(f.searches.cues, f.searches.separable),
      seizure: cueSet(f.seizure.cues, f.seizure.separable),
      trafficking: cueSet(f.drugTrafficking),
      messages: cueSet(f.messages.cues, f.messages.separable),
    },
    substances: phraseTable(entries(f.drugs.substances)),
    substancePrefixes: entries(f.drugs.substances)
      .filter(([w]) => !w.includes(" ") && w.length >= 4 && w !== "drugs")
      .sort((a, b) => b[0].length - a[0].length),
    partitive: phraseSet(f.persons.partitive),
    restWords: words(f.persons.restWords),
    bothWords: dict(f.persons.both),
    possessives: words(g.possessives),
    cashWords: phraseSet(f.money.cashWords),
    assetWords: words(f.money.assetWords),
    moneyNotSeizedBefore: phraseSet(f.money.notSeizedBefore),
    moneyNotSeizedAfter: phraseSet(f.money.notSeizedAfter),
    rates: phraseSet(f.rates),
    partCountLeads: phraseSet(f.partCountLeads),
    partCountPrepositions: words(f.partCountPrepositions),
    noCountWords: words(f.noCountWords),
    elidedPartitive: phraseSet(f.elidedPartitive),
    partLeads: phraseSet(f.partLeads),
    singularAuxiliaries: words(f.singularAuxiliaries),
    pluralAuxiliaries: words(f.pluralAuxiliaries),
    conjunctionUse: new Map(Object.entries(x.conjunctionUse).map(([w, next]) => [w, words(next)])),
    subjectPronouns: words(x.subjectPronouns),
    stateWords: phraseSet(x.stateWords),
    adjectiveLike: g.adjectiveLike,
    stopWords: words(g.stopWords),
    coordinators: words(g.coordinators),
    definiteSingular: words(g.definiteSingular),
    demonstrativePlural: words(g.demonstrativePlural),
    negation: phraseSet(x.negation),
    hedges: phraseSet(x.hedges),
    earlier: phraseSet(x.earlier),
    earlierNeutralizers: phraseSet(x.earlierNeutralizers),
    earlierExceptions: phraseSet(x.earlierExceptions),
    clauseBreakers: words(x.clauseBreakers),
    currentMarkers: phraseSet(x.currentMarkers),
    continuation: phraseSet(x.continuation),
    attributionVerbs: phraseSet(x.attributionVerbs),
    attributionAfterSource: words(g.attributionAfterSource),
    attributionSentence: phraseSet(x.attributionSentence),
    sourceHeads: phraseSet(x.sourceHeads),
    sourceModifiers: words(x.sourceModifiers),
    sourceDeterminers: words(g.sourceDeterminers),
    sourceLinks: words(g.sourceLinks),
    partOf: words(g.partOf),
    personModifiers: words(g.personModifiers),
    withWords: words(g.withWords),
    placePrepositions: words(x.placePrepositions),
    locativeNouns: words(x.locativeNouns),
    anaphoricDeterminers: words(x.anaphoricDeterminers),
    notPlacePrepositions: words(x.notPlacePrepositions),
    thereWords: phraseSet(x.thereWords),
  };
}
