// Day words relative to the publication date: "vandaag", "gisteren",
// "eergisteren", "vanochtend", "gisteravond", "morgen"; English "today",
// "yesterday", "this morning", "last night". Guards from the dictionary keep
// "de morgen" (the morning) and "vandaag de dag" (nowadays) out.
import type { Lexicon } from "../lexicon.js";
import { B, E, key, wordsBefore } from "../patterns.js";
import type { DateParser } from "../types.js";

export function relativeDayParser(lex: Lexicon): DateParser {
  const pattern = new RegExp(`${B}(?<w>${lex.re.relDay})${E}`, "y");
  const notAfter = new Map(Object.entries(lex.data.relativeDayGuards.notAfter).map(([k, v]) => [key(k), new Set(v.map(key))]));
  const notBefore = new Map(
    Object.entries(lex.data.relativeDayGuards.notBefore).map(([k, v]) => [key(k), v.map((p) => new RegExp(`^\\s+${p.replace(/ /g, "\\s+")}(?![\\p{L}])`, "iu"))]),
  );
  return {
    name: `${lex.lang}.date.relativeDay`,
    starts: { words: lex.relDay.keys() },
    pattern,
    extract(m, { text, from }) {
      const k = key(m.groups!.w!);
      const start = m.index, end = start + m[0].length;
      const after = notAfter.get(k);
      if (after) {
        const prev = wordsBefore(text, start, from, 1)[0];
        if ((prev && after.has(key(text.slice(prev[0], prev[1])))) || text[start - 1] === "'" || text[start - 1] === "’") return null;
      }
      const before = notBefore.get(k);
      if (before?.some((re) => re.test(text.slice(end, end + 30)))) return null;
      return { start, end, kind: "date", rule: `${lex.lang}.date.relativeDay`, parts: { rel: { unit: "day", n: lex.relDay.get(k)! } } };
    },
  };
}
