// Language of a document: Dutch or English. A vote of function words settles
// the clear cases at no cost; franc-min's trigram model (limited to the
// languages we must tell apart: Dutch, English, and German and French, which it
// would otherwise call Dutch or English) decides the rest.
import { franc } from "franc-min";
import type { Lang } from "./lang.js";

const ONLY = ["nld", "eng", "deu", "fra"];
// Function words of one language that are not words of the other ("in", "is" are both).
const NL_WORDS = /\b(?:de|het|een|en|van|zijn|werd|werden|niet|aangehouden|politie|bij|op|met|voor|dat|die|ook|naar|heeft|hebben)\b/g;
const EN_WORDS = /\b(?:the|a|an|and|of|was|were|not|arrested|police|at|on|with|for|that|by|from|has|have|said)\b/g;

export interface Detection {
  lang: Lang;
  warning: string | null;
}

/** Clear majorities of function words need no trigram model. */
function vote(lower: string): Lang | null {
  const nl = lower.match(NL_WORDS)?.length ?? 0;
  const en = lower.match(EN_WORDS)?.length ?? 0;
  if (nl >= 12 && nl >= 6 * Math.max(en, 1) && /\b(?:de|het|een)\b/.test(lower)) return "nl";
  if (en >= 12 && en >= 6 * Math.max(nl, 1) && /\bthe\b/.test(lower)) return "en";
  return null;
}

export function detectLanguage(text: string): Detection {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const clear = vote(sample.toLowerCase());
  if (clear) return { lang: clear, warning: null };
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
