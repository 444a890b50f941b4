// Dates (FACTS.md §5): find the date and time expressions of a text and
// resolve them against the publication date; read a dateline's date; parse a
// date given by a user or metadata.
import type { Notice } from "../core/messages.js";
import type { DateMention } from "../core/schema.js";
import { type PartialDate, parseIso } from "../core/calendar.js";
import { run } from "./engine.js";
import type { Lang } from "./types.js";

export interface DateFindResult {
  mentions: DateMention[];
  /** Unresolved dates, as notices to put into the reader's language. */
  warnings: Notice[];
}

/** All date/time expressions in text[from..], resolved against published P (null = unknown). Offsets into `text`. Sorted by start, non-overlapping. */
export function findDates(text: string, from: number, published: PartialDate | null, lang: Lang): DateFindResult {
  return run(text, from, published, lang);
}

const DATELINE_WINDOW = 160;
/** A place before the date: capitalised words (particles allowed), an optional "(ANP)", then a comma or a dash. */
const PLACE = /^\s*(?:(?:['’]s-)?[\p{Lu}][\p{L}'’.\-]*(?:\s+(?:[\p{Lu}'’][\p{L}'’.\-]*|aan|den|de|op|bij|upon|on|the|of|en)){0,4}\s*(?:\([^)\n]{0,30}\)\s*)?[,\-–—]\s*)?$/u;
/** After the date: an optional "(ANP)", then a dash, a colon, a bar, a line break or the end. */
const AFTER = /^\s*(?:\([^)\n]{0,30}\)\s*)?(?:[-–—:|]|\r?\n|$)/;

/**
 * An absolute date at the very start of text[from..] inside a dateline: "ROTTERDAM, 12 maart 2021 - …",
 * "Den Haag, 10 juni 2021 —", "The Hague, 10 June 2021 —", "12 maart 2021 - …". Returns the date and its span, else null.
 */
export function datelineDate(text: string, from: number, lang: Lang): { date: PartialDate; start: number; end: number } | null {
  const head = text.slice(from, from + DATELINE_WINDOW);
  const { mentions } = findDates(head, 0, null, lang);
  const m = mentions.find((d) => d.kind === "date");
  if (m === undefined || m.value === null) return null;
  const date = parseIso(m.value);
  if (date === null || date.month === undefined) return null;
  if (!PLACE.test(head.slice(0, m.start)) || !AFTER.test(head.slice(m.end))) return null;
  return { date, start: from + m.start, end: from + m.end };
}

const ISO_INPUT = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses a date given by a user or metadata: ISO YYYY[-MM[-DD]] (a time after it is ignored,
 * its offset too: "2021-03-12T23:30:00-05:00" is 2021-03-12), "20210312", and written dates
 * in Dutch or English: "12 maart 2021", "12-03-2021", "March 12, 2021", "maart 2021". Null otherwise.
 */
export function parseDateInput(s: string): PartialDate | null {
  const t = s.trim();
  const iso = ISO_INPUT.exec(t);
  if (iso) return parseIso(iso[1]!);
  if (/^\d{8}$/.test(t)) return parseIso(`${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6)}`);
  for (const lang of ["nl", "en"] as const) {
    const { mentions } = findDates(t, 0, null, lang);
    if (mentions.length !== 1) continue;
    const m = mentions[0]!;
    if (m.kind !== "date" || m.value === null) continue;
    if (/[\p{L}\p{N}]/u.test(t.slice(0, m.start) + t.slice(m.end))) continue;
    const d = parseIso(m.value);
    if (d) return d;
  }
  return null;
}

export type { Lang } from "./types.js";
