// Count phrases (FACTS.md §4): a modifier, a number, a range or a vague
// quantity, and an optional unit — recognised over tokens with a language's
// lexicon, so Dutch and English share one grammar.
import type { Modifier } from "./schema.js";
import type { Token } from "./text.js";
import { matchAt, type PhraseTable } from "./phrases.js";

export type UnitKind = "mass" | "volume" | "currency";

export interface CountLexicon {
  modifiers: PhraseTable<Modifier>;
  /** Vague quantities: enkele, een paar, several. */
  vague: PhraseTable<string>;
  /** Words that make a following vague plural read as that plural ("enkele honderden"). */
  vagueBeforePlural: PhraseTable<string>;
  rangeOpen: PhraseTable<string>;
  rangeJoin: ReadonlySet<string>;
  /** The article that counts one: een, a, an. */
  articleOne: ReadonlySet<string>;
  /** Determiners that count none: geen, no. */
  negative: ReadonlySet<string>;
  numberWord(word: string): number | null;
  digits(token: string): number | null;
  scales: Readonly<Record<string, number>>;
  /** tientallen → 10, honderden → 100, dozens → 10 … */
  vaguePlurals: Readonly<Record<string, number>>;
  /** Counted groups that read as "about": een tiental → 10. Only after articleOne. */
  approximateGroups: Readonly<Record<string, number>>;
  /** Exact groups: dozijn, dozen → 12. */
  exactGroups: Readonly<Record<string, number>>;
  /** Number words that join two numbers into one ("twenty-one" is a token; "two hundred and fifty" joins by "and"). */
  numberJoin?: ReadonlySet<string>;
  /** The word that joins a vague plural to what it counts ("hundreds of millions", "dozens of arrests"). */
  pluralOf?: ReadonlySet<string>;
  units: PhraseTable<{ kind: UnitKind; code: string; factor: number }>;
  /** Currency signs written before the number (€ 12.500, £15,000). */
  currencyPrefixes: PhraseTable<string>;
  notCountAfter: ReadonlySet<string>;
  notCountBefore: ReadonlySet<string>;
  ratioWords?: PhraseTable<string>;
}

export interface CountUnit {
  kind: UnitKind;
  /** "kg", "l", or an ISO 4217 code. */
  code: string;
  /** Token index range of the unit word(s). */
  start: number;
  end: number;
  /** The unit as written ("ton", "kilo's"), lower case. */
  word: string;
}

export interface CountMatch {
  /** Token range of the whole phrase (modifier, number, unit). */
  start: number;
  end: number;
  value: number | null;
  min: number | null;
  max: number | null;
  modifier: Modifier;
  /** Said as the article alone ("een handgranaat"): the implied one. */
  implied: boolean;
  /** Said with a negative determiner ("geen aanhoudingen"). */
  negative: boolean;
  unit: CountUnit | null;
}

interface NumberAt {
  value: number;
  end: number;
  /** The product of scale words applied ("miljoen"), 1 if none. */
  scale: number;
  /** Letters written onto the digits ("500g", "2kg", "10am"). */
  suffix?: string;
}

const ATTACHED = /^(\d[\d.,]*?)([a-z]+)$/i;

// `word in table` for the lexicon's plain-object tables, answered by Sets: `in` with a
// word cut from the text must find that string in V8's global string table first,
// which made it the slowest look-up of the grammar.
const KEY_SETS = new WeakMap<object, ReadonlySet<string>>();

function isIn(word: string, table: Readonly<Record<string, number>>): boolean {
  let keys = KEY_SETS.get(table);
  if (!keys) KEY_SETS.set(table, (keys = new Set(Object.keys(table))));
  return keys.has(word);
}

