// Pathological inputs: texts no press release looks like, made to catch
// super-linear behaviour (regex backtracking, quadratic scans over a sentence,
// number parsers that grow a phrase without bound). Each is one document of
// about `bytes` bytes (UTF-8), deterministic, and mostly one unbroken sentence,
// so that no sentence splitter cuts the work into small pieces. The language
// is given, so the whole extraction pipeline runs (an undetectable language
// would stop early and prove nothing).
import { rng } from "./corpus.mjs";

function fill(bytes, unit) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    n += Buffer.byteLength(u);
  }
  return parts.join("");
}

const NL_NUMBER_WORDS = ["twee", "drie", "vijftien", "twintig", "drieëntwintig", "honderd", "tweehonderd", "duizend", "miljoen", "miljard", "tientallen", "honderden", "een", "ruim", "ongeveer", "en", "half"];
const EN_NUMBER_WORDS = ["two", "three", "fifteen", "twenty", "twenty-three", "hundred", "thousand", "million", "billion", "dozens", "hundreds", "a", "and", "about", "nearly", "half", "one"];

export const PATHOLOGICAL = [
  {
    name: "digits-dots",
    what: 'digits and dots, no space: "1.2.3.4.…"',
    lang: "nl",
    make: (b) => fill(b, (i) => `${i % 1000}.`),
  },
  {
    name: "digit-groups",
    what: 'thousands groups without end: "123.456 789,012 345 …"',
    lang: "nl",
    make: (b) => fill(b, (i) => `${String((i * 7919) % 1000).padStart(3, "0")}${[".", " ", ",", "\u00a0"][i % 4]}`),
  },
  {
    name: "cue-words-nl",
    what: '"aangehouden aangehouden …" with a count now and then, one sentence',
    lang: "nl",
    make: (b) => fill(b, (i) => (i % 10 === 9 ? "12 mensen " : i % 7 === 6 ? "in beslag genomen " : "aangehouden ")),
  },
  {
    name: "cue-words-en",
    what: '"arrested searched seized …" with a count now and then, one sentence',
    lang: "en",
    make: (b) => fill(b, (i) => (i % 10 === 9 ? "12 people " : ["arrested ", "searched ", "seized ", "detained ", "raided "][i % 5])),
  },
  {
    name: "facts-one-sentence",
    what: "a fact every few words and no full stop: one sentence with ~50,000 facts per MB",
    lang: "nl",
    make: (b) => fill(b, (i) => [`${i % 97} verdachten aangehouden in Rotterdam, `, `${i % 13} woningen doorzocht op ${1 + (i % 28)} maart, `, `${i % 9} vuurwapens in beslag genomen en `][i % 3]),
  },
  {
    name: "number-words-nl",
    what: "one unbroken line of Dutch number words",
    lang: "nl",
    make: (b) => {
      const r = rng(11);
      return fill(b, () => `${r.pick(NL_NUMBER_WORDS)} `);
    },
  },
  {
    name: "number-words-en",
    what: "one unbroken line of English number words",
    lang: "en",
    make: (b) => {
      const r = rng(12);
      return fill(b, () => `${r.pick(EN_NUMBER_WORDS)} `);
    },
  },
  {
    name: "brackets-quotes",
    what: "brackets and quotes nested 500 deep around counts, then unclosed ones",
    lang: "nl",
    make: (b) => {
      const open = ["(", "[", "“", "‘", '"', "«", "'", "{"];
      const close = [")", "]", "”", "’", '"', "»", "'", "}"];
      return fill(b, (i) => {
        const depth = 500;
        if (i % 2 === 1) return `${open[i % 8]}3 verdachten ${open[(i + 3) % 8]}`.repeat(depth / 2); // never closed
        let s = "";
        for (let d = 0; d < depth; d++) s += `${open[d % 8]}${d} `;
        s += "12 mensen aangehouden ";
        for (let d = depth - 1; d >= 0; d--) s += close[d % 8];
        return s + " ";
      });
    },
  },
  {
    name: "punctuation-runs",
    what: 'sentence marks and no space: "....!!?…" a megabyte long (one run the sentence splitter must not re-scan)',
    lang: "nl",
    make: (b) => fill(b, (i) => ["....", "!!", "?", "…", ".!?"][i % 5]),
  },
  {
    name: "unbroken-line",
    what: "ordinary words, numbers and commas on one line: no newline, no sentence end",
    lang: "nl",
    make: (b) => {
      const r = rng(13);
      const words = ["de", "politie", "heeft", "in", "Rotterdam", "woensdag", "drie", "verdachten", "aangehouden", "bij", "een", "doorzoeking", "van", "woningen", "is", "cocaïne", "gevonden", "volgens", "het", "OM", "12", "maart", "2021", "1.250", "euro", "en", "ook", "wapens,"];
      return fill(b, () => `${r.pick(words)} `);
    },
  },
  {
    name: "number-word-token",
    what: 'one word a megabyte long made of Dutch number-word parts that never completes: "twe" + "evijftientwe"… + "j"',
    lang: "nl",
    make: (b) => `twe${fill(b - 4, () => "evijftientwe")}j`,
  },
  {
    name: "whitespace-runs",
    what: "a count, then runs of spaces, tabs and NBSPs, then a cue",
    lang: "nl",
    make: (b) => fill(b, (i) => `${i % 90} ${" \t\u00a0".repeat(200 + (i % 50))}aangehouden `),
  },
];
