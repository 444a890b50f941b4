// `--format annotate`: the article itself, with what feiten found marked where
// it stands, wrapped to the terminal; then a legend and, with --explain, why
// each fact has the attributes it has.
//
// Markup without colour — readable, and unambiguous to a program:
//
//   [28]{wapens#5}            the count of fact 5 (a type label in the ui
//                             language, then # and the fact's number, as in the
//                             table and the explain list). Facts that share a
//                             count ("tientallen huiszoekingen en arrestaties")
//                             share one mark: [tientallen]{huiszoekingen#3,aanhoudingen#4}
//   ⟦vandaag⟧{2021-03}        a date mention and its value; {?} when unresolved
//   ⟨Rotterdam⟩               a place mention; ⟨The Hague⟩{Den Haag} when the
//                             canonical name differs from the text
//   \[  \]  \{  \}  \⟦  \⟧  \⟨  \⟩  \\
//                             a markup character that is in the text itself
//
// Marks nest (a place inside a count that is a whole sentence); a mark that
// would cross another's end is cut at that end. With colour there is no
// markup: a count is coloured by its fact type (dim when negated or earlier)
// and followed by a dim "#n"; dates are white on blue, places black on green.
//
// Wrapping: on spaces, to `width` columns. A mark is never broken across lines
// when it fits on one; a longer one (a whole sentence when the count could not
// be found) breaks only at its own spaces, so its opening and closing markup
// stay attached to their words. A word longer than a line is cut. Newlines of
// the text are kept. Widths count code points (combining marks take none).
//
// Where a count is: facts carry only `count.text` and the evidence sentence's
// offsets (UTF-16 into the text). The count is the first occurrence of its text
// inside the evidence, preferring one that stands as whole words and is not
// already another fact's count (longer count texts are placed first, so "a" of
// "a zombie knife" does not take the "a" of "a man and a woman"); a distributed
// fact (rule "*.distributed") shares the count of the fact before it. A count
// not found marks the whole evidence sentence.
import en from "../../lang/en/context.json" with { type: "json" };
import nl from "../../lang/nl/context.json" with { type: "json" };
import { message, type MessageKey, type Ui } from "../../core/messages.js";
import type { DateMention, Fact, PlaceMention, Result } from "../../core/schema.js";
import { displayWidth, palette, subtypeLabel, TYPE_ORDER, typeLabel, wrapPlain, type Paint, type Palette } from "./labels.js";
import { sayCount } from "./say.js";
import { headAt } from "../../facts/analysis.js";
import { TYPE_OF_CLASS } from "../../core/lang.js";
import { tokenize } from "../../core/text.js";
import { enPack } from "../../lang/en/index.js";
import { nlPack } from "../../lang/nl/index.js";

/** Whether a noun of the fact's type follows a count ending at `end` (within a few words). */
function headFollows(lang: "nl" | "en", text: string): (fact: Fact, end: number) => boolean {
  const pack = lang === "nl" ? nlPack() : enPack();
  return (fact, end) => {
    const tokens = tokenize(text, end, Math.min(text.length, end + 60));
    for (let k = 0; k < Math.min(tokens.length, 4); k++) {
      const h = headAt(tokens, k, pack);
      if (h && TYPE_OF_CLASS[h.info.cls] === fact.type) return true;
    }
    return false;
  };
}

export interface AnnotateOptions {
  ui: Ui;
  color: boolean;
  /** Terminal columns; no line is longer (unless a single markup label is). */
  width: number;
  /** Add the numbered list of why each fact has its rule, place, date, timeframe, source and flags. */
  explain: boolean;
}

// ---- where each count is -------------------------------------------------------

export interface CountSpan {
  start: number;
  end: number;
  /** false: the count text was not in the evidence; the span is the evidence. */
  found: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const all: number[] = [];
  if (!needle) return all;
  for (let i = text.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) all.push(i);
  const whole = all.filter((i) => !WORD_CHAR.test(text[i - 1] ?? "") && !WORD_CHAR.test(text[i + needle.length] ?? ""));
  return whole.length ? whole : all;
}