/** A plain number starting at token i: digits or words, with scale words after it. */
function numberAt(tokens: readonly Token[], i: number, lex: CountLexicon): NumberAt | null {
  const t = tokens[i];
  if (!t) return null;
  let value: number | null = null;
  let j = i + 1;
  if (t.kind === "number") {
    // "EUR 600 000", "12 500 euro": thousands grouped by single spaces.
    let digits = t.text;
    if (/^[1-9]\d{0,2}$/.test(digits)) {
      while (/^\d{3}$/.test(tokens[j]?.text ?? "") && tokens[j]!.start === tokens[j - 1]!.end + 1) {
        digits += tokens[j]!.text;
        j++;
      }
    }
    value = lex.digits(j > i + 1 ? digits : t.text);
    const attached = value === null ? ATTACHED.exec(t.text) : null;
    if (attached) {
      const v = lex.digits(attached[1]!);
      if (v !== null) return withScale(tokens, j, lex, v, attached[2]!.toLowerCase());
    }
  }
  else if (lex.articleOne.has(t.lower)) {
    // "een half miljoen", "een miljoen", "a million": the article is the number one.
    // "een halve kilo", "een honderd", "een duizend".
    const next = tokens[i + 1];
    const nv = next && next.kind === "word" ? lex.numberWord(next.lower) : null;
    const after = tokens[i + 2];
    if (nv === 0.5 && after && (isIn(after.lower, lex.scales) || matchAt(tokens, i + 2, lex.units))) {
      value = 0.5;
      j = i + 2;
    } else if (nv === 100 || nv === 1000) [value, j] = joinWords(tokens, j, lex, 1);
    else value = 1;
  } else if (lex.numberWord(t.lower) === 0.5 && lex.articleOne.has(tokens[i + 1]?.lower ?? "")) {
    // "half a kilo", "half a million"
    value = 0.5;
    j = i + 2;
  } else {
    value = lex.numberWord(t.lower);
    if (value !== null && value !== 0.5) [value, j] = joinWords(tokens, j, lex, value);
  }
  if (value === null || value < 0) return null;
  // "one and a half million"
  if (lex.numberJoin?.has(tokens[j]?.lower ?? "") && lex.articleOne.has(tokens[j + 1]?.lower ?? "") && lex.numberWord(tokens[j + 2]?.lower ?? "") === 0.5) {
    value += 0.5;
    j += 3;
  }
  return withScale(tokens, j, lex, value);
}

/**
 * Words that make one number with the first: "two hundred and fifty", "twenty
 * one", "three thousand five hundred and twelve", "duizend vijfhonderd".
 * Returns the value and the index after the last word.
 */
function joinWords(tokens: readonly Token[], j: number, lex: CountLexicon, first: number): [number, number] {
  let total = 0;
  let current = 0;
  const add = (v: number) => {
    // "twee honderd": a multiplier; "honderd" alone or after the thousands ("elfduizend honderd"): 100 more.
    if (v === 100 && current > 0 && current < 100) current *= 100;
    else if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += v;
  };
  // A word may follow only where it can in a number: units after tens, tens after hundreds…
  const fits = (v: number) => {
    // Dutch writes 1100 and 27100 "duizend honderd", "zevenentwintigduizend honderd" too.
    if (v === 100) return (current > 0 && current < 100) || (total + current >= 1000 && (total + current) % 1000 === 0);
    if (v === 1000) return total === 0 && current > 0 && current < 1000;
    if (v < 10) return current % 10 === 0;
    return current % 100 === 0;
  };
  add(first);
  for (;;) {
    let k = j;
    if (lex.numberJoin?.has(tokens[k]?.lower ?? "")) k++;
    const nxt = tokens[k];
    const v = nxt && nxt.kind === "word" && !isIn(nxt.lower, lex.scales) ? lex.numberWord(nxt.lower) : null;
    if (v === null || !Number.isInteger(v) || !fits(v)) break;
    add(v);
    j = k + 1;
  }
  return [total + current, j];
}

function withScale(tokens: readonly Token[], j: number, lex: CountLexicon, value: number, suffix?: string): NumberAt {
  let scale = 1;
  while (tokens[j] && isIn(tokens[j]!.lower, lex.scales)) {
    scale *= lex.scales[tokens[j]!.lower]!;
    j++;
  }
  return { value: round(value * scale), end: j, scale, suffix };
}

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function exactWith(modifier: Modifier, n: number): Pick<CountMatch, "value" | "min" | "max" | "modifier"> {
  switch (modifier) {
    case "about":
      return { value: n, min: null, max: null, modifier };
    case "over":
    case "atLeast":
      return { value: n, min: n, max: null, modifier };
    case "under":
    case "atMost":
      return { value: n, min: null, max: n, modifier };
    default:
      return { value: n, min: n, max: n, modifier: "exact" };
  }
}

/** A vague plural chain: "honderden miljoenen" → unit 10^8; "tientallen" → 10. */
function vaguePluralAt(tokens: readonly Token[], i: number, lex: CountLexicon): { unit: number; end: number } | null {
  const t = tokens[i];
  if (!t || !isIn(t.lower, lex.vaguePlurals)) return null;
  let unit = lex.vaguePlurals[t.lower]!;
  let j = i + 1;
  for (;;) {
    // "tens of thousands", "hundreds of millions": the joining word is skipped.
    const k = lex.pluralOf?.has(tokens[j]?.lower ?? "") ? j + 1 : j;
    const w = tokens[k]?.lower;
    if (w === undefined || !(isIn(w, lex.vaguePlurals) || isIn(w, lex.scales))) break;
    unit *= lex.vaguePlurals[w] ?? lex.scales[w]!;
    j = k + 1;
  }
  return { unit, end: j };
}

