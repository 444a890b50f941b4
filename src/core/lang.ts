// What a language contributes to extraction: its word lists compiled into
// look-up tables. Each language builds one LanguagePack from its own data folder
// (src/lang/<code>/); the engine in src/facts never names a word itself.
import type { CountLexicon } from "./counts.js";
import type { FactType } from "./schema.js";
import { phraseSet, phraseTable, splitPhrase, type PhraseTable } from "./phrases.js";

export type Lang = "nl" | "en";

/** What a head noun is, for the fact types that count it. */
export type NounClass =
  | "person" // mensen, verdachten: arrested when an arrest cue licenses them
  | "arrestEvent" // aanhoudingen: an arrest count by itself
  | "searchEvent" // huiszoekingen: a search count by itself
  | "premises" // woningen, panden: searched when a search cue licenses them
  | "weapon"
  | "message"
  | "drugItem" // hennepplanten, xtc-pillen: drugs counted in pieces
  | "substance" // cocaïne after a mass unit
  | "cash"; // contant geld after a currency amount

export interface NounInfo {
  cls: NounClass;
  /** Singular form: with the article it is the implied one. */
  singular: boolean;
  /** weapons: firearm/explosive/blade/other/null; drugs: the substance. */
  subtype: string | null;
  /** drugs counted in pieces: "plants", "pills". */
  unit: string | null;
}

export interface SeparableCue {
  verbs: ReadonlySet<string>;
  particle: string;
}

export interface CueSet {
  words: PhraseTable<string>;
  separable: SeparableCue[];
  /** The separable cues by their verb forms, for one look-up per token. */
  separableByVerb: ReadonlyMap<string, SeparableCue[]>;
}

export interface LanguagePack {
  lang: Lang;
  abbreviations: ReadonlySet<string>;
  counts: CountLexicon;
  nouns: PhraseTable<NounInfo>;
  /** Compound heads: a token ending in one of these suffixes (hennepplanten → planten),
   *  keyed by their last three letters, longest first. */
  compoundSuffixes: ReadonlyMap<string, [string, NounInfo][]>;
  /** An unlisted plural noun of a doer, read as people ("uithalers"). */
  agentivePlural: (lower: string) => boolean;
  /** Words that look like a head of ours but are not (persbericht, patronen). */
  notHeads: ReadonlySet<string>;
  cues: Record<"arrests" | "searches" | "seizure" | "trafficking" | "messages", CueSet>;
  substances: PhraseTable<string>;
  /** Substances that start a compound ("amfetamineolie", "mdma-kristallen"), longest first. */
  substancePrefixes: [string, string][];
  /** "vier van hen": a count of people with the people said before. */
  partitive: PhraseTable<string>;
  /** "de overige drie": a count of the rest of the people. */
  restWords: ReadonlySet<string>;
  /** "beiden": a count of people by itself. */
  bothWords: Readonly<Record<string, number>>;
  /** "zijn zoon", "haar reisgenoot": one person. */
  possessives: ReadonlySet<string>;
  cashWords: PhraseTable<string>;
  /** Seized assets whose value is money seized ("cryptovaluta met een waarde van …"). */
  assetWords: ReadonlySet<string>;
  moneyNotSeizedBefore: PhraseTable<string>;
  moneyNotSeizedAfter: PhraseTable<string>;
  rates: PhraseTable<string>;
  partCountLeads: PhraseTable<string>;
  partCountPrepositions: ReadonlySet<string>;
  partLeads: PhraseTable<string>;
  singularAuxiliaries: ReadonlySet<string>;
  pluralAuxiliaries: ReadonlySet<string>;
  conjunctionUse: ReadonlyMap<string, ReadonlySet<string>>;
  subjectPronouns: ReadonlySet<string>;
  stateWords: PhraseTable<string>;
  elidedPartitive: PhraseTable<string>;
  /** Words after "een" that make it no count ("een reeks huiszoekingen"). */
  noCountWords: ReadonlySet<string>;
  /** Words allowed between a count and its head that are not adjectives by their ending. */
  adjectiveLike: (token: string, lower: string) => boolean;
  /** Function words that stop the search for a head noun. */
  stopWords: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  definiteSingular: ReadonlySet<string>;
  demonstrativePlural: ReadonlySet<string>;
  negation: PhraseTable<string>;
  hedges: PhraseTable<string>;
  earlier: PhraseTable<string>;
  earlierNeutralizers: PhraseTable<string>;
  earlierExceptions: PhraseTable<string>;
  clauseBreakers: ReadonlySet<string>;
  currentMarkers: PhraseTable<string>;
  continuation: PhraseTable<string>;
  attributionVerbs: PhraseTable<string>;
  /** Attribution verbs that stand after the source (participles: "heeft het OM bekendgemaakt"). */
  attributionAfterSource: ReadonlySet<string>;
  attributionSentence: PhraseTable<string>;
  sourceHeads: PhraseTable<string>;
  sourceModifiers: ReadonlySet<string>;
  sourceDeterminers: ReadonlySet<string>;
  sourceLinks: ReadonlySet<string>;
  /** "van", "of": the preposition of a part or of what is counted. */
  partOf: ReadonlySet<string>;
  /** "uit Tiel", "aged 27": a short phrase after a person that does not change who is meant. */
  personModifiers: ReadonlySet<string>;
  withWords: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  /** "in het centrum van Den Haag": nouns after which "van" still locates. */
  locativeNouns: ReadonlySet<string>;
  /** "in die loods": a place said before. */
  anaphoricDeterminers: ReadonlySet<string>;
  notPlacePrepositions: ReadonlySet<string>;
  thereWords: PhraseTable<string>;
}

export const TYPE_OF_CLASS: Partial<Record<NounClass, FactType>> = {
  person: "arrests",
  arrestEvent: "arrests",
  searchEvent: "searches",
  premises: "searches",
  weapon: "weapons",
  message: "messages",
  drugItem: "drugs",
};

export function words(list: readonly string[]): Set<string> {
  return new Set(list.map((w) => w.toLowerCase()));
}

export function cueSet(list: readonly string[], separable: readonly { verbs: string[]; particle: string }[] = []): CueSet {
  const seps = separable.map((s) => ({ verbs: words(s.verbs), particle: s.particle.toLowerCase() }));
  const byVerb = new Map<string, SeparableCue[]>();
  for (const sep of seps) for (const v of sep.verbs) byVerb.set(v, [...(byVerb.get(v) ?? []), sep]);
  return { words: phraseSet(list), separable: seps, separableByVerb: byVerb };
}

export { phraseSet, phraseTable, splitPhrase };