/** Where each fact's count stands in `text` (see the top of this file), in the order of `facts`. */
export function locateCounts(facts: readonly Fact[], text: string, countsFor?: (fact: Fact, end: number) => boolean): CountSpan[] {
  const spans: CountSpan[] = new Array(facts.length);
  const taken: CountSpan[] = [];
  const evidence = (f: Fact) => {
    const start = Math.max(0, Math.min(f.evidence.start, text.length));
    return { start, end: Math.max(start, Math.min(f.evidence.end, text.length)) };
  };
  const key = (f: Fact) => `${f.evidence.start}:${f.evidence.end}:${f.count.text}`;
  const shares = (f: Fact) => f.rule.endsWith(".distributed");
  // Longer count texts first, so "a" cannot take the "a" of "a man and a woman".
  const order = facts.map((_, i) => i).filter((i) => !shares(facts[i]!));
  order.sort((a, b) => facts[b]!.count.text.length - facts[a]!.count.text.length || a - b);
  for (const i of order) {
    const f = facts[i]!;
    const ev = evidence(f);
    const at = occurrences(text, f.count.text, ev.start, ev.end);
    const len = f.count.text.length;
    const frees = at.filter((p) => !taken.some((t) => t.found && p < t.end && p + len > t.start));
    // Of several places ("een" in "In een loods … een handgranaat"), the one that counts a noun of the fact's type.
    const free = (countsFor && frees.length > 1 ? frees.find((p) => countsFor(f, p + len)) : undefined) ?? frees[0];
    const p = free ?? at[0];
    spans[i] = p === undefined ? { ...ev, found: false } : { start: p, end: p + len, found: true };
    if (p !== undefined) taken.push(spans[i]!);
  }
  // A distributed fact shares the count of the fact before it with the same count text in the sentence.
  facts.forEach((f, i) => {
    if (!shares(f)) return;
    for (let j = i - 1; j >= 0; j--) if (spans[j] && key(facts[j]!) === key(f)) return void (spans[i] = spans[j]!);
    const ev = evidence(f);
    const p = occurrences(text, f.count.text, ev.start, ev.end)[0];
    spans[i] = p === undefined ? { ...ev, found: false } : { start: p, end: p + f.count.text.length, found: true };
  });
  return spans;
}

// ---- marks ---------------------------------------------------------------------

interface Mark {
  id: number;
  start: number;
  end: number;
  kind: "fact" | "date" | "place";
  /** Fact marks: indices into result.facts. */
  facts: number[];
  date?: DateMention;
  place?: PlaceMention;
  children: Mark[];
}

const KIND_ORDER = { fact: 0, date: 1, place: 2 } as const;

/** The marks of a text as a forest: sorted, nested, partial overlaps cut. */
function markForest(result: Result, text: string, counts: readonly CountSpan[]): Mark[] {
  const flat: Mark[] = [];
  const byFactSpan = new Map<string, Mark>();
  const valid = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= text.length;
  counts.forEach((c, i) => {
    if (!valid(c.start, c.end)) return;
    const key = `${c.start}:${c.end}`;
    const m = byFactSpan.get(key);
    if (m) m.facts.push(i);
    else {
      const mark: Mark = { id: 0, start: c.start, end: c.end, kind: "fact", facts: [i], children: [] };
      byFactSpan.set(key, mark);
      flat.push(mark);
    }
  });
  for (const d of result.dates) if (valid(d.start, d.end)) flat.push({ id: 0, start: d.start, end: d.end, kind: "date", facts: [], date: d, children: [] });
  for (const p of result.places) if (valid(p.start, p.end)) flat.push({ id: 0, start: p.start, end: p.end, kind: "place", facts: [], place: p, children: [] });
  flat.sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

  const roots: Mark[] = [];
  const stack: Mark[] = [];
  let id = 0;
  for (const m of flat) {
    while (stack.length && stack.at(-1)!.end <= m.start) stack.pop();
    const parent = stack.at(-1);
    if (parent) {
      // Crossing the parent's end: cut at it. The same span twice (two dates read from one phrase): the first only.
      m.end = Math.min(m.end, parent.end);
      if (m.end <= m.start || (m.start === parent.start && m.end === parent.end && m.kind === parent.kind)) continue;
    }
    m.id = id++;
    (parent ? parent.children : roots).push(m);
    stack.push(m);
  }
  return roots;
}

