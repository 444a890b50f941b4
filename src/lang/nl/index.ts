// The Dutch language pack: the data files of this folder compiled into tables.
import type { CountLexicon } from "../../core/counts.js";
import { cueSet, phraseSet, phraseTable, words, type LanguagePack, type NounInfo } from "../../core/lang.js";
import type { Modifier } from "../../core/schema.js";
import abbreviations from "./abbreviations.json" with { type: "json" };
import counts from "./counts.json" with { type: "json" };
import context from "./context.json" with { type: "json" };
import facts from "./facts.json" with { type: "json" };
import { APPROXIMATE_GROUPS, SCALES, VAGUE_PLURALS, parseDigits, parseNumberWord } from "./numbers.js";
import numbers from "./numbers.json" with { type: "json" };

const MODIFIER_KINDS = ["about", "over", "atLeast", "under", "atMost"] as const;

const units: [string, { kind: "mass" | "volume" | "currency"; code: string; factor: number }][] = [
  ...Object.entries(counts.units.mass).map(([w, f]) => [w, { kind: "mass" as const, code: "kg", factor: f }] as [string, { kind: "mass"; code: string; factor: number }]),
  ...Object.entries(counts.units.volume).map(([w, f]) => [w, { kind: "volume" as const, code: "l", factor: f }] as [string, { kind: "volume"; code: string; factor: number }]),
  ...Object.entries(counts.units.currency)
    .filter(([w]) => !/^[€$£]$/.test(w))
    .map(([w, c]) => [w, { kind: "currency" as const, code: c, factor: 1 }] as [string, { kind: "currency"; code: string; factor: number }]),
];

const countLexicon: CountLexicon = {
  modifiers: phraseTable(MODIFIER_KINDS.flatMap((k) => (counts.modifiers[k] as string[]).map((p) => [p, k as Modifier] as [string, Modifier]))),
  vague: phraseSet(counts.vague),
  vagueBeforePlural: phraseSet(counts.vagueBeforePlural),
  rangeOpen: phraseSet(counts.rangeOpen),
  rangeJoin: words(counts.rangeJoin),
  articleOne: words(counts.articleOne),
  negative: words(counts.negativeDeterminers),
  numberWord: parseNumberWord,
  digits: parseDigits,
  scales: SCALES,
  vaguePlurals: VAGUE_PLURALS,
  approximateGroups: APPROXIMATE_GROUPS,
  exactGroups: numbers.dozen,
  units: phraseTable(units),
  currencyPrefixes: phraseTable(Object.entries(counts.units.currency).filter(([w]) => /^[€$£]$/.test(w))),
  notCountAfter: words(counts.notCountAfter),
  notCountBefore: words(counts.notCountBefore),
};

const noun = (cls: NounInfo["cls"], singular: boolean, subtype: string | null = null, unit: string | null = null): NounInfo => ({ cls, singular, subtype, unit });

// Only persons need to know their number ("de man" is one, "de mannen" no count);
// for other heads the article "een" itself says singular.
const nounEntries: [string, NounInfo][] = [
  ...facts.persons.plural.map((w) => [w, noun("person", false)] as [string, NounInfo]),
  ...facts.persons.singular.map((w) => [w, noun("person", true)] as [string, NounInfo]),
  ...facts.arrests.eventNouns.map((w) => [w, noun("arrestEvent", false)] as [string, NounInfo]),
  ...facts.searches.eventNouns.map((w) => [w, noun("searchEvent", false)] as [string, NounInfo]),
  ...facts.searches.premises.map((w) => [w, noun("premises", false)] as [string, NounInfo]),
  ...Object.entries(facts.weapons.nouns).flatMap(([sub, list]) =>
    (list as string[]).map((w) => [w, noun("weapon", false, sub === "null" ? null : sub)] as [string, NounInfo]),
  ),
  ...facts.messages.nouns.map((w) => [w, noun("message", false)] as [string, NounInfo]),
  ...Object.entries(facts.drugs.countNouns)
    .filter(([w]) => !w.startsWith("_"))
    .map(([w, unit]) => [w, noun("drugItem", false, (facts.drugs.countNounSubstance as Record<string, string>)[w] ?? "drugs", unit)] as [string, NounInfo]),
];
const nouns = phraseTable(nounEntries);

// Dutch writes compounds as one word (havenarbeiders, samoeraizwaarden, sms-berichten):
// a token ending in a listed noun is that noun, above a minimum length that keeps
// short words from matching inside unrelated ones.
const COMPOUND_MIN: Partial<Record<NounInfo["cls"], number>> = {
  person: facts.persons.compoundMinLength,
  weapon: facts.weapons.compoundMinLength,
  premises: 5,
  message: 6,
  drugItem: 4,
  searchEvent: 6,
  arrestEvent: 8,
};
const compoundSuffixes = new Map<string, [string, NounInfo][]>();
for (const entry of nounEntries
  .filter(([w, info]) => !w.includes(" ") && w.length >= (COMPOUND_MIN[info.cls] ?? Infinity))
  .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))) {
  const key = entry[0].slice(-3);
  compoundSuffixes.set(key, [...(compoundSuffixes.get(key) ?? []), entry]);
}

