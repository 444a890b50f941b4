// Language of a document: Dutch or English. A vote of function words settles
// the clear cases at no cost; franc's trigram model decides the rest, limited
// to the languages we must tell apart: Dutch and English, and the neighbours it
// would otherwise take for them (German, French, Afrikaans, Frisian, West
// Flemish is Dutch). The full franc, not franc-min: only it knows Afrikaans.
import { detectWithFranc } from "./franc.js";
import type { Lang } from "./lang.js";
import type { MessageKey, Notice } from "./messages.js";

const ONLY = ["nld", "eng", "deu", "fra", "afr", "fry", "lim", "vls"];
// Function words of one language that are not words of the other ("in", "is" are both).
const NL_WORDS = /\b(?:de|het|een|en|van|zijn|werd|werden|niet|aangehouden|politie|bij|op|met|voor|dat|die|ook|naar|heeft|hebben)\b/g;
const EN_WORDS = /\b(?:the|a|an|and|of|was|were|not|arrested|police|at|on|with|for|that|by|from|has|have|said)\b/g;

export interface Detection {
  lang: Lang;
  /** False when the text is in another language: then nothing is extracted. */
  supported: boolean;
  warning: Notice | null;
}

// Marks of Afrikaans, which shares most of Dutch's function words.
const AFRIKAANS = /(?:^|\s)(?:nie|'n|vir|hulle|hierdie|gister|word)(?=[\s.,!?]|$)/g;

// The words of NL_WORDS and EN_WORDS. Each of those patterns matches exactly the whole
// runs of \w characters that are one of its words, so counting such runs counts its matches.
const NL_SET = new Set(NL_WORDS.source.slice(5, -3).split("|"));
const EN_SET = new Set(EN_WORDS.source.slice(5, -3).split("|"));
const LONGEST = Math.max(...[...NL_SET, ...EN_SET].map((w) => w.length));
// Per first two characters (c0 << 7 | c1), a bit per length of the words of either set
// that start so: most runs of a text start no such word and are never sliced.
const SHAPES = new Uint16Array(128 * 128);
const ONE_LETTER = new Uint8Array(128);
for (const w of [...NL_SET, ...EN_SET]) {
  if (w.length === 1) ONE_LETTER[w.charCodeAt(0)] = 1;
  else SHAPES[(w.charCodeAt(0) << 7) | w.charCodeAt(1)]! |= 1 << w.length;
}
const isW = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Clear majorities of function words need no trigram model. */
function vote(lower: string): Lang | null {
  // One pass over the \w runs instead of three regex scans of the sample.
  let nl = 0;
  let en = 0;
  let articles = 0;
  let the = false;
  const n = lower.length;
  for (let i = 0; i < n; ) {
    if (!isW(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < n && isW(lower.charCodeAt(i))) i++;
    const len = i - s;
    if (len > LONGEST) continue;
    // \w is ASCII: both characters index the tables.
    if (len === 1 ? ONE_LETTER[lower.charCodeAt(s)] === 0 : (SHAPES[(lower.charCodeAt(s) << 7) | lower.charCodeAt(s + 1)]! & (1 << len)) === 0) continue;
    const w = lower.slice(s, i);
    if (NL_SET.has(w)) {
      nl++;
      if (w === "de" || w === "een") articles++;
    }
    if (EN_SET.has(w)) {
      en++;
      if (w === "the") the = true;
    }
  }
  if (nl >= 12 && nl >= 6 * Math.max(en, 1) && articles >= 3 && (lower.match(AFRIKAANS)?.length ?? 0) < 2) return "nl";
  if (en >= 12 && en >= 6 * Math.max(nl, 1) && the) return "en";
  return null;
}

// Dialects franc tells apart that are Dutch to a reader of the news.
const DUTCH = new Set(["nld", "vls", "lim"]);

export function detectLanguage(text: string): Detection {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const lower = sample.toLowerCase();
  const clear = vote(lower);
  if (clear) return { lang: clear, supported: true, warning: null };
  const code = sample.trim().length >= 20 ? detectWithFranc(sample, ONLY, 20) : "und";
  if (DUTCH.has(code)) return { lang: "nl", supported: true, warning: null };
  if (code === "eng") return { lang: "en", supported: true, warning: null };
  const nlHits = lower.match(NL_WORDS)?.length ?? 0;
  const enHits = lower.match(EN_WORDS)?.length ?? 0;
  const guess: Lang = enHits > nlHits ? "en" : "nl";
  const language: MessageKey = guess === "nl" ? "language.dutch" : "language.english";
  if (code === "und") return { lang: guess, supported: true, warning: { key: "detect.tooShort", params: { language: `@${language}` } } };
  return { lang: guess, supported: false, warning: { key: "detect.unsupported", params: { code } } };
}