// ---- cells: the rendered text, one code point each --------------------------

interface Cell {
  ch: string;
  width: number;
  paint: Paint | null;
  /** Ids of the marks this cell belongs to (text or markup), outermost first. */
  marks: number[];
  /** A space of the text (not of markup). */
  space: boolean;
}

const ESCAPED = new Set(["[", "]", "{", "}", "⟦", "⟧", "⟨", "⟩", "\\"]);

interface Builder {
  cells: Cell[];
  escaped: boolean;
}

function pushText(b: Builder, s: string, paint: Paint | null, marks: number[], escape: boolean): void {
  for (let ch of s) {
    if (ch === "\r") continue;
    if (ch === "\t") ch = " ";
    if (escape && ESCAPED.has(ch)) {
      b.escaped = true;
      b.cells.push({ ch: "\\", width: 1, paint, marks, space: false });
    }
    b.cells.push({ ch, width: ch === "\n" || /\p{M}/u.test(ch) ? 0 : 1, paint, marks, space: ch === " " });
  }
}

function pushMarkup(b: Builder, s: string, paint: Paint | null, marks: number[]): void {
  for (const ch of s) b.cells.push({ ch, width: 1, paint, marks, space: false });
}

function factLabels(m: Mark, facts: readonly Fact[], ui: Ui): string {
  return m.facts.map((i) => `${typeLabel(facts[i]!.type, ui)}#${i + 1}`).join(",");
}

function renderCells(result: Result, text: string, roots: readonly Mark[], opts: AnnotateOptions, paint: Palette): Builder {
  const b: Builder = { cells: [], escaped: false };
  const color = opts.color;
  const markPaint = (m: Mark): Paint =>
    m.kind === "fact" ? paint.fact(result.facts[m.facts[0]!]!) : m.kind === "date" ? paint.date : paint.place;

  const walk = (marks: readonly Mark[], from: number, to: number, outer: number[], inherited: Paint | null) => {
    let at = from;
    for (const m of marks) {
      pushText(b, text.slice(at, m.start), inherited, outer, !color);
      const ids = [...outer, m.id];
      const own = color ? markPaint(m) : null;
      if (!color) pushMarkup(b, m.kind === "fact" ? "[" : m.kind === "date" ? "⟦" : "⟨", null, ids);
      walk(m.children, m.start, m.end, ids, own);
      if (color) {
        if (m.kind === "fact") pushMarkup(b, `#${m.facts.map((i) => i + 1).join(",")}`, paint.dim, ids);
      } else if (m.kind === "fact") pushMarkup(b, `]{${factLabels(m, result.facts, opts.ui)}}`, null, ids);
      else if (m.kind === "date") pushMarkup(b, `⟧{${m.date!.value ?? "?"}}`, null, ids);
      else pushMarkup(b, m.place!.name === m.place!.text ? "⟩" : `⟩{${m.place!.name}}`, null, ids);
      at = m.end;
    }
    pushText(b, text.slice(at, to), inherited, outer, !color);
  };
  walk(roots, 0, text.length, [], null);
  return b;
}

// ---- wrapping ------------------------------------------------------------------

const cellsWidth = (cs: readonly Cell[]) => cs.reduce((w, c) => w + c.width, 0);

