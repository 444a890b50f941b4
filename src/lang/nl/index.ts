// The Dutch language pack: the data files of this folder, compiled.
import type { LanguagePack } from "../../core/lang.js";
import { buildLanguagePack } from "../../core/pack.js";
import abbreviations from "./abbreviations.json" with { type: "json" };
import counts from "./counts.json" with { type: "json" };
import context from "./context.json" with { type: "json" };
import facts from "./facts.json" with { type: "json" };
import { APPROXIMATE_GROUPS, SCALES, VAGUE_PLURALS, parseDigits, parseNumberWord } from "./numbers.js";
import numbers from "./numbers.json" with { type: "json" };

// Dutch attributive adjectives inflect with -e (geladen, grote, synthetische, Amsterdamse);
// "24-jarige" is one token too.
const ADJECTIVE_END = /(?:e|en|er|ste)$/;

let pack: LanguagePack | undefined;

/** The Dutch pack, compiled on first use: a document in the other language never pays for it. */
export function nlPack(): LanguagePack {
  return (pack ??= buildLanguagePack({
  lang: "nl",
  abbreviations,
  counts,
  numbers: { numberWord: parseNumberWord, digits: parseDigits, scales: SCALES, vaguePlurals: VAGUE_PLURALS, approximateGroups: APPROXIMATE_GROUPS, exactGroups: numbers.dozen },
  facts,
  context,
  grammar: {
    adjectiveLike: (text, lower) => ADJECTIVE_END.test(lower) || /^\d+-jarige$/.test(lower) || (/^\p{Lu}/u.test(text) && /(?:se|sche)$/.test(lower)),
    stopWords: ["de", "het", "een", "en", "of", "in", "op", "te", "bij", "van", "voor", "met", "aan", "uit", "door", "naar", "om", "over", "tot", "die", "dat", "zijn", "werden", "worden", "waren", "is", "was", "werd", "wordt", "hebben", "heeft", "had", "hadden", "er", "daar", "zij", "ze", "hij", "ook", "al", "nog", "niet", "geen", "maar", "want", "dus", "waarvan", "waaronder", "onder", "tussen", "per", "als", "dan", "wel"],
    coordinators: ["en", "of", "alsook", "plus"],
    definiteSingular: ["de", "die", "deze", "diezelfde", "dezelfde"],
    demonstrativePlural: ["die", "deze", "de"],
    possessives: ["zijn", "haar", "hun"],
    sourceDeterminers: ["het", "de", "een"],
    sourceLinks: ["van", "in", "te", "voor", "uit"],
    partOf: ["van"],
    personModifiers: ["uit", "van", "te", "in", "met"],
    withWords: ["met"],
    attributionAfterSource: ["bekendgemaakt", "gemeld", "bevestigd", "medegedeeld", "meegedeeld", "verklaard", "gezegd", "aangegeven", "laten weten", "zegt", "meldt", "bevestigt", "stelt", "verklaart", "schrijft", "meldde", "zei", "bevestigde", "schreef", "stelde", "verklaarde", "liet", "laat", "maakt", "maakte", "geeft", "gaf"],
  },
}));
}
