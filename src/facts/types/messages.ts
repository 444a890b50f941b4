// messages: messages intercepted, decrypted, read, sent or stored (FACTS.md §3).
// Needs an explicit count and a message cue in the sentence; "een bericht" is
// not a count of intercepted traffic.
import type { SentenceAnalysis } from "../analysis.js";
import { draftFromQnp, type Draft } from "../draft.js";

export function messages(a: SentenceAnalysis): Draft[] {
  const cue = a.cues.messages[0] ?? null;
  if (!cue) return [];
  return a.qnps
    .filter((q) => q.head?.cls === "message" && !q.count.implied && !q.definite)
    .map((q) => draftFromQnp(a, q, "messages", null, null, `${a.lang.lang}.messages.${cue.at < q.count.start ? "active" : "passive"}`, cue));
}
