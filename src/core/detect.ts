// Language of a document: Dutch or English. franc-min's trigram model, limited
// to the languages we must tell apart (Dutch vs English, and German, which it
// would otherwise call Dutch), with a word-list fallback for texts too short
// for trigrams.
import { franc } from "franc-min";
import type { Lang } from "./lang.js";

const ONLY = ["nld", "eng", "deu", "fra"];
const NL_WORDS = /\b(?:de|het|een|en|van|zijn|werd|werden|is|niet|aangehouden|politie|bij|op|in|met|voor)\b/g;
const EN_WORDS = /\b(?:the|a|an|and|of|was|were|is|not|arrested|police|at|on|in|with|for)\b/g;

export interface Detection {
  lang: Lang;
  warning: string | null;
}

export function detectLanguage(text: string): Detection {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const code = sample.trim().length >= 20 ? franc(sample, { only: ONLY, minLength: 20 }) : "und";
  if (code === "nld") return { lang: "nl", warning: null };
  if (code === "eng") return { lang: "en", warning: null };
  const lower = sample.toLowerCase();
  const nlHits = lower.match(NL_WORDS)?.length ?? 0;
  const enHits = lower.match(EN_WORDS)?.length ?? 0;
  const guess: Lang = enHits > nlHits ? "en" : "nl";
  if (code === "und") return { lang: guess, warning: `language uncertain (text too short): assumed ${guess === "nl" ? "Dutch" : "English"}` };
  return { lang: guess, warning: `text looks like neither Dutch nor English (detected "${code}"): read as ${guess === "nl" ? "Dutch" : "English"}` };
}
