// What the human formats say about a fact's attributes, in the ui language, and
// how they colour it. Shared by the table, the annotated text and --explain.
import { Chalk } from "chalk";
import { message, type Ui } from "../../core/messages.js";
import type { Fact, FactType } from "../../core/schema.js";
import { messageOr } from "./say.js";

/** The fact types in the contract's order (schema.ts FACT_TYPES; repeated here so these modules need no zod). */
export const TYPE_ORDER: readonly FactType[] = ["arrests", "searches", "weapons", "messages", "drugs", "money"];

/** "aanhoudingen" / "arrests". */
export const typeLabel = (type: FactType, ui: Ui): string => message(ui, `format.type.${type}` as const);

/** Weapon kinds and drug substances in the ui language ("vuurwapens", "cocaïne, heroïne"); other values as they are. */
export function subtypeLabel(fact: Fact, ui: Ui): string | null {
  if (fact.subtype === null) return null;
  if (fact.type === "weapons") return messageOr(ui, `format.subtype.${fact.subtype}`, fact.subtype);
  if (fact.type === "drugs") return fact.subtype.split(",").map((s) => messageOr(ui, `format.substance.${s.trim()}`, s.trim())).join(", ");
  return fact.subtype;
}

/** The place's canonical name ("Den Haag", "België"); its kind and country are in the JSON and CSV. */
export const placeLabel = (fact: Fact): string | null => fact.place?.name ?? null;

/** The date's value; an unresolved one as written, with "(?)". */
export function dateLabel(fact: Fact, ui: Ui): string | null {
  if (!fact.date) return null;
  return fact.date.value ?? message(ui, "format.date.unresolved", { text: fact.date.text });
}

export const timeframeLabel = (fact: Fact, ui: Ui): string => message(ui, `format.timeframe.${fact.timeframe}` as const);

/** "niet", "onder voorbehoud" — what a reader must not miss. */
export function notesLabel(fact: Fact, ui: Ui): string | null {
  const notes: string[] = [];
  if (fact.negated) notes.push(message(ui, "format.note.negated"));
  if (fact.hedged) notes.push(message(ui, "format.note.hedged"));
  return notes.length ? notes.join(", ") : null;
}

/** A styling function; the identity when colour is off, so no escape code can slip through. */
export type Paint = (s: string) => string;

export interface Palette {
  type: Record<FactType, Paint>;
  /** The type colours, dimmed. */
  dimType: Record<FactType, Paint>;
  date: Paint;
  place: Paint;
  dim: Paint;
  bold: Paint;
  /** A fact's type colour, dimmed when it is negated or earlier. */
  fact: (fact: Fact) => Paint;
}

const plain: Paint = (s) => s;

/**
 * Colours: one per fact type (bold foreground), dates white on blue, places
 * black on green; negated and earlier facts dim. Basic 16-colour codes (chalk
 * level 1), so every colour terminal shows them and the output is the same
 * everywhere; whether to colour at all is the caller's decision (opts.color).
 */
export function palette(color: boolean): Palette {
  if (!color) {
    const type = { arrests: plain, searches: plain, weapons: plain, messages: plain, drugs: plain, money: plain };
    return { type, dimType: type, date: plain, place: plain, dim: plain, bold: plain, fact: () => plain };
  }
  const c = new Chalk({ level: 1 });
  const type: Record<FactType, Paint> = {
    arrests: (s) => c.bold.red(s),
    searches: (s) => c.bold.yellow(s),
    weapons: (s) => c.bold.magenta(s),
    messages: (s) => c.bold.cyan(s),
    drugs: (s) => c.bold.green(s),
    money: (s) => c.bold.blue(s),
  };
  const dimType: Record<FactType, Paint> = {
    arrests: (s) => c.dim.red(s),
    searches: (s) => c.dim.yellow(s),
    weapons: (s) => c.dim.magenta(s),
    messages: (s) => c.dim.cyan(s),
    drugs: (s) => c.dim.green(s),
    money: (s) => c.dim.blue(s),
  };
  return {
    type,
    dimType,
    date: (s) => c.bgBlue.whiteBright(s),
    place: (s) => c.bgGreen.black(s),
    dim: (s) => c.dim(s),
    bold: (s) => c.bold(s),
    fact: (f) => (f.negated || f.timeframe === "earlier" ? dimType[f.type] : type[f.type]),
  };
}

// ---- widths -------------------------------------------------------------

/** Columns a string takes on a terminal: code points, combining marks taking none. (East Asian wide characters are not counted double.) */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) if (!/\p{M}/u.test(ch)) w++;
  return w;
}

/** A string cut to `width` columns, with "…" when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return "";
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = /\p{M}/u.test(ch) ? 0 : 1;
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Plain text wrapped on spaces to `width`, later lines indented by `indent` spaces; a word longer than a line is cut hard. */
export function wrapPlain(text: string, width: number, indent = 0, firstIndent = 0): string[] {
  const lines: string[] = [];
  let line = " ".repeat(firstIndent);
  let lineWidth = firstIndent;
  let fresh = true;
  const room = (first: boolean) => Math.max(1, width - (first ? firstIndent : indent));
  for (let word of text.split(/ +/).filter(Boolean)) {
    let ww = displayWidth(word);
    if (!fresh && lineWidth + 1 + ww <= width) {
      line += ` ${word}`;
      lineWidth += 1 + ww;
      continue;
    }
    if (!fresh) {
      lines.push(line);
      line = " ".repeat(indent);
      lineWidth = indent;
    }
    // A word wider than a whole line: cut it.
    while (ww > room(lines.length === 0)) {
      const cut = [...word];
      const n = room(lines.length === 0);
      lines.push(line + cut.slice(0, n).join(""));
      word = cut.slice(n).join("");
      ww = displayWidth(word);
      line = " ".repeat(indent);
      lineWidth = indent;
    }
    line += word;
    lineWidth += ww;
    fresh = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd());
}