/**
 * The count phrase starting exactly at token i, or null. Ages, years, times,
 * phone numbers and percentages are refused here (FACTS.md §4).
 */
export function countAt(tokens: readonly Token[], i: number, lex: CountLexicon): CountMatch | null {
  const first = tokens[i];
  if (!first || !mayStartCount(first, lex)) return null;
  let j = i;
  let modifier: Modifier = "exact";
  const mod = matchAt(tokens, j, lex.modifiers);
  // "geen aanhoudingen", "no arrests" — but "no fewer than 14" is a modifier.
  if (!mod && lex.negative.has(first.lower)) {
    return { start: i, end: i + 1, value: 0, min: 0, max: 0, modifier: "exact", implied: false, negative: true, unit: null };
  }
  if (mod) {
    modifier = mod.value;
    j = mod.end;
    if (tokens[j]?.text === ".") j++;
  }
  // A currency sign before the number: "€ 12.500", "£15,000".
  let prefixCurrency: CountUnit | null = null;
  const cur = matchAt(tokens, j, lex.currencyPrefixes);
  if (cur) {
    prefixCurrency = { kind: "currency", code: cur.value, start: cur.start, end: cur.end, word: tokens[cur.start]!.lower };
    j = cur.end;
  }
  let result: Omit<CountMatch, "unit" | "start"> | null = null;
  let attachedUnit: (CountUnit & { factor: number }) | null = null;

  const open = matchAt(tokens, j, lex.rangeOpen);
  const rangeFrom = open ? open.end : j;
  const a = numberAt(tokens, rangeFrom, lex);
  const joinTok = a ? tokens[a.end] : undefined;
  if (a && joinTok && lex.rangeJoin.has(joinTok.lower) && (open || joinTok.lower !== "en")) {
    const b = numberAt(tokens, a.end + 1, lex);
    if (b && b.value > 0) {
      // "tussen de 1 en 2 miljoen": the scale written once applies to both ends.
      const lo = a.scale === 1 && b.scale > 1 && a.value * b.scale <= b.value ? a.value * b.scale : a.value;
      if (lo < b.value) result = { end: b.end, value: null, min: round(lo), max: b.value, modifier: "range", implied: false, negative: false };
    }
  }
  // "20-30"; never a phone number ("0900-8844": leading zero) or a code.
  if (!result && /^[1-9]\d{0,5}-[1-9]\d{0,5}$/.test(tokens[j]?.text ?? "")) {
    const [lo, hi] = tokens[j]!.text.split("-").map(Number) as [number, number];
    if (lo < hi) result = { end: j + 1, value: null, min: lo, max: hi, modifier: "range", implied: false, negative: false };
  }
  if (!result) {
    const before = matchAt(tokens, j, lex.vagueBeforePlural);
    const plural = vaguePluralAt(tokens, before ? before.end : j, lex) ?? vaguePluralAt(tokens, j, lex);
    if (plural) {
      result = { end: plural.end, value: null, min: 2 * plural.unit, max: 10 * plural.unit - 1, modifier: "vague", implied: false, negative: false };
    }
  }
  if (!result) {
    const vague = matchAt(tokens, j, lex.vague);
    if (vague) {
      // "een paar honderd", "enkele duizend euro": several of that unit, read as its plural.
      const next = tokens[vague.end];
      const unit = next ? (isIn(next.lower, lex.scales) ? lex.scales[next.lower]! : next.kind === "word" ? lex.numberWord(next.lower) : null) : null;
      if (unit === 100 || unit === 1000 || (unit !== null && unit >= 1e6 && isIn(next!.lower, lex.scales))) {
        result = { end: vague.end + 1, value: null, min: 2 * unit, max: 10 * unit - 1, modifier: "vague", implied: false, negative: false };
      } else result = { end: vague.end, value: null, min: 2, max: null, modifier: "vague", implied: false, negative: false };
    }
  }
  if (!result && lex.articleOne.has(tokens[j]?.lower ?? "")) {
    const g = tokens[j + 1]?.lower ?? "";
    if (isIn(g, lex.approximateGroups)) {
      const n = lex.approximateGroups[g]!;
      result = { end: j + 2, value: n, min: null, max: null, modifier: "about", implied: false, negative: false };
    } else if (isIn(g, lex.exactGroups)) {
      result = { end: j + 2, ...exactWith(modifier, lex.exactGroups[g]!), implied: false, negative: false };
    }
  }
  if (!result && tokens[j] && isIn(tokens[j]!.lower, lex.exactGroups)) {
    result = { end: j + 1, ...exactWith(modifier, lex.exactGroups[tokens[j]!.lower]!), implied: false, negative: false };
  }
  if (!result) {
    const n = numberAt(tokens, j, lex);
    if (!n) return null;
    const implied = lex.articleOne.has(tokens[j]!.lower) && n.end === j + 1 && !mod;
    result = { end: n.end, ...exactWith(modifier, n.value), implied, negative: false };
    if (n.suffix) {
      // "500g", "2kg": the unit is written onto the number; "10am", "3rd": no count at all.
      const u = lex.units.byFirst.get(n.suffix)?.find((e) => e.words.length === 1);
      if (!u || u.value.kind === "currency") return null;
      attachedUnit = { kind: u.value.kind, code: u.value.code, factor: u.value.factor, start: n.end - 1, end: n.end, word: n.suffix };
    }
  }
  if (!isCountContext(tokens, j, result.end, lex)) return null;

  // The unit after the number: "kilo", "ton", "euro", "liter" ("thousands of kilos": after "of").
  let unit = prefixCurrency;
  let end = result.end;
  if (!attachedUnit && lex.pluralOf?.has(tokens[end]?.lower ?? "") && matchAt(tokens, end + 1, lex.units)) end++;
  const found = unit || attachedUnit ? null : matchAt(tokens, end, lex.units);
  const u = attachedUnit ? { value: attachedUnit, start: attachedUnit.start, end: attachedUnit.end } : found;
  if (u) {
    unit = { kind: u.value.kind, code: u.value.code, start: u.start, end: u.end, word: tokens.slice(u.start, u.end).map((t) => t.lower).join(" ") };
    end = u.end;
    if (u.value.factor !== 1) {
      const f = u.value.factor;
      result.value = result.value === null ? null : round(result.value * f);
      result.min = result.min === null ? null : round(result.min * f);
      result.max = result.max === null ? null : round(result.max * f);
    }
  }
  return { start: i, ...result, end, unit };
}

