// The English language pack: the data files of this folder, compiled.
import type { LanguagePack } from "../../core/lang.js";
import { buildLanguagePack } from "../../core/pack.js";
import abbreviations from "./abbreviations.json" with { type: "json" };
import counts from "./counts.json" with { type: "json" };
import context from "./context.json" with { type: "json" };
import facts from "./facts.json" with { type: "json" };
import { EXACT_GROUPS, SCALES, VAGUE_PLURALS, parseDigits, parseNumberWord } from "./numbers.js";

const STOP = ["the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "into", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "who", "which", "that", "this", "these", "those", "they", "them", "their", "it", "its", "he", "she", "his", "her", "we", "our", "also", "not", "no", "but", "than", "then", "there", "after", "before", "during", "while", "including", "among", "between", "over", "under", "more", "some", "all", "both", "each", "per", "said", "say", "says", "against", "about", "across", "along", "around", "behind", "below", "beside", "beyond", "despite", "down", "inside", "near", "off", "onto", "out", "outside", "since", "through", "throughout", "toward", "towards", "until", "upon", "within", "without", "via", "led", "seized", "found", "arrested", "recovered"];
const STOP_SET = new Set(STOP);

let pack: LanguagePack | undefined;

/** The English pack, compiled on first use: a document in the other language never pays for it. */
export function enPack(): LanguagePack {
  return (pack ??= buildLanguagePack({
  lang: "en",
  abbreviations,
  counts,
  numbers: { numberWord: parseNumberWord, digits: parseDigits, scales: SCALES, vaguePlurals: VAGUE_PLURALS, approximateGroups: {}, exactGroups: EXACT_GROUPS, numberJoin: ["and"] },
  facts,
  context,
  grammar: {
    // English modifiers do not inflect: any content word may stand before the head
    // ("loaded handgun", "climate activists", "27-year-old woman", "Dutch nationals").
    adjectiveLike: (_text, lower) => !STOP_SET.has(lower) && (/^[a-z][a-z'-]*$/.test(lower) || /^\d+-year-old$/.test(lower)),
    stopWords: STOP,
    coordinators: ["and", "or", "plus"],
    definiteSingular: ["the", "this", "that"],
    demonstrativePlural: ["those", "these"],
    possessives: ["his", "her", "their"],
    sourceDeterminers: ["the", "a", "an"],
    sourceLinks: ["of", "in", "for", "at"],
    partOf: ["of"],
    personModifiers: ["from", "of", "in", "with", "aged"],
    withWords: ["with", "carrying"],
    attributionAfterSource: ["said", "says", "stated", "reported", "announced", "confirmed", "told", "added", "explained", "revealed", "noted", "wrote", "tweeted", "estimated", "claimed", "said in a statement"],
  },
}));
}
