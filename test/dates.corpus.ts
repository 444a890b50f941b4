// Helpers of the Duckling-style date corpora (dates.nl.test.ts, dates.en.test.ts):
// each expected value has many surface forms, written in short sentences with the
// expected mention between [brackets].
import { expect, it } from "vitest";
import { findDates } from "../src/dates/index.js";
import type { PartialDate } from "../src/core/calendar.js";
import type { DateKind, DateMention } from "../src/core/schema.js";

export interface Expected {
  value: string | null;
  kind?: DateKind;
  mod?: "start" | "mid" | "end";
}

/** A table: expected value → sentences with the mention between [brackets]. */
export type Corpus = [Expected, string[]][];

export function unmark(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  if (start < 0 || end < start) throw new Error(`no [mention] in: ${marked}`);
  return { text: marked.replace("[", "").replace("]", ""), start, end };
}

/** Offsets give the text back; sorted by start; no overlaps. */
export function checkInvariants(text: string, mentions: DateMention[]): void {
  let last = -1;
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    last = m.end;
  }
}

/** Every form must give exactly one mention of the expected kind, at the bracketed span, with the expected value and mod. */
export function corpus(lang: "nl" | "en", P: PartialDate | null, table: Corpus): void {
  const cases = table.flatMap(([exp, forms]) => forms.map((f) => [f, exp] as const));
  it.each(cases)("%s", (marked, exp) => {
    const { text, start, end } = unmark(marked);
    const { mentions } = findDates(text, 0, P, lang);
    checkInvariants(text, mentions);
    const kind = exp.kind ?? "date";
    const found = mentions.filter((m) => m.kind === kind);
    expect(found.map((m) => [m.text, m.value, m.mod])).toEqual([[text.slice(start, end), exp.value, exp.mod]]);
    if (kind !== "date") expect(mentions.filter((m) => m.kind === "date")).toEqual([]);
  });
}

/** None of these may give a kind-"date" mention. */
export function negatives(lang: "nl" | "en", P: PartialDate | null, texts: string[]): void {
  it.each(texts)("no date in: %s", (text) => {
    const { mentions } = findDates(text, 0, P, lang);
    checkInvariants(text, mentions);
    expect(mentions.filter((m) => m.kind === "date")).toEqual([]);
  });
}

export const count = (table: Corpus) => table.reduce((n, [, forms]) => n + forms.length, 0);
