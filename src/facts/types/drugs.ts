// drugs: amounts of drugs seized, found or trafficked (FACTS.md §3): a mass or
// volume of named substances ("8 ton cocaïne" = 8000 kg; "kilo's cocaïne,
// heroïne, hasj" = "cocaine,heroin,hashish"), or drugs counted in pieces
// ("tientallen hennepplanten" in plants, "xtc-pillen" in pills).
import type { SentenceAnalysis } from "../analysis.js";
import { substanceAt, type Qnp } from "../analysis.js";
import { draftFromQnp, seizureCue, type Draft, type RuleContext } from "../draft.js";

export function drugs(a: SentenceAnalysis, ctx: RuleContext): Draft[] {
  const cue = seizureCue(a, ctx, true);
  if (!cue) return [];
  const L = a.lang.lang;
  const out: Draft[] = [];
  // "7,2 ton cocaïne, tegenover 3,4 ton een jaar eerder", "een partij heroïne. Het gaat
  // om 200 kilo": an amount without its substance takes the one named beside it.
  let named: string[] | null | undefined;
  // Looked for only when an amount lacks its substance.
  const nameNear = () => (named ??= a.qnps.find((q) => q.substances.length)?.substances ?? substancesIn(a) ?? (ctx.previous ? substancesIn(ctx.previous) : null));
  for (const q of a.qnps) {
    if (q.definite) continue;
    const amount = q.count.unit && (q.count.unit.kind === "mass" || q.count.unit.kind === "volume");
    if (amount && q.substances.length) {
      out.push(draftFromQnp(a, q, "drugs", q.substances.join(","), q.count.unit!.code, `${L}.drugs.amount`, cue));
    } else if (amount && isBareAmount(a, q) && nameNear()) {
      out.push(draftFromQnp(a, q, "drugs", nameNear()!.join(","), q.count.unit!.code, `${L}.drugs.elliptic`, cue));
    } else if (q.head?.cls === "drugItem") {
      out.push(draftFromQnp(a, q, "drugs", q.head.subtype, q.head.unit, `${L}.drugs.items`, cue));
    }
  }
  return out;
}

/** An amount that ends its phrase (no noun after the unit): "3,4 ton een jaar eerder". */
function isBareAmount(a: SentenceAnalysis, q: Qnp): boolean {
  const next = a.tokens[q.end];
  // "een ton aan contant geld" is money, "250 kilo van de partij" is said of something.
  if (next && (next.lower === "aan" || a.lang.partOf.has(next.lower))) return false;
  return !next || next.kind !== "word" || a.lang.stopWords.has(next.lower) || /^(?:een|vorig|eerder)$/.test(next.lower);
}

/** The substances a sentence names anywhere ("een grote partij heroïne"), or null. */
function substancesIn(a: SentenceAnalysis): string[] | null {
  const found: string[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const m = substanceAt(a.tokens, i, a.lang);
    if (m && m.value !== "drugs" && !found.includes(m.value)) found.push(m.value);
  }
  return found.length ? found : null;
}
