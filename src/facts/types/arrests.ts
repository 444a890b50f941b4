// arrests: people arrested or detained (FACTS.md §3).
// "dertig aanhoudingen" counts by itself; "negen mensen" counts when an arrest
// cue licenses it ("aangehouden", "hield … aan"); people joined by "en" add up
// ("vier mannen en een vrouw" is 5), an apposition is the same person ("een
// derde verdachte, een vrouw van 19,"), and people listed after the verb with
// their own place are parts ("vier in Venlo, de twee anderen in Lokeren").
import type { PlaceMention } from "../../core/schema.js";
import { headAt, type CueHit, type Qnp, type SentenceAnalysis } from "../analysis.js";
import { matchAt } from "../../core/phrases.js";
import { placeAfter, placeBefore } from "../parts.js";
import { draftFromQnp, nearestFor, type Draft, type RuleContext } from "../draft.js";

export function arrests(a: SentenceAnalysis, ctx: RuleContext): Draft[] {
  const L = a.lang.lang;
  const out: Draft[] = [];
  for (const q of a.qnps) {
    if (q.head?.cls === "arrestEvent" && !q.definite) out.push(draftFromQnp(a, q, "arrests", null, null, `${L}.arrests.noun`, null));
  }
  const persons = a.qnps.filter((q) => q.head?.cls === "person");
  // Only the cue loop below asks for positions.
  if (persons.length && a.cues.arrests.length) positions.set(persons, new Map(persons.map((q, i) => [q, i])));
  const taken = new Set<Qnp>();
  for (const [ci, cue] of a.cues.arrests.entries()) {
    if (isAttributive(a, cue) || isState(a, cue)) continue;
    let near = nearestFor(cue, persons, taken);
    if (!near) continue;
    // "Drie van de verdachten, onder wie een douanemedewerker, werden …": the part
    // introduced by "onder wie" belongs to the group before it.
    const whole = groupBefore(a, cue, persons);
    if (whole) {
      taken.add(near);
      near = whole;
    }
    const group = coordinated(a, appositionHead(a, near, persons), persons);
    for (const g of group) taken.add(g);
    taken.add(near);
    out.push(groupDraft(a, group, cue));
    const next = a.cues.arrests[ci + 1];
    out.push(...gapped(a, cue, next ? next.start : a.tokens.length, persons, taken, ctx.places));
  }
  return out;
}

function groupDraft(a: SentenceAnalysis, group: Qnp[], cue: CueHit): Draft {
  const L = a.lang.lang;
  const q = group[0]!;
  const how = q.definite || q.count.implied ? "impliedOne" : cue.at !== cue.start ? "separable" : cue.at < q.count.start ? "active" : "passive";
  const d = draftFromQnp(a, q, "arrests", null, null, `${L}.arrests.${how}`, cue);
  if (group.length > 1) {
    // People arrested together are one fact, their sum (FACTS.md §2).
    const sum = (k: "value" | "min" | "max") => (group.every((g) => g.count[k] !== null) ? group.reduce((s, g) => s + g.count[k]!, 0) : null);
    const exact = group.every((g) => g.count.modifier === "exact");
    const last = group[group.length - 1]!;
    d.count = {
      ...d.count,
      value: exact ? sum("value") : null,
      min: sum("min"),
      max: exact ? sum("max") : null,
      modifier: exact ? "exact" : d.count.modifier,
      text: a.original.slice(a.tokens[q.count.start]!.start, a.tokens[last.end - 1]!.end),
    };
    d.tokEnd = last.end;
    d.rule = `${L}.arrests.sum`;
  }
  return d;
}

/** Tokens that may stand between a person and what follows without changing who is meant:
 *  a short prepositional phrase ("uit Amsterdam", "van de boerderij", "van 24 jaar"). */
function skipModifier(a: SentenceAnalysis, k: number, limit: number): number {
  // "de bestuurder (44)": an age in brackets.
  if (a.tokens[k]?.text === "(" && a.tokens[k + 2]?.text === ")") k += 3;
  const t = a.tokens[k];
  if (!t || !a.lang.personModifiers.has(t.lower)) return k;
  let j = k + 1;
  // "aged 19, 22, 27 and 34": a list of ages.
  if (a.tokens[j]?.kind === "number") {
    while (j < limit && (a.tokens[j]!.kind === "number" || ((a.tokens[j]!.text === "," || a.lang.coordinators.has(a.tokens[j]!.lower)) && a.tokens[j + 1]?.kind === "number"))) j++;
    return j;
  }
  while (j < limit && j < k + 5 && a.tokens[j]!.kind !== "punct" && !a.lang.coordinators.has(a.tokens[j]!.lower)) j++;
  return j;
}