/** Lines of cells no wider than `width` (see the top of this file). */
function wrapCells(cells: readonly Cell[], width: number): Cell[][] {
  // How wide each mark is rendered: a space inside a mark that fits on a line is no break.
  const markWidth = new Map<number, number>();
  for (const c of cells) for (const id of c.marks) markWidth.set(id, (markWidth.get(id) ?? 0) + c.width);
  const breakable = (c: Cell) => c.space && c.marks.every((id) => markWidth.get(id)! > width);

  const lines: Cell[][] = [];
  let para: Cell[] = [];
  for (const c of cells) {
    if (c.ch === "\n") {
      lines.push(...wrapParagraph(para, width, breakable));
      para = [];
    } else para.push(c);
  }
  lines.push(...wrapParagraph(para, width, breakable));
  return lines;
}

function wrapParagraph(cells: readonly Cell[], width: number, breakable: (c: Cell) => boolean): Cell[][] {
  const out: Cell[][] = [];
  let line: Cell[] = [];
  let lineWidth = 0;
  const place = (word: Cell[]) => {
    // A word wider than a line: cut it.
    while (cellsWidth(word) > width) {
      let w = 0;
      let k = 0;
      while (k < word.length && w + word[k]!.width <= width) w += word[k++]!.width;
      out.push(word.slice(0, Math.max(1, k)));
      word = word.slice(Math.max(1, k));
    }
    line = word;
    lineWidth = cellsWidth(word);
  };
  let i = 0;
  let first = true;
  while (i < cells.length) {
    let g = i;
    while (g < cells.length && breakable(cells[g]!)) g++;
    let w = g;
    while (w < cells.length && !breakable(cells[w]!)) w++;
    const gap = cells.slice(i, g);
    const word = cells.slice(g, w);
    i = w;
    if (!word.length) break; // trailing blanks
    if (first) {
      // A paragraph's indentation stays when it fits.
      const lead = cellsWidth(gap) + cellsWidth(word) <= width ? gap : [];
      place([...lead, ...word]);
      first = false;
    } else if (lineWidth + cellsWidth(gap) + cellsWidth(word) <= width) {
      line.push(...gap, ...word);
      lineWidth += cellsWidth(gap) + cellsWidth(word);
    } else {
      out.push(line);
      place(word);
    }
  }
  out.push(line);
  return out;
}

function renderLine(cells: readonly Cell[]): string {
  let out = "";
  let k = 0;
  while (k < cells.length) {
    const p = cells[k]!.paint;
    let run = "";
    while (k < cells.length && cells[k]!.paint === p) run += cells[k++]!.ch;
    out += p ? p(run) : run;
  }
  return out;
}

// ---- legend --------------------------------------------------------------------

interface Token {
  text: string;
  paint?: Paint;
}

/** Painted tokens wrapped on their own boundaries (each token's width known before painting). */
function wrapTokens(tokens: readonly Token[], width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = " ".repeat(indent);
  let w = indent;
  let fresh = true;
  for (const t of tokens) {
    const tw = displayWidth(t.text);
    if (!fresh && w + 1 + tw > width) {
      lines.push(line);
      line = " ".repeat(indent);
      w = indent;
      fresh = true;
    }
    line += (fresh ? "" : " ") + (t.paint ? t.paint(t.text) : t.text);
    w += (fresh ? 0 : 1) + tw;
    fresh = false;
  }
  lines.push(line);
  return lines;
}

