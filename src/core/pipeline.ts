// One document in, one result out (FACTS.md §1): header and dateline, language,
// sentences, dates, places, facts — then the result is validated against the
// schema before anyone sees it.
import { datelineDate, findDates, parseDateInput } from "../dates/index.js";
import { extractFacts } from "../facts/engine.js";
import { findPlaces, placeFromAdjective, toFactPlace } from "../places/index.js";
import { toIso, type PartialDate } from "./calendar.js";
import { detectLanguage } from "./detect.js";
import type { Lang, LanguagePack } from "./lang.js";
import { message, render, type Notice, type Ui } from "./messages.js";
import type { FactType, Result } from "./schema.js";
import { splitSentences } from "./sentences.js";
import { parseResult } from "./validate.js";
import { normalizeSameLength } from "./text.js";
import { enPack } from "../lang/en/index.js";
import { nlPack } from "../lang/nl/index.js";

export interface ExtractOptions {
  /** document.id: a file path, an NDJSON id, "-" for stdin. */
  id?: string;
  /** "auto" (default) detects the language. */
  lang?: Lang | "auto";
  /** Publication date (ISO, reduced precision allowed); overrides what the text says. */
  published?: string | PartialDate | null;
  title?: string | null;
  /**
   * A publication date from outside the text (an HTML page's metadata, an NDJSON record's
   * `published`/`date`): used only when neither `published`, a header nor a dateline gives
   * one (FACTS.md §1). One that is not a date is ignored with a warning.
   */
  metadataPublished?: { date: string; from: string } | null;
  /** Keep only these fact types. */
  types?: readonly FactType[];
  /** Language of the warnings (default "en"); the JSON keys and values stay as the contract says. */
  ui?: Ui;
}

const PACKS: Record<Lang, () => LanguagePack> = { nl: nlPack, en: enPack };

// " date 2021-03 Bij een landelijke politieactie…": archive metadata, not article text.
const HEADER_RE = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)/;

export class InputError extends Error {}

export function extract(input: string, options: ExtractOptions = {}): Result {
  const text = normalizeSameLength(input);
  const ui = options.ui ?? "en";
  const notices: Notice[] = [];

  let published: PartialDate | null = null;
  if (options.published !== undefined && options.published !== null) {
    published = typeof options.published === "string" ? parseDateInput(options.published) : options.published;
    if (!published) throw new InputError(message(ui, "input.invalidDate", { date: String(options.published) }));
  }
  let bodyStart = 0;
  const header = HEADER_RE.exec(text);
  if (header) {
    bodyStart = header[0].length;
    const fromHeader = parseDateInput(header[1]!);
    published ??= fromHeader;
  }

  let lang: Lang;
  let supported = true;
  if (options.lang && options.lang !== "auto") lang = options.lang;
  else {
    const detected = detectLanguage(text.slice(bodyStart));
    lang = detected.lang;
    supported = detected.supported;
    if (detected.warning) notices.push(detected.warning);
  }
  const document = (p: PartialDate | null) => ({ id: options.id ?? "-", lang, published: p ? toIso(p) : null, title: options.title ?? null });
  if (!supported) {
    // Another language: say so, and invent nothing.
    return parseResult({ schema: "feiten/1", document: document(published), facts: [], dates: [], places: [], warnings: notices.map((n) => render(ui, n)) });
  }

  if (!published) {
    const dl = datelineDate(text, bodyStart, lang);
    if (dl) published = dl.date;
  }
  if (!published && options.metadataPublished) {
    const { date, from } = options.metadataPublished;
    published = parseDateInput(date);
    if (!published) notices.push({ key: "input.badMetadataDate", params: { date, from } });
  }

  const pack = PACKS[lang]();
  const sentences = splitSentences(text, bodyStart, text.length, pack.abbreviations);
  const found = findDates(text, bodyStart, published, lang);
  notices.push(...found.warnings);
  const places = findPlaces(text, bodyStart, lang);

  let facts = extractFacts({
    text,
    original: input,
    lang: pack,
    sentences,
    dates: found.mentions,
    places,
    published,
    adjectivePlace: (w) => {
      const p = placeFromAdjective(w, lang);
      return p ? toFactPlace(p) : null;
    },
  });
  if (options.types) facts = facts.filter((f) => options.types!.includes(f.type));

  // Mentions quote the original input, not the normalised copy.
  const quote = (s: number, e: number) => input.slice(s, e);
  const result: Result = {
    schema: "feiten/1",
    document: document(published),
    facts,
    dates: found.mentions.map((m) => ({ ...m, text: quote(m.start, m.end) })),
    places: places.map((p) => ({ ...p, text: quote(p.start, p.end) })),
    warnings: notices.map((n) => render(ui, n)),
  };
  return parseResult(result);
}