const ADJECTIVE_END = /(?:e|en|er|ste)$/;

export const nl: LanguagePack = {
  lang: "nl",
  abbreviations: words(abbreviations.abbreviations),
  counts: countLexicon,
  nouns,
  compoundSuffixes,
  agentivePlural: (() => {
    const suffixes = facts.persons.agentiveSuffixes;
    const not = words(facts.persons.notAgentive);
    return (w: string) => w.length >= facts.persons.agentiveMinLength && !not.has(w) && suffixes.some((s) => w.endsWith(s));
  })(),
  notHeads: words([...facts.persons.notArrested, ...facts.weapons.notWeapons, ...facts.messages.notMessages, ...facts.drugs.notDrugs]),
  cues: {
    arrests: cueSet(facts.arrests.cues, facts.arrests.separable),
    searches: cueSet(facts.searches.cues, facts.searches.separable),
    seizure: cueSet(facts.seizure.cues, facts.seizure.separable),
    trafficking: cueSet(facts.drugTrafficking),
    messages: cueSet(facts.messages.cues, facts.messages.separable),
  },
  substances: phraseTable(Object.entries(facts.drugs.substances)),
  substancePrefixes: Object.entries(facts.drugs.substances)
    .filter(([w]) => !w.includes(" ") && w.length >= 4 && w !== "drugs")
    .sort((a, b) => b[0].length - a[0].length),
  partitive: phraseSet(facts.persons.partitive),
  restWords: words(facts.persons.restWords),
  bothWords: facts.persons.both,
  possessives: words(["zijn", "haar", "hun"]),
  cashWords: phraseSet(facts.money.cashWords),
  assetWords: words(facts.money.assetWords),
  moneyNotSeizedBefore: phraseSet(facts.money.notSeizedBefore),
  moneyNotSeizedAfter: phraseSet(facts.money.notSeizedAfter),
  rates: phraseSet(facts.rates),
  partCountLeads: phraseSet(facts.partCountLeads),
  partCountPrepositions: words(facts.partCountPrepositions),
  noCountWords: words(facts.noCountWords),
  // Dutch attributive adjectives inflect with -e (geladen, grote, synthetische, Amsterdamse);
  // "24-jarige" is one token too.
  adjectiveLike: (text, lower) => ADJECTIVE_END.test(lower) || /^\d+-jarige$/.test(lower) || (/^\p{Lu}/u.test(text) && /(?:se|sche)$/.test(lower)),
  stopWords: words(["de", "het", "een", "en", "of", "in", "op", "te", "bij", "van", "voor", "met", "aan", "uit", "door", "naar", "om", "over", "tot", "die", "dat", "zijn", "werden", "worden", "waren", "is", "was", "werd", "wordt", "hebben", "heeft", "had", "hadden", "er", "daar", "zij", "ze", "hij", "ook", "al", "nog", "niet", "geen", "maar", "want", "dus", "waarvan", "waaronder", "onder", "tussen", "per", "als", "dan", "wel"]),
  coordinators: words(["en", "of", "alsook", "plus"]),
  definiteSingular: words(["de", "die", "deze", "diezelfde", "dezelfde"]),
  negation: phraseSet(context.negation),
  hedges: phraseSet(context.hedges),
  earlier: phraseSet(context.earlier),
  earlierNeutralizers: phraseSet(context.earlierNeutralizers),
  currentMarkers: phraseSet(context.currentMarkers),
  continuation: phraseSet(context.continuation),
  attributionVerbs: phraseSet(context.attributionVerbs),
  attributionAfterSource: words(["bekendgemaakt", "gemeld", "bevestigd", "medegedeeld", "meegedeeld", "verklaard", "gezegd", "aangegeven", "laten weten", "zegt", "meldt", "bevestigt", "stelt", "verklaart", "schrijft", "meldde", "zei", "bevestigde", "schreef", "stelde", "verklaarde", "liet", "laat", "maakt", "maakte", "geeft", "gaf"]),
  attributionSentence: phraseSet(context.attributionSentence),
  sourceHeads: phraseSet(context.sourceHeads),
  sourceModifiers: words(context.sourceModifiers),
  sourceDeterminers: words(["het", "de", "een"]),
  sourceLinks: words(["van", "in", "te", "voor", "uit"]),
  placePrepositions: words(context.placePrepositions),
  locativeNouns: words(context.locativeNouns),
  anaphoricDeterminers: words(context.anaphoricDeterminers),
  notPlacePrepositions: words(context.notPlacePrepositions),
  thereWords: phraseSet(context.thereWords),
};