function legend(result: Result, opts: AnnotateOptions, paint: Palette, escaped: boolean): string[] {
  const { ui, width } = opts;
  const t = (key: MessageKey, params?: Record<string, string>) => message(ui, key, params);
  const item = (s: string) => wrapPlain(s, width, 4, 2);
  const lines = [paint.bold(t("format.legend.heading"))];
  if (!result.facts.length) lines.push(...item(t("format.legend.noFacts")));
  if (opts.color) {
    lines.push(...item(t("format.legend.colorFact", { types: "" }).trimEnd()));
    lines.push(...wrapTokens(TYPE_ORDER.map((type): Token => ({ text: typeLabel(type, ui), paint: paint.type[type] })), width, 4));
    // The sample is painted after wrapping, so its width counts without escape codes.
    const painted = (key: MessageKey, sample: string, p: Paint) => item(t(key, { sample })).map((l) => l.replace(sample, p(sample)));
    lines.push(...painted("format.legend.colorDim", typeLabel("arrests", ui), paint.dimType.arrests));
    lines.push(...painted("format.legend.colorDates", t("format.legend.date"), paint.date));
    lines.push(...painted("format.legend.colorPlaces", t("format.legend.place"), paint.place));
  } else {
    lines.push(...item(t("format.legend.plainFact", { sample: `[${t("format.legend.count")}]{${t("format.legend.fact")}#n}` })));
    lines.push(...item(t("format.legend.plainDate", { sample: `⟦${t("format.legend.date")}⟧{${t("format.legend.value")}}` })));
    const name = `{${t("format.legend.name")}}`;
    lines.push(...item(t("format.legend.plainPlace", { sample: `⟨${t("format.legend.place")}⟩${name}`, mark: name })));
    if (escaped) lines.push(...item(t("format.legend.plainEscape", { sample: "\\[" })));
  }
  return lines;
}

// ---- explain -------------------------------------------------------------------

const CONTEXT = { nl, en } as const;

/** The first of `phrases` in `text` as whole words, as written ("Eerder", "No", "wasn't"). */
export function findCue(text: string, phrases: readonly string[]): string | null {
  let best: { at: number; s: string } | null = null;
  for (const phrase of phrases) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]");
    // A clitic ("n't") is part of its word: no boundary before it.
    const before = WORD_CHAR.test(phrase[0] ?? "") && !/^n['’]t$/.test(phrase) ? "(?<![\\p{L}\\p{N}])" : "";
    const m = new RegExp(`${before}${escaped}(?![\\p{L}\\p{N}])`, "iu").exec(text);
    if (m && (!best || m.index < best.at || (m.index === best.at && m[0].length > best.s.length))) best = { at: m.index, s: m[0] };
  }
  return best?.s ?? null;
}

const quote = (s: string) => `“${s}”`;
const inside = (m: { start: number; end: number }, ev: { start: number; end: number }) => m.start >= ev.start && m.end <= ev.end;

function explainFact(result: Result, i: number, span: CountSpan, ui: Ui): string[] {
  const fact = result.facts[i]!;
  const t = (key: MessageKey, params?: Record<string, string>) => message(ui, key, params);
  const ev = fact.evidence;
  const ctx = CONTEXT[result.document.lang];
  const out: string[] = [];

  const modifier = t(`format.modifier.${fact.count.modifier}` as const);
  out.push(t(span.found ? "format.explain.count" : "format.explain.countNotFound", { text: fact.count.text, modifier }));

  // Place: which mention gave it.
  if (fact.place) {
    const same = result.places.filter((p) => p.name === fact.place!.name);
    const here = same.find((p) => inside(p, ev));
    const before = same.filter((p) => p.end <= ev.start).at(-1);
    const after = same.find((p) => p.start >= ev.end);
    const place = fact.place.name;
    if (here) out.push(t("format.explain.placeHere", { place, text: here.text }));
    else if (before) out.push(t("format.explain.placeBefore", { place, text: before.text }));
    else if (after) out.push(t("format.explain.placeAfter", { place, text: after.text }));
    else out.push(t("format.explain.placeWord", { place }));
  } else {
    const here = result.places.filter((p) => inside(p, ev));
    out.push(here.length ? t("format.explain.placeRejected", { places: here.map((p) => quote(p.text)).join(", ") }) : t("format.explain.placeNone"));
  }

  // Date: which mention gave it.
  if (fact.date) {
    const same = result.dates.filter((d) => d.text === fact.date!.text);
    const m = same.find((d) => inside(d, ev)) ?? same.filter((d) => d.end <= ev.start).at(-1) ?? same[0];
    if (fact.date.value === null) out.push(t("format.explain.dateUnresolved", { text: fact.date.text }));
    else out.push(t("format.explain.dateHere", { value: fact.date.value, text: fact.date.text, rule: m?.rule ?? "—" }));
  } else out.push(t("format.explain.dateNone"));

  // Timeframe: the cue, else the date, else the passage the sentence continues.
  if (fact.timeframe === "earlier") {
    const cue = findCue(ev.text, ctx.earlier);
    const published = result.document.published;
    const value = fact.date?.value ?? null;
    const end = value?.split("/").at(-1) ?? null;
    if (cue) out.push(t("format.explain.earlierCue", { cue }));
    else if (value && end && published && end < published.slice(0, end.length)) out.push(t("format.explain.earlierDate", { value, published }));
    else out.push(t("format.explain.earlierPassage"));
  } else out.push(t("format.explain.current"));

  // Source: in the sentence, or the attribution sentence after it.
  if (fact.source === null) out.push(t("format.explain.sourceNone"));
  else out.push(t(ev.text.includes(fact.source) ? "format.explain.sourceHere" : "format.explain.sourceNext", { source: fact.source }));

  if (fact.negated) {
    const cue = findCue(ev.text, ctx.negation);
    out.push(cue ? t("format.explain.negated", { cue }) : t("format.explain.negatedNoCue"));
  }
  if (fact.hedged) {
    const cue = findCue(ev.text, ctx.hedges);
    out.push(cue ? t("format.explain.hedged", { cue }) : t("format.explain.hedgedNoCue"));
  }
  return out;
}