/** "een derde verdachte, een 19-jarige vrouw uit Schiedam, werd …": the apposition names the same person. */
function appositionHead(a: SentenceAnalysis, q: Qnp, persons: readonly Qnp[]): Qnp {
  const i = indexIn(persons, q);
  const prev = persons[i - 1];
  if (!prev || !q.count.implied || !(prev.count.implied || prev.definite)) return q;
  const k = skipModifier(a, prev.end, q.count.start);
  return a.tokens[k]?.text === "," && k + 1 === q.count.start ? prev : q;
}

/** The persons joined to q by "en" ("vier mannen en een vrouw", "een vrouw uit Amsterdam en haar reisgenoot"). */
function coordinated(a: SentenceAnalysis, q: Qnp, persons: readonly Qnp[]): Qnp[] {
  const group = [q];
  const joins = (left: Qnp, right: Qnp) => {
    let k = skipModifier(a, left.end, right.count.start);
    if (a.tokens[k]?.text === ",") k++;
    return k + 1 === right.count.start && a.lang.coordinators.has(a.tokens[k]!.lower);
  };
  for (let k = indexIn(persons, q) - 1; k >= 0; k--) {
    const left = persons[k]!;
    if (joins(left, group[0]!)) group.unshift(left);
    // An apposition between coordinated people: "de eigenaar, een 63-jarige man, en zijn zoon".
    else if (appositionHead(a, group[0]!, persons) === left) group[0] = left;
    else break;
  }
  for (let k = indexIn(persons, q) + 1; k < persons.length && joins(group[group.length - 1]!, persons[k]!); k++) group.push(persons[k]!);
  return group.filter((g) => !g.count.negative);
}

/**
 * "Vier van hen werden in Sint-Niklaas opgepakt, de twee anderen in Lokeren":
 * people after the verb, with a place and no verb of their own, share its cue.
 */
function gapped(a: SentenceAnalysis, cue: CueHit, until: number, persons: readonly Qnp[], taken: Set<Qnp>, places: readonly PlaceMention[]): Draft[] {
  const out: Draft[] = [];
  // People after this cue and before the next one.
  let from = 0;
  for (let hi = persons.length; from < hi; ) {
    const mid = (from + hi) >> 1;
    if (persons[mid]!.count.start <= cue.at) from = mid + 1;
    else hi = mid;
  }
  for (let k = from; k < persons.length; k++) {
    const q = persons[k]!;
    if (q.count.start >= until) break;
    if (taken.has(q) || q.count.start <= cue.at || q.count.implied || q.definite) continue;
    const place = placeAfter(a, q.end, places) ?? placeBefore(a, q.count.start, places);
    if (!place) continue;
    taken.add(q);
    const d = draftFromQnp(a, q, "arrests", null, null, `${a.lang.lang}.arrests.partCount`, cue);
    d.place = place;
    out.push(d);
  }
  return out;
}

/**
 * "those arrested", "de aangehouden man": a participle after a determiner names
 * people arrested before; it is no new arrest. ("de aanhouding van …" is a noun
 * and still counts.)
 */
function isAttributive(a: SentenceAnalysis, cue: CueHit): boolean {
  const prev = a.tokens[cue.start - 1];
  if (!prev || cue.start !== cue.at) return false;
  if (!a.lang.definiteSingular.has(prev.lower) && !a.lang.demonstrativePlural.has(prev.lower)) return false;
  return headAt(a.tokens, cue.start, a.lang)?.info.cls !== "arrestEvent";
}

/**
 * The group a cue speaks of when parts of it are named in between: "Drie van de
 * verdachten, onder wie een douanemedewerker … en een vervoerder, werden
 * aangehouden" arrests the three, not the last one named.
 */
function groupBefore(a: SentenceAnalysis, cue: CueHit, persons: readonly Qnp[]): Qnp | null {
  for (let k = cue.start - 1; k > 0 && k >= cue.start - 40; k--) {
    const lead = matchAt(a.tokens, k, a.lang.partLeads);
    if (!lead || lead.end > cue.start) continue;
    const end = a.tokens[k - 1]?.text === "," ? k - 1 : k;
    const whole = persons.find((q) => q.end === end);
    return whole && !whole.count.implied && !whole.definite ? whole : null;
  }
  return null;
}

/** "are currently detained", "zitten nog steeds vast": being held, not an arrest now. */
function isState(a: SentenceAnalysis, cue: CueHit): boolean {
  for (let k = Math.max(0, cue.start - 3); k < cue.start; k++) if (matchAt(a.tokens, k, a.lang.stateWords)) return true;
  return false;
}

// Where each person phrase stands in its list, for look-ups in constant time.
const positions = new WeakMap<readonly Qnp[], Map<Qnp, number>>();
const indexIn = (list: readonly Qnp[], q: Qnp): number => positions.get(list)?.get(q) ?? list.indexOf(q);
