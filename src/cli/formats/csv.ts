// `--format csv`: one row per fact, for spreadsheets and scripts. The quoting
// (fields with a comma, a quote, a line break or a carriage return are quoted,
// quotes doubled) is
// csv-stringify's, loaded on first use only: nothing else in feiten needs it.
//
// Columns (the header row, when asked for, has these names; they are data,
// like JSON keys, so they do not change with --ui):
//   document_id, lang, published, type, subtype, value, min, max, modifier,
//   unit, count_text, place_name, place_kind, place_country, date_value,
//   date_text, timeframe, negated, hedged, source, rule, evidence_text,
//   evidence_start, evidence_end, error
// null is an empty field; booleans are true/false; numbers as JavaScript
// writes them (0.35, 80000000); offsets are UTF-16 code units, as in the JSON.
// A document without facts has no rows. In a batch, a document that failed has
// one row: its id and the problem in `error`, every other field empty.
// Records end in "\n".
import type { Fact, Result } from "../../core/schema.js";

export interface CsvOptions {
  /** Begin with a row of column names. */
  header: boolean;
}

export const CSV_COLUMNS = [
  "document_id",
  "lang",
  "published",
  "type",
  "subtype",
  "value",
  "min",
  "max",
  "modifier",
  "unit",
  "count_text",
  "place_name",
  "place_kind",
  "place_country",
  "date_value",
  "date_text",
  "timeframe",
  "negated",
  "hedged",
  "source",
  "rule",
  "evidence_text",
  "evidence_start",
  "evidence_end",
  "error",
] as const;

type Field = string | number | boolean | null;

/** The fields of one fact's row, in CSV_COLUMNS order. */
export function csvRow(result: Result, fact: Fact): Field[] {
  const d = result.document;
  const c = fact.count;
  return [
    d.id,
    d.lang,
    d.published,
    fact.type,
    fact.subtype,
    c.value,
    c.min,
    c.max,
    c.modifier,
    c.unit,
    c.text,
    fact.place?.name ?? null,
    fact.place?.kind ?? null,
    fact.place?.country ?? null,
    fact.date?.value ?? null,
    fact.date?.text ?? null,
    fact.timeframe,
    fact.negated,
    fact.hedged,
    fact.source,
    fact.rule,
    fact.evidence.text,
    fact.evidence.start,
    fact.evidence.end,
    null,
  ];
}

/** The row of a document that failed. */
export function csvErrorRow(id: string, problem: string): Field[] {
  return CSV_COLUMNS.map((c) => (c === "document_id" ? id : c === "error" ? problem : null));
}

const cell = (v: Field): string => (v === null ? "" : String(v));

/** The facts of all results as CSV text (see the top of this file). */
export async function formatCsv(results: readonly Result[], opts: CsvOptions): Promise<string> {
  const rows = results.flatMap((r) => r.facts.map((f) => csvRow(r, f)));
  if (opts.header) rows.unshift([...CSV_COLUMNS]);
  return csvRecords(rows);
}

/** Rows as CSV records. */
export async function csvRecords(rows: readonly Field[][]): Promise<string> {
  if (!rows.length) return "";
  const { stringify } = await import("csv-stringify/sync");
  // A lone carriage return is quoted too: readers that take "\r" for a line end would split the field.
  return stringify(rows.map((r) => r.map(cell)), { record_delimiter: "unix", quoted_match: /\r/ });
}