function explanation(result: Result, counts: readonly CountSpan[], opts: AnnotateOptions, paint: Palette): string[] {
  const { ui, width } = opts;
  const lines = [paint.bold(message(ui, "format.explain.heading"))];
  if (!result.facts.length) return [...lines, ...wrapPlain(message(ui, "format.explain.none"), width, 2, 2)];
  const numberWidth = String(result.facts.length).length;
  const indent = numberWidth + 2;
  result.facts.forEach((fact, i) => {
    const n = String(i + 1);
    const sub = subtypeLabel(fact, ui);
    const type = typeLabel(fact.type, ui) + (sub ? ` (${sub})` : "");
    const head = message(ui, "format.explain.fact", { n, type, count: sayCount(fact.count, ui), rule: fact.rule });
    // Colour the type label after wrapping (its first occurrence on the first line).
    wrapPlain(head, width, indent, numberWidth - n.length).forEach((l, k) => lines.push(k === 0 ? l.replace(type, paint.fact(fact)(type)) : l));
    for (const reason of explainFact(result, i, counts[i]!, ui)) lines.push(...wrapPlain(reason, width, indent + 2, indent));
  });
  return lines;
}

// ---- the format ----------------------------------------------------------------

/**
 * The article `text` with every fact's count, every date mention and every
 * place mention of `result` marked (see the top of this file), wrapped to
 * `width`, then a legend, and with `explain` a numbered list of why each fact
 * is what it is. `text` must be the text `result` was extracted from: offsets
 * are UTF-16 code units into it.
 */
export function formatAnnotate(result: Result, text: string, opts: AnnotateOptions): string {
  const paint = palette(opts.color);
  const width = Math.max(1, Math.floor(opts.width));
  const o = { ...opts, width };
  const counts = locateCounts(result.facts, text, headFollows(result.document.lang, text));
  const built = renderCells(result, text, markForest(result, text, counts), o, paint);
  // Trailing white space of the text adds nothing.
  while (built.cells.length && /\s/.test(built.cells.at(-1)!.ch)) built.cells.pop();
  const lines = wrapCells(built.cells, width).map(renderLine);
  lines.push("", ...legend(result, o, paint, built.escaped));
  if (opts.explain) lines.push("", ...explanation(result, counts, o, paint));
  return `${lines.join("\n")}\n`;
}
