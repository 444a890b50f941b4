// Facts and counts said briefly for people, in the interface language:
// arrests "dertig" (30) · Rotterdam · current.
import { Chalk, type ChalkInstance } from "chalk";
import { formatNumber } from "../cli/formats/say.js";
import { typeLabel } from "../cli/formats/labels.js";
import { message, type Ui } from "../core/messages.js";
import type { Count, Fact, FactType } from "../core/schema.js";


/** The numbers a count allows, normalized: 30, ≈ 1.000.000.000, 20–99, > 2.000, ≥ 10, < 30, ≤ 30. */
export function countRange(c: Count, ui: Ui): string {
  const f = (n: number) => formatNumber(n, ui);
  switch (c.modifier) {
    case "exact":
      if (c.value !== null) return f(c.value);
      break;
    case "about":
      if (c.value !== null) return `≈ ${f(c.value)}`;
      break;
    case "over":
      if (c.value !== null) return `> ${f(c.value)}`;
      break;
    case "atLeast":
      if (c.value !== null) return `≥ ${f(c.value)}`;
      break;
    case "under":
      if (c.value !== null) return `< ${f(c.value)}`;
      break;
    case "atMost":
      if (c.value !== null) return `≤ ${f(c.value)}`;
      break;
    default:
      break;
  }
  if (c.min !== null && c.max !== null) return c.min === c.max ? f(c.min) : `${f(c.min)}–${f(c.max)}`;
  if (c.min !== null) return `≥ ${f(c.min)}`;
  if (c.max !== null) return `≤ ${f(c.max)}`;
  return c.value !== null ? f(c.value) : "?";
}

/** A count as written, and what it means when that is not plain: "dertig" (30), "28", "duizenden kilo's" (2.000–9.999 kg). */
export function describeCount(c: Count, ui: Ui): string {
  const range = countRange(c, ui);
  const plain = c.text.replace(/\s+/g, " ").trim();
  const unit = c.unit ? ` ${c.unit}` : "";
  if (plain === range) return `${plain}${unit}`;
  return `"${plain}" (${range}${unit})`;
}

/** Count texts that differ only in their quotes or spacing ("kilo's", "kilo’s") are the same text. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[’‘`´]/g, "'").replace(/\s+/g, " ").trim();
  return norm(a) === norm(b);
}

/** "aanhoudingen" / "arrests": the same label the table uses. */
export const typeName = (type: FactType, ui: Ui): string => typeLabel(type, ui);

/** The kind of fact: arrests, weapons (firearm), drugs (cocaine). */
export function factKind(f: Pick<Fact, "type" | "subtype">, ui: Ui): string {
  return f.subtype ? `${typeName(f.type, ui)} (${f.subtype})` : typeName(f.type, ui);
}

/** Place, timeframe and polarity: · Rotterdam · current · negated. */
export function factContext(f: Pick<Fact, "place" | "timeframe" | "negated" | "hedged">, ui: Ui): string {
  const parts: string[] = [];
  if (f.place) parts.push(f.place.name);
  parts.push(message(ui, `format.timeframe.${f.timeframe}`));
  if (f.negated) parts.push(message(ui, "compare.negated"));
  if (f.hedged) parts.push(message(ui, "compare.hedged"));
  return parts.map((p) => ` · ${p}`).join("");
}

/** One fact in a line: arrests "dertig" (30) · Rotterdam · current. */
export function describeFact(f: Fact, ui: Ui): string {
  return `${factKind(f, ui)} ${describeCount(f.count, ui)}${factContext(f, ui)}`;
}

/** Colours for terminals, or none: chalk at a fixed level, so the caller (not the environment) decides. */
export function palette(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

/** An evidence sentence on one line, shortened to `max` characters. */
export function quote(text: string, max = 240): string {
  const one = text.replace(/\s+/g, " ").trim();
  return `“${one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one}”`;
}