const STARTERS = new WeakMap<CountLexicon, Set<string>>();

/**
 * Whether a count can start at this token: a number, a number word, or the first
 * word of a modifier, range, vague quantity, group or currency sign. Most tokens
 * are none of these, and this one look-up spares them the whole grammar.
 */
function mayStartCount(t: Token, lex: CountLexicon): boolean {
  return t.kind === "number" || mayStartWord(t.lower, lex);
}

/** mayStartCount for a word (lower case), whatever kind of token it is. */
export function mayStartWord(lower: string, lex: CountLexicon): boolean {
  let starters = STARTERS.get(lex);
  if (!starters) {
    starters = new Set<string>([
      ...lex.modifiers.byFirst.keys(),
      ...lex.vague.byFirst.keys(),
      ...lex.vagueBeforePlural.byFirst.keys(),
      ...lex.rangeOpen.byFirst.keys(),
      ...lex.currencyPrefixes.byFirst.keys(),
      ...lex.articleOne,
      ...lex.negative,
      ...Object.keys(lex.vaguePlurals),
      ...Object.keys(lex.exactGroups),
    ]);
    STARTERS.set(lex, starters);
  }
  return starters.has(lower) || lex.numberWord(lower) !== null;
}

/** Refuses numbers that are ages, times, years in text, phone numbers, percentages. */
function isCountContext(tokens: readonly Token[], numStart: number, numEnd: number, lex: CountLexicon): boolean {
  const prev = tokens[numStart - 1];
  const next = tokens[numEnd];
  if (next && lex.notCountAfter.has(next.lower)) return false;
  // Compared as written, so an acronym ("het OM") is not the word ("om 14.30 uur").
  if (prev && prev.text !== prev.text.toUpperCase() && lex.notCountBefore.has(prev.lower)) return false;
  // "seven out of ten", "zeven op de tien": a ratio.
  if (lex.ratioWords) {
    if (matchAt(tokens, numEnd, lex.ratioWords)) return false;
    for (let k = Math.max(0, numStart - 3); k < numStart; k++) if (matchAt(tokens, k, lex.ratioWords)?.end === numStart) return false;
  }
  // "(34)": an age or a reference in brackets.
  if (prev?.text === "(" && next?.text === ")") return false;
  // "van 24 en 31 jaar": coordinated ages.
  if (next && (next.lower === "en" || next.lower === "of" || next.lower === "and") && tokens[numEnd + 1]?.kind === "number" && tokens[numEnd + 2] && lex.notCountAfter.has(tokens[numEnd + 2]!.lower)) return false;
  // Times written 14.30 or 14:30, and hyphenated ages like "24-jarige" never parse as digits.
  return true;
}
