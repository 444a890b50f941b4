// money: cash or assets seized or found (FACTS.md §3) — not fines, damages,
// prices or values ("met een straatwaarde van 2 miljoen euro").
// In Dutch money talk "een ton" is 100 000 euro when it is money, not a mass.
import type { Qnp, SentenceAnalysis } from "../analysis.js";
import { matchAt } from "../../core/phrases.js";
import { draftFromQnp, foundOnArrested, seizureCue, type Draft, type RuleContext } from "../draft.js";

const MONEY_TON = 100_000;

export function money(a: SentenceAnalysis, ctx: RuleContext): Draft[] {
  // Money leans on another sentence's cue only as an item of a list ("In beslag genomen:").
  const cue = a.cues.seizure[0] ?? (ctx.previous && ctx.previous.sentence.paragraph !== a.sentence.paragraph ? seizureCue(a, ctx) : null) ?? foundOnArrested(a);
  if (!cue) return [];
  const L = a.lang.lang;
  const out: Draft[] = [];
  for (const q of a.qnps) {
    if (q.definite) continue;
    if (q.currency) {
      if (notSeized(a, q)) continue;
      out.push(draftFromQnp(a, q, "money", null, dollarOf(a, q, ctx) ?? q.currency, `${L}.money.seized`, cue));
    } else if (q.count.unit?.kind === "mass" && /^ton(?:nen)?$/.test(q.count.unit.word) && !q.substances.length && isCashAfter(a, q.count.end)) {
      const d = draftFromQnp(a, q, "money", null, "EUR", `${L}.money.ton`, cue);
      const per = (n: number | null) => (n === null ? null : (n / 1000) * MONEY_TON);
      // "enkele tonnen" reads as the plural unit: 200 000–999 999 (FACTS.md §3).
      const max = q.count.modifier === "vague" && q.count.max === null ? 10 * MONEY_TON - 1 : per(q.count.max);
      d.count = { ...d.count, value: per(q.count.value), min: per(q.count.min), max };
      out.push(d);
    }
  }
  return out;
}

function isCashAfter(a: SentenceAnalysis, k: number): boolean {
  const at = a.tokens[k]?.lower === "aan" ? k + 1 : k;
  return matchAt(a.tokens, at, a.lang.cashWords) !== null;
}

/** A value, fine or damages rather than money found: "waarde van …", "… schadevergoeding". */
function notSeized(a: SentenceAnalysis, q: Qnp): boolean {
  for (let k = Math.max(0, q.count.start - 4); k < q.count.start; k++) {
    const m = matchAt(a.tokens, k, a.lang.moneyNotSeizedBefore);
    if (!m || m.end !== q.count.start) continue;
    // "cryptovaluta met een waarde van 1,3 miljoen euro": the value of seized assets is money seized.
    const valued = a.tokens.slice(Math.max(0, m.start - 4), m.start);
    if (/waarde/.test(a.tokens[m.start]!.lower) && !/straat/.test(a.tokens[m.start]!.lower) && valued.some((t) => a.lang.assetWords.has(t.lower))) return false;
    return true;
  }
  return matchAt(a.tokens, q.end, a.lang.moneyNotSeizedAfter) !== null;
}

const DOLLARS: Record<string, string> = { CA: "CAD", AU: "AUD", NZ: "NZD", HK: "HKD", SG: "SGD" };
const DOLLAR_WORDS: Record<string, string> = { canadian: "CAD", australian: "AUD", "new zealand": "NZD", "hong kong": "HKD", singapore: "SGD", canadese: "CAD", australische: "AUD" };

/**
 * "$" is the US dollar unless the sentence names another dollar ("in Canadian
 * currency") or the document's places are all in a country of another dollar.
 */
function dollarOf(a: SentenceAnalysis, q: Qnp, ctx: RuleContext): string | null {
  if (q.count.unit?.word !== "$") return null;
  const sentence = a.tokens.map((t) => t.lower).join(" ");
  for (const [word, code] of Object.entries(DOLLAR_WORDS)) if (sentence.includes(word)) return code;
  const countries = new Set(ctx.places.map((p) => p.country).filter((c): c is string => c !== null));
  const dollar = [...countries].map((c) => DOLLARS[c]).filter(Boolean);
  return dollar.length === 1 && !countries.has("US") ? dollar[0]! : null;
}

