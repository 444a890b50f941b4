// tokenize() is the regular expression below written out over char codes: the two
// must cut every text alike, whatever its characters.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tokenize } from "../src/core/text.js";

const TOKEN_RE = /'s-[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|[\p{L}\p{M}\p{N}]+(?:[-'.,/][\p{L}\p{M}\p{N}]+)*|[€$£]|\S/gu;

function byRegex(text: string, start = 0, end = text.length) {
  const out = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const t = m[0];
    const s = start + m.index;
    const kind = /^\d/.test(t) ? "number" : /\p{L}/u.test(t) ? "word" : "punct";
    out.push({ text: t, lower: t.toLowerCase(), start: s, end: s + t.length, kind });
  }
  return out;
}

// A small deterministic generator, so a failure can be replayed.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 4294967296;
  };
}

const ALPHABET = [..."aAsSzZ09 \t\n'’-.,/€$£()\"é\u0301ÉßİΣσ½²٣\u00a0\u2028\u3000ǅ", "\ud83d\ude00", "\ud835\udc00", "\ud800", "\udc00", "'s-", "'s", "s-"];

describe("tokenize", () => {
  it("cuts the fixtures as the regular expression does", () => {
    const dir = join(import.meta.dirname, "..", "fixtures");
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(join(dir, f), "utf8");
      expect(tokenize(text)).toEqual(byRegex(text));
      expect(tokenize(text, 17, 400)).toEqual(byRegex(text, 17, 400));
    }
  });

  it("cuts random text as the regular expression does", () => {
    const next = random(42);
    for (let n = 0; n < 3000; n++) {
      let text = "";
      const len = Math.floor(next() * 30);
      for (let k = 0; k < len; k++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const a = Math.floor(next() * (text.length + 1));
      const b = a + Math.floor(next() * (text.length - a + 1));
      expect(tokenize(text), JSON.stringify(text)).toEqual(byRegex(text));
      expect(tokenize(text, a, b), JSON.stringify([text, a, b])).toEqual(byRegex(text, a, b));
    }
  });
});
