// drugs: amounts of drugs seized, found or trafficked (FACTS.md §3): a mass or
// volume of named substances ("8 ton cocaïne" = 8000 kg; "kilo's cocaïne,
// heroïne, hasj" = "cocaine,heroin,hashish"), or drugs counted in pieces
// ("tientallen hennepplanten" in plants, "xtc-pillen" in pills).
import type { SentenceAnalysis } from "../analysis.js";
import { draftFromQnp, type Draft } from "../draft.js";

export function drugs(a: SentenceAnalysis): Draft[] {
  const cue = a.cues.seizure[0] ?? a.cues.trafficking[0] ?? null;
  if (!cue) return [];
  const L = a.lang.lang;
  const out: Draft[] = [];
  for (const q of a.qnps) {
    if (q.definite) continue;
    if (q.count.unit && (q.count.unit.kind === "mass" || q.count.unit.kind === "volume") && q.substances.length) {
      out.push(draftFromQnp(a, q, "drugs", q.substances.join(","), q.count.unit.code, `${L}.drugs.amount`, cue));
    } else if (q.head?.cls === "drugItem") {
      out.push(draftFromQnp(a, q, "drugs", q.head.subtype, q.head.unit, `${L}.drugs.items`, cue));
    }
  }
  return out;
}
