// `--format table`: the facts of each document as a terminal table, every word
// in the ui language.
//
//   fixtures/seed-000.txt — Nederlands, gepubliceerd 2021-03
//    #  feit           aantal              soort       plaats          datum    wanneer  bron              let op
//    1  huiszoekingen  75                  —           —               —        nu       Landelijk Parket
//    5  wapens         28                  vuurwapens  Rotterdam (NL)  —        nu       OM
//
// One heading line per document (id, language, publication date), its title
// and warnings when it has them, then one row per fact in the order of the
// result; `#` is the fact's number, the same in --format annotate and
// --explain. Columns shrink, widest first, until the table fits `width`; a
// cut cell ends in "…". A document without facts says so. Documents are
// separated by a blank line. Colour (opts.color) marks the fact type and dims
// negated and earlier facts; without it the output is plain text.
import { message, type Ui } from "../../core/messages.js";
import type { Fact, Result } from "../../core/schema.js";
import { dateLabel, displayWidth, notesLabel, palette, placeLabel, subtypeLabel, timeframeLabel, truncate, typeLabel, wrapPlain, type Paint } from "./labels.js";
import { sayCount } from "./say.js";

export interface TableOptions {
  ui: Ui;
  color: boolean;
  /** Terminal columns the table must fit in. */
  width: number;
}

const NONE = "—";
const GAP = "  ";
/** No column shrinks below this, except `#`, which never shrinks. */
const MIN_COLUMN = 3;

const COLUMNS = ["number", "type", "count", "subtype", "place", "date", "timeframe", "source", "notes"] as const;
type Column = (typeof COLUMNS)[number];

function cells(n: number, fact: Fact, ui: Ui): Record<Column, string> {
  return {
    number: String(n),
    type: typeLabel(fact.type, ui),
    count: sayCount(fact.count, ui),
    subtype: subtypeLabel(fact, ui) ?? NONE,
    place: placeLabel(fact) ?? NONE,
    date: dateLabel(fact, ui) ?? NONE,
    timeframe: timeframeLabel(fact, ui),
    source: fact.source ?? NONE,
    notes: notesLabel(fact, ui) ?? "",
  };
}

/**
 * Column widths that fit `width`. A column first gives up what it has beyond its
 * `soft` width (the one with most to spare first, the rightmost of equals), then
 * beyond MIN_COLUMN the same way; `fixed` columns never shrink. A table that
 * cannot fit even then overflows.
 */
export function fitWidths(natural: readonly number[], width: number, soft: readonly number[] = [], fixed: ReadonlySet<number> = new Set()): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1);
  for (const floor of [(i: number) => Math.max(MIN_COLUMN, soft[i] ?? MIN_COLUMN), () => MIN_COLUMN]) {
    while (total() > width) {
      let pick = -1;
      for (let i = 0; i < widths.length; i++) {
        if (fixed.has(i) || widths[i]! <= floor(i)) continue;
        if (pick < 0 || widths[i]! - floor(i) >= widths[pick]! - floor(pick)) pick = i;
      }
      if (pick < 0) break;
      widths[pick]!--;
    }
  }
  return widths;
}

/** Widths a column keeps as long as others can give: a vague count with its range ("tientallen (20–99)"), a day, a fact type. */
const SOFT: Record<Column, number> = { number: 0, type: 13, count: 28, subtype: 8, place: 10, date: 10, timeframe: 7, source: 10, notes: 4 };

function heading(result: Result, ui: Ui): string {
  const { id, lang, published } = result.document;
  const language = lang === "nl" ? "@language.dutch" : "@language.english";
  return published === null ? message(ui, "format.table.headingUndated", { id, language }) : message(ui, "format.table.heading", { id, language, published });
}

function documentTable(result: Result, opts: TableOptions): string[] {
  const { ui, width } = opts;
  const paint = palette(opts.color);
  const lines: string[] = [];
  for (const l of wrapPlain(heading(result, ui), width)) lines.push(paint.bold(l));
  if (result.document.title) for (const l of wrapPlain(message(ui, "format.table.title", { title: result.document.title }), width, 2)) lines.push(l);
  for (const w of result.warnings) for (const l of wrapPlain(message(ui, "format.table.warning", { text: w }), width, 2)) lines.push(paint.dim(l));
  if (!result.facts.length) {
    lines.push(message(ui, "format.table.noFacts"));
    return lines;
  }

  const header = Object.fromEntries(COLUMNS.map((c) => [c, message(ui, `format.col.${c}` as const)])) as Record<Column, string>;
  const rows = result.facts.map((f, i) => cells(i + 1, f, ui));
  // A notes column only when some fact needs it.
  const columns = COLUMNS.filter((c) => c !== "notes" || rows.some((r) => r.notes));
  const natural = columns.map((c) => Math.max(displayWidth(header[c]), ...rows.map((r) => displayWidth(r[c]))));
  const widths = fitWidths(natural, width, columns.map((c) => SOFT[c]), new Set([0]));

  // Padding stays outside the colour codes, so a line's trailing blanks can be trimmed.
  const line = (row: Record<Column, string>, style: (c: Column, s: string) => string) =>
    columns
      .map((c, i) => {
        const cell = truncate(row[c], widths[i]!);
        const fill = " ".repeat(Math.max(0, widths[i]! - displayWidth(cell)));
        return c === "number" ? fill + style(c, cell) : style(c, cell) + fill;
      })
      .join(GAP)
      .trimEnd();
  lines.push(line(header, (_c, s) => paint.bold(s)));
  result.facts.forEach((fact, i) => {
    const dimmed = fact.negated || fact.timeframe === "earlier";
    const typePaint: Paint = paint.fact(fact);
    lines.push(line(rows[i]!, (c, s) => (c === "type" || c === "count" ? typePaint(s) : dimmed ? paint.dim(s) : s)));
  });
  return lines;
}

/** The facts of each result as a readable table (see the top of this file). Deterministic: the same results give the same text. */
export function formatTable(results: readonly Result[], opts: TableOptions): string {
  if (!results.length) return `${message(opts.ui, "format.table.noResults")}\n`;
  return `${results.map((r) => documentTable(r, opts).join("\n")).join("\n\n")}\n`;
}
