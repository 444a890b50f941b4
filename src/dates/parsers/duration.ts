// Durations: "drie dagen", "zes jaar (cel)", "24 uur", "anderhalf jaar";
// English "18 months", "six years". Kind "duration", value an ISO 8601
// duration ("P3D", "P6Y", "PT24H", "P18M"), null for vague counts ("enkele
// dagen"). Found at the unit word; the count is read backwards from it.
import type { Lexicon } from "../lexicon.js";
import { B, E, key } from "../patterns.js";
import type { DateParser } from "../types.js";
import { countBefore } from "./util.js";

function isoDuration(n: number, code: string): string | null {
  const fmt = (x: number) => String(Math.round(x * 1000) / 1000);
  switch (code) {
    case "S": return `PT${fmt(n)}S`;
    case "M": return `PT${fmt(n)}M`;
    case "H": return `PT${fmt(n)}H`;
    case "D": return `P${fmt(n)}D`;
    case "W": return `P${fmt(n)}W`;
    case "2W": return `P${fmt(2 * n)}W`;
    case "MO": return `P${fmt(n)}M`;
    case "Y": return Number.isInteger(n) ? `P${n}Y` : `P${fmt(n * 12)}M`;
    case "DEC": return `P${fmt(10 * n)}Y`;
    case "CEN": return `P${fmt(100 * n)}Y`;
    default: return null;
  }
}

export function durationParser(lex: Lexicon): DateParser {
  const pattern = new RegExp(`${B}(?<u>${lex.re.durationUnit})${E}`, "y");
  return {
    name: `${lex.lang}.duration`,
    starts: { words: lex.durationUnit.keys() },
    pattern,
    extract(m, { text, from }) {
      const count = countBefore(lex, text, m.index, from);
      if (count === null) return null;
      const n = count.value;
      const code = lex.durationUnit.get(key(m.groups!.u!))!;
      return { start: count.start, end: m.index + m[0].length, kind: "duration", rule: `${lex.lang}.duration`, value: n === null ? null : isoDuration(n, code) };
    },
  };
}
