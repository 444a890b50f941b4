// Finding place mentions (FACTS.md §6) in linear time: the text is split into word tokens
// once; each capitalised token starts at most a handful of exact Map lookups (n-grams of up to
// five tokens, only as long as some gazetteer name starting with that word); then a few passes
// over the tokens and the (few) candidates decide which candidates are mentions. No regular
// expression over the names, no case-insensitive matching except for datelines in capitals.
//
// Rules, with the cue words in src/lang/{nl,en}/places.json:
// - A dateline in capitals at the start of the text or of a line ("ROTTERDAM - …",
//   "DEN HAAG, 12 maart -") is a mention, matched case-folded.
// - A place inside a longer capitalised name is not a mention: "Eenheid Amsterdam",
//   "OM Amsterdam", "Politie Rotterdam", "Greater Manchester Police", "Port of Rotterdam",
//   "Jan van Rotterdam". "de politie in Rotterdam" and "Manchester police" are places. A run that
//   is all place names ("Amsterdam Zuidoost", "Bergen op Zoom") stays. Lines in Title Case
//   (English headlines) are exempt.
// - "Amsterdam Airport Schiphol" is a gazetteer alias of Schiphol, so it is one mention of
//   Schiphol (the airport is a place where people get arrested), not an organisation.
// - Names that are ordinary words ("ambiguous": Best, Echt, Lier, Son, …; English Nice, Split,
//   Reading, …) are places only in place context: after a locative preposition ("in", "uit",
//   "bij", "naar", "te", …; "in the", "in de"), after a place noun ("de gemeente Best"), after
//   "van"/"of" following a noun such as "burgemeester"/"city", in a list with another place
//   ("in Mechelen, Lier en Turnhout"), or in a dateline. Names whose lowercase form is a word
//   ("sentenceInitial": Huizen, Meer, Landen, …) need that context only at the start of a sentence.
// - A capitalised word after an investigation cue ("onderzoek Argus", "operatie Delta") is not a
//   place.
// - "provincie Antwerpen", "de provincie Utrecht", "Antwerp province": the province; plain
//   "Antwerpen", "Utrecht", "Groningen": the municipality.
// - "Limburg" in Dutch text is the Dutch province, unless "Belgisch(e)" precedes it or
//   "(België)"/"(B)" follows it ("Belgisch Limburg" is also an alias of the Belgian province).
// - "Amsterdam-Noord", "Rotterdam-Zuid", "Amsterdam Zuidoost": the city (the mention keeps the
//   whole hyphenated token).
// - Demonyms, adjectives and street names ("Amsterdammers", "Belgische", "Rotterdamsedijk") are
//   single tokens that equal no name: a whole-token match never finds them. "het Brusselse",
//   "in het Antwerpse" (no noun after the adjective) is a mention of kind "region".
import type { FactPlace, PlaceMention } from "../core/schema.js";
import enCues from "../lang/en/places.json" with { type: "json" };
import nlCues from "../lang/nl/places.json" with { type: "json" };
import { gazetteer, lookupProvinces, lookupUpper, placeByName, surfaceKey, type Gazetteer, type Place } from "./gazetteer.js";

export type Lang = "nl" | "en";

interface CueFile {
  locativePrepositions: string[];
  ofNouns: string[];
  placeNouns: string[];
  provinceCues: string[];
  listConnectors: string[];
  articles: string[];
  runConnectors: string[];
  orgConnectors: string[];
  organisationCues: { before: string[]; after: string[] };
  districtSuffixes: string[];
  notNameWords: string[];
  operationCues: string[];
  belgiumCues: string[];
  regionArticle: string[];
  regionFollowers: string[];
  ambiguous: string[];
  sentenceInitial: string[];
  adjectives?: Record<string, string>;
}

interface Cues {
  prepositions: Set<string>;
  ofNouns: Set<string>;
  placeNouns: Set<string>;
  provinceCues: Set<string>;
  articles: Set<string>;
  runConnectors: Set<string>;
  orgConnectors: Set<string>;
  orgBefore: Set<string>;
  districtSuffixes: Set<string>;
  notNameWords: Set<string>;
  operationCues: Set<string>;
  belgiumCues: Set<string>;
  regionArticle: Set<string>;
  regionFollowers: Set<string>;
  ambiguous: Set<string>;
  sentenceInitial: Set<string>;
  listGaps: Set<string>;
  adjectives: Map<string, string>;
}

const cueCache = new Map<Lang, Cues>();

function cuesFor(lang: Lang): Cues {
  const hit = cueCache.get(lang);
  if (hit) return hit;
  const f = (lang === "nl" ? nlCues : enCues) as unknown as CueFile;
  const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  const words = f.listConnectors.filter((c) => c !== ",");
  // What may stand between two places of a list: ",", "en", ", en", "&", "/".
  const listGaps = new Set<string>([","]);
  for (const w of words) {
    listGaps.add(w);
    listGaps.add(`, ${w}`);
  }
  const adjectives = new Map<string, string>();
  for (const [k, v] of Object.entries(f.adjectives ?? {})) if (!k.startsWith("_")) adjectives.set(k, v);
  const cues: Cues = {
    prepositions: lower(f.locativePrepositions),
    ofNouns: lower(f.ofNouns),
    placeNouns: new Set(f.placeNouns),
    provinceCues: new Set(f.provinceCues),
    articles: lower(f.articles),
    runConnectors: new Set(f.runConnectors),
    orgConnectors: new Set(f.orgConnectors),
    orgBefore: new Set(f.organisationCues.before),
    districtSuffixes: new Set(f.districtSuffixes),
    notNameWords: new Set(f.notNameWords),
    operationCues: new Set(f.operationCues),
    belgiumCues: new Set(f.belgiumCues),
    regionArticle: lower(f.regionArticle),
    regionFollowers: new Set(f.regionFollowers),
    ambiguous: new Set(f.ambiguous),
    sentenceInitial: new Set(f.sentenceInitial),
    listGaps,
    adjectives,
  };
  cueCache.set(lang, cues);
  return cues;
}

const DATE_PREFIX = /^\s*date \d{4}(?:-\d{2}){0,2}(?=\s)/y;

/** Letters, digits and combining marks, Latin to Cyrillic/Greek/Arabic (everything below U+2000 but punctuation and symbols of Latin-1). */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7;
}
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2018 || c === 0x2019;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x202f;

// Token flags.
const SIMPLE = 1; // only spaces/tabs before it, on the same line, after another token
const SENTENCE = 2; // first token, or after . ! ? : … or a line break
const LINE = 4; // first token, or after a line break
const CAP = 8; // capitalised (after a "'s-"/"'t-" prefix); a lone "'s"/"'t" before a capital counts

interface Tokens {
  readonly n: number;
  readonly s: Int32Array;
  readonly e: Int32Array;
  readonly f: Uint8Array;
  word(k: number): string;
}

/**
 * Words in one pass over the text: letters/digits with inner hyphens or apostrophes
 * ("Sint-Joost-ten-Node", "Braine-l'Alleud", "police's"), with a "'s-"/"'t-" prefix
 * ("'s-Hertogenbosch"), or a lone "'s"/"'t" before a capitalised word ("'s Gravenhage").
 * Only offsets are kept; a word's text is sliced when asked for.
 */
function tokenize(text: string, from: number): Tokens {
  const L = text.length;
  // Every token holds a character of its own: the text's length bounds their number.
  const { s, e, flags } = scratch(L - from);
  let n = 0;
  let i = from;
  let onlySpace = false;
  let sentence = true;
  let newline = true;
  const push = (a: number, b: number, cap: boolean): void => {
    s[n] = a;
    e[n] = b;
    flags[n++] = (onlySpace ? SIMPLE : 0) | (sentence ? SENTENCE : 0) | (newline ? LINE : 0) | (cap ? CAP : 0);
    onlySpace = true;
    sentence = false;
    newline = false;
  };
  while (i < L) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (isApostrophe(c) && i + 2 < L) {
        const st = text.charCodeAt(i + 1);
        if ((st === 115 || st === 116) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
          const after = text.charCodeAt(i + 2);
          if (after === 45 && i + 3 < L && isWordChar(text.charCodeAt(i + 3))) {
            // "'s-Hertogenbosch": the prefix starts the word
            const j = wordEnd(text, i + 3);
            push(i, j, upperAt(text, i + 3));
            i = j;
            continue;
          }
          if (isSpace(after)) {
            let k = i + 3;
            while (k < L && isSpace(text.charCodeAt(k))) k++;
            if (k < L && upperAt(text, k)) {
              push(i, i + 2, true);
              i += 2;
              continue;
            }
          }
        }
      }
      if (!isSpace(c)) {
        onlySpace = false;
        if (c === 10 || c === 13) {
          newline = true;
          sentence = true;
        } else if (c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026) sentence = true;
      }
      i++;
      continue;
    }
    const j = wordEnd(text, i);
    push(i, j, upperAt(text, i));
    i = j;
  }
  const f = flags.subarray(0, n);
  if (n > 0) f[0] &= ~SIMPLE;
  // A word is asked for by several passes: sliced once.
  const words: (string | undefined)[] = new Array<string | undefined>(n);
  return { n, s: s.subarray(0, n), e: e.subarray(0, n), f, word: (k) => (words[k] ??= text.slice(s[k], e[k])) };
}

// Token arrays, reused from one text to the next (findPlaces keeps none of them once it
// returns): allocating and zeroing three per text was a tenth of finding places. A
// very long text gets arrays of its own, so the scratch never stays large.
const SCRATCH_MAX = 1 << 16;
let scratchS = new Int32Array(4096);
let scratchE = new Int32Array(4096);
let scratchF = new Uint8Array(4096);

function scratch(size: number): { s: Int32Array; e: Int32Array; flags: Uint8Array } {
  if (size > SCRATCH_MAX) return { s: new Int32Array(size), e: new Int32Array(size), flags: new Uint8Array(size) };
  if (size > scratchS.length) {
    let cap = scratchS.length;
    while (cap < size) cap *= 2;
    scratchS = new Int32Array(cap);
    scratchE = new Int32Array(cap);
    scratchF = new Uint8Array(cap);
  }
  return { s: scratchS, e: scratchE, flags: scratchF };
}

function wordEnd(text: string, i: number): number {
  const L = text.length;
  let j = i + 1;
  while (j < L) {
    const d = text.charCodeAt(j);
    if (isWordChar(d)) j++;
    else if ((d === 45 || d === 39 || d === 0x2019 || d === 0x2010 || d === 0x2011) && j + 1 < L && isWordChar(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}

function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = text[i];
  return ch !== ch.toLowerCase();
}

function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

const normWord = (w: string): string => (w.includes("\u2019") || w.includes("\u2018") ? w.replace(/[\u2018\u2019]/g, "'") : w);

interface Candidate {
  k0: number;
  k1: number;
  start: number;
  end: number;
  place: Place;
  key: string;
  dateline: boolean;
  /** 0 undecided, 1 accepted, -1 rejected */
  state: number;
  needsContext: boolean;
  provinceCue: boolean;
}

/**
 * Place mentions in text[from..]: offsets into `text` (UTF-16, end exclusive), sorted by start,
 * no overlaps (the longest name wins). A leading " date YYYY-MM(-DD)" archive prefix at `from`
 * is skipped.
 */
export function findPlaces(text: string, from: number, lang: Lang): PlaceMention[] {
  const cues = cuesFor(lang);
  const g = gazetteer();
  let begin = from;
  DATE_PREFIX.lastIndex = from;
  const dp = DATE_PREFIX.exec(text);
  if (dp) begin = from + dp[0].length;

  const t = tokenize(text, begin);
  const { n, s, e, f } = t;
  const simple = (k: number): boolean => (f[k] & SIMPLE) !== 0;
  const covered = new Uint8Array(n); // 1 dateline, 2 candidate
  const cands: Candidate[] = [];

  // 1. Datelines in capitals at the start of the text or of a line.
  for (let k = 0; k < n; k++) {
    if (!(f[k] & LINE) || !(f[k] & CAP) || !isAllCaps(t.word(k))) continue;
    let j = k;
    while (j + 1 < n && j - k < 4 && simple(j + 1) && isAllCaps(t.word(j + 1))) j++;
    // What follows the capitals must be a dateline separator.
    let i = e[j];
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text[i];
    if (!(c === "-" || c === "\u2013" || c === "\u2014" || c === "," || c === "(" || c === ":")) continue;
    let key = normWord(t.word(k));
    for (let x = k + 1; x <= j; x++) key += ` ${normWord(t.word(x))}`;
    const p = lookupUpper(key);
    if (!p) continue;
    cands.push({ k0: k, k1: j, start: s[k], end: e[j], place: p, key, dateline: true, state: 1, needsContext: false, provinceCue: false });
    for (let x = k; x <= j; x++) covered[x] = 1;
  }

  // 2. Candidates: the longest name from each capitalised token, as long as some name that
  // starts with that word is.
  for (let k = 0; k < n; ) {
    if (covered[k] || !(f[k] & CAP)) {
      k++;
      continue;
    }
    const first = normWord(t.word(k));
    let maxN = g.maxTokens.get(first) ?? 1;
    if (maxN > 5) maxN = 5;
    let m = 1;
    while (m < maxN && k + m < n && simple(k + m) && !covered[k + m]) m++;
    let hit: Hit | null = null;
    for (; m >= 1; m--) {
      let key = first;
      for (let x = k + 1; x < k + m; x++) key += ` ${normWord(t.word(x))}`;
      // "Amsterdam-Zuidoost" is Amsterdam, even where GeoNames lists the district apart.
      const p = (m === 1 ? districtOf(key, cues, g) : null) ?? g.get(key);
      if (p) {
        hit = { place: p, len: m, end: e[k + m - 1], key };
        break;
      }
      if (m === 1) hit = possessive(first, g, e[k]);
    }
    if (!hit) {
      k++;
      continue;
    }
    cands.push({ k0: k, k1: k + hit.len - 1, start: s[k], end: hit.end, place: hit.place, key: hit.key, dateline: false, state: 0, needsContext: false, provinceCue: false });
    for (let x = k; x < k + hit.len; x++) covered[x] = 2;
    k += hit.len;
  }
  const regions = lang === "nl" && cues.regionArticle.size > 0 ? findAdjectiveRegions(text, t, covered, cues) : [];
  if (cands.length === 0) return regions;
  cands.sort((a, b) => a.start - b.start);
  const candAt = new Int32Array(n).fill(-1); // token -> candidate covering it
  for (const [i, c] of cands.entries()) for (let x = c.k0; x <= c.k1; x++) candAt[x] = i;

  // 3. Name runs: capitalised words held together by spaces and connector words. A candidate in
  // a run with a capitalised word that is no place is part of a longer name.
  const titleLine = titleCaseLines(t);
  const capLike = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    if (covered[k] === 1 || !(f[k] & CAP)) continue;
    const word = t.word(k);
    if (cues.notNameWords.has(word) || cues.provinceCues.has(word)) continue;
    // An adjective before a name is no part of it: "het Duitse Keulen", "het Belgische Limburg".
    if (k + 1 < n && candAt[k + 1] >= 0 && candAt[k] < 0 && (cues.adjectives.has(word) || (lang === "nl" && generatedAdjectives().has(word)))) continue;
    // A capital at the start of a sentence says nothing, unless a name or an organisation cue
    // starts there, or a connector ties the word to the next one ("Jan van Rotterdam",
    // "Universiteit van Amsterdam"; but "In Rotterdam", "Ook Rotterdam" are no names).
    if (f[k] & SENTENCE && !(candAt[k] >= 0 && cands[candAt[k]].k0 === k) && !cues.orgBefore.has(word) && !connectorNext(k, t, cues)) continue;
    capLike[k] = 1;
  }
  const runOf = new Int32Array(n).fill(-1);
  let runs = 0;
  for (let k = 0; k < n; k++) {
    if (!capLike[k]) continue;
    let joined = -1;
    if (k >= 1 && simple(k)) {
      if (capLike[k - 1]) joined = runOf[k - 1];
      else {
        const back = connectorBack(k - 1, t, capLike, cues);
        if (back >= 0) {
          joined = runOf[back];
          for (let x = back + 1; x < k; x++) runOf[x] = joined;
        }
      }
    }
    runOf[k] = joined >= 0 ? joined : runs++;
  }
  const foreign = new Uint8Array(runs); // the run holds a capitalised word that is no place
  for (let k = 0; k < n; k++) {
    const r = runOf[k];
    if (r < 0) continue;
    if (candAt[k] >= 0) {
      // two names side by side are one longer name: "Sparta Rotterdam", "Ajax Amsterdam"
      const c = candAt[k];
      if (cands[c].k0 === k && k > 0 && runOf[k - 1] === r && candAt[k - 1] >= 0 && candAt[k - 1] !== c && !cues.districtSuffixes.has(t.word(k))) foreign[r] = 1;
      continue;
    }
    if (capLike[k]) {
      // "Amsterdam Zuidoost": a district word after a place is part of it
      const suffix = cues.districtSuffixes.has(t.word(k)) && runOf[k - 1] === r && (candAt[k - 1] >= 0 || cues.districtSuffixes.has(t.word(k - 1)));
      if (!suffix) foreign[r] = 1;
    } else if (k > 0 && candAt[k - 1] >= 0) {
      // a connector right after a name, outside it: "Axel de Vries"
      foreign[r] = 1;
    }
  }

  // 4. Decide.
  for (const c of cands) {
    if (c.dateline) continue;
    const r = runOf[c.k0];
    if (r >= 0 && foreign[r] && !titleLine[c.k0]) {
      c.state = -1;
      continue;
    }
    const prev = c.k0 > 0 && simple(c.k0) ? t.word(c.k0 - 1) : null;
    if (prev !== null && cues.operationCues.has(prev)) {
      c.state = -1;
      continue;
    }
    if (prev !== null && cues.provinceCues.has(prev)) c.provinceCue = true;
    if (c.k0 === c.k1) {
      const key = stripPossessive(c.key);
      c.needsContext = cues.ambiguous.has(key) || ((f[c.k0] & SENTENCE) !== 0 && cues.sentenceInitial.has(key));
    }
    if (c.needsContext && !locative(c.k0, t, cues)) continue; // undecided: maybe in a list
    c.state = 1;
  }
  // List context, both ways, until nothing changes (a list of ambiguous names chains).
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      if (c.state !== 0) continue;
      const left = i > 0 ? cands[i - 1] : null;
      const right = i + 1 < cands.length ? cands[i + 1] : null;
      if ((left && left.state === 1 && listGap(text, left.end, c.start, cues)) || (right && right.state === 1 && listGap(text, c.end, right.start, cues))) {
        c.state = 1;
        changed = true;
      }
    }
  }
  if (lang === "en") {
    for (const c of cands) {
      // "Antwerp province", "the province of Limburg"
      const next = c.k1 + 1 < n && simple(c.k1 + 1) ? t.word(c.k1 + 1) : null;
      const p1 = c.k0 > 0 && simple(c.k0) ? t.word(c.k0 - 1) : null;
      const p2 = c.k0 > 1 && simple(c.k0 - 1) ? t.word(c.k0 - 2) : null;
      if ((next !== null && cues.provinceCues.has(next)) || (p1 === "of" && p2 !== null && cues.provinceCues.has(p2))) c.provinceCue = true;
    }
  }
  // A province cue carries along a list: "de provincies Antwerpen en Limburg".
  for (let i = 1; i < cands.length; i++) {
    const a = cands[i - 1];
    const b = cands[i];
    if (a.provinceCue && b.state === 1 && !b.provinceCue && listGap(text, a.end, b.start, cues)) b.provinceCue = true;
  }

  const out: PlaceMention[] = [];
  let ri = 0;
  for (const c of cands) {
    while (ri < regions.length && regions[ri].start < c.start) out.push(regions[ri++]);
    if (c.state !== 1) continue;
    let place = c.place;
    if (c.provinceCue) {
      const provs = lookupProvinces(c.key);
      if (provs.length > 0) place = provs[0];
    }
    if (place.kind === "province" && place.id === "iso:NL-LI" && belgianContext(text, c, t, cues)) {
      const be = lookupProvinces("Limburg").find((p) => p.country === "BE");
      if (be) place = be;
    }
    out.push(mention(text, c.start, c.end, place));
  }
  while (ri < regions.length) out.push(regions[ri++]);
  return out;
}

interface Hit {
  place: Place;
  len: number;
  end: number;
  key: string;
}

function mention(text: string, start: number, end: number, p: Place, kind = p.kind, id: string | null = p.id): PlaceMention {
  return { text: text.slice(start, end), start, end, name: p.name, kind, country: p.country, lat: p.lat, lon: p.lon, id };
}

function stripPossessive(key: string): string {
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

/** "Rotterdam's", "Belgium's": the name without the possessive. */
function possessive(word: string, g: Gazetteer, end: number): Hit | null {
  if (!word.endsWith("'s")) return null;
  const key = word.slice(0, -2);
  const p = g.get(key);
  return p ? { place: p, len: 1, end: end - 2, key } : null;
}

/** "Amsterdam-Noord", "Rotterdam-Zuid", "Amsterdam-Nieuw-West": the city of a district. */
function districtOf(word: string, cues: Cues, g: Gazetteer): Place | null {
  for (let i = word.indexOf("-"); i > 0; i = word.indexOf("-", i + 1)) {
    if (!cues.districtSuffixes.has(word.slice(i + 1))) continue;
    const p = g.get(word.slice(0, i));
    if (p && (p.kind === "municipality" || p.kind === "place")) return p;
  }
  return null;
}

/** If token k is a connector (or the second of two) right after a capitalised word, the index of that word; else -1. */
function connectorBack(k: number, t: Tokens, capLike: Uint8Array, cues: Cues): number {
  const ok = (x: number): boolean => {
    if (x < 1 || !(t.f[x] & SIMPLE) || t.f[x] & CAP) return false;
    const w = t.word(x);
    return cues.runConnectors.has(w) || (cues.orgConnectors.has(w) && capLike[x - 1] === 1 && cues.orgBefore.has(t.word(x - 1)));
  };
  if (!ok(k)) return -1;
  if (capLike[k - 1]) return k - 1;
  if (k >= 2 && ok(k - 1) && capLike[k - 2]) return k - 2;
  return -1;
}

/** Token k is followed by a run connector other than an article, then a capitalised word. */
function connectorNext(k: number, t: Tokens, cues: Cues): boolean {
  for (let x = k + 1; x < t.n && x <= k + 3; x++) {
    if (!(t.f[x] & SIMPLE)) return false;
    if (t.f[x] & CAP) return x > k + 1;
    const w = t.word(x);
    // not an article: "In de Randstad", "Op de Maasvlakte" are no names
    if (!cues.runConnectors.has(w) || cues.articles.has(w)) return false;
  }
  return false;
}

/** Place context before token k: "in Best", "in de Randstad", "de gemeente Best", "burgemeester van Best". */
function locative(k: number, t: Tokens, cues: Cues): boolean {
  if (k < 1 || !(t.f[k] & SIMPLE)) return false;
  const p = t.word(k - 1);
  const lp = p.toLowerCase();
  if (cues.prepositions.has(lp) || cues.placeNouns.has(p)) return true;
  if (k >= 2 && t.f[k - 1] & SIMPLE) {
    const lp2 = t.word(k - 2).toLowerCase();
    if (cues.articles.has(lp) && cues.prepositions.has(lp2)) return true;
    if ((lp === "van" || lp === "of") && cues.ofNouns.has(lp2)) return true;
  }
  return false;
}

function listGap(text: string, a: number, b: number, cues: Cues): boolean {
  if (b - a > 8) return false;
  const gap = text.slice(a, b).replace(/\s+/g, " ").trim();
  return cues.listGaps.has(gap);
}

function belgianContext(text: string, c: Candidate, t: Tokens, cues: Cues): boolean {
  if (c.k0 > 0 && t.f[c.k0] & SIMPLE && cues.belgiumCues.has(t.word(c.k0 - 1))) return true;
  const m = /^\s*\(\s*([^)]{1,12})\)/.exec(text.slice(c.end, c.end + 20));
  return m !== null && cues.belgiumCues.has(m[1].trim());
}

/** Lines of four or more words, three in four of them capitalised: headlines in Title Case. */
function titleCaseLines(t: Tokens): Uint8Array {
  const out = new Uint8Array(t.n);
  let startK = 0;
  for (let k = 0; k <= t.n; k++) {
    if (k === t.n || (k > startK && t.f[k] & LINE)) {
      let words = 0;
      let caps = 0;
      for (let x = startK; x < k; x++) {
        if (t.e[x] - t.s[x] < 2) continue;
        words++;
        if (t.f[x] & CAP) caps++;
      }
      if (words >= 4 && caps * 4 >= words * 3) out.fill(1, startK, k);
      startK = k;
    }
  }
  return out;
}

/** "het Brusselse", "in het Antwerpse": the region round a city, when no noun follows the adjective. */
function findAdjectiveRegions(text: string, t: Tokens, covered: Uint8Array, cues: Cues): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let k = 1; k < t.n; k++) {
    if (covered[k] || !(t.f[k] & CAP) || !(t.f[k] & SIMPLE) || t.e[k] - t.s[k] < 5) continue;
    if (text.charCodeAt(t.e[k] - 1) !== 101 || text.charCodeAt(t.e[k] - 2) !== 115) continue; // "…se"
    if (!cues.regionArticle.has(t.word(k - 1).toLowerCase())) continue;
    const next = k + 1 < t.n && t.f[k + 1] & SIMPLE ? t.word(k + 1) : null;
    if (next !== null && !cues.regionFollowers.has(next)) continue;
    const p = placeFromAdjective(t.word(k), "nl");
    if (!p || p.kind === "country") continue;
    out.push(mention(text, t.s[k], t.e[k], p, "region", null));
  }
  return out;
}

// ---------------------------------------------------------------- adjectives

let generatedNl: Map<string, Place> | null = null;

/** Dutch <city>se adjectives generated from the municipalities: Amsterdamse, Rotterdamse, Leidse, Oostendse. */
function generatedAdjectives(): Map<string, Place> {
  if (generatedNl) return generatedNl;
  const g = gazetteer();
  const map = new Map<string, Place>();
  for (let i = 0; i < g.size; i++) {
    // Test the kind first: building every Place object would cost more than the whole look-up.
    if (g.kindAt(i) !== "municipality") continue;
    const p = g.place(i);
    if (p.country !== "NL" && p.country !== "BE") continue;
    const name = p.name;
    if (name.length < 4 || name.includes(" ") || !/^\p{Lu}/u.test(name)) continue;
    const forms = [`${name}se`];
    if (name.endsWith("en")) forms.push(`${name.slice(0, -2)}se`);
    if (name.endsWith("e")) forms.push(`${name.slice(0, -1)}se`);
    for (const f of forms) if (!map.has(f) && !g.has(f)) map.set(f, p);
  }
  generatedNl = map;
  return map;
}

/**
 * The place a demonym adjective points to: "Amsterdamse" -> Amsterdam, "Belgische" -> België,
 * "Haagse" -> Den Haag, "Brabantse" -> Noord-Brabant; English "Dutch" -> Nederland. Null if the
 * word is no such adjective. Case-sensitive (these adjectives are capitalised).
 */
export function placeFromAdjective(word: string, lang: Lang): Place | null {
  // Asked for every capitalised word of a sentence that has a fact: remembered per word (bounded).
  const memo = ADJECTIVE_MEMO[lang];
  let p = memo.get(word);
  if (p === undefined) {
    if (memo.size >= ADJECTIVE_MEMO_MAX) memo.clear();
    memo.set(word, (p = adjectivePlace(word, lang)));
  }
  return p;
}

const ADJECTIVE_MEMO: Record<Lang, Map<string, Place | null>> = { nl: new Map(), en: new Map() };
const ADJECTIVE_MEMO_MAX = 20_000;

function adjectivePlace(word: string, lang: Lang): Place | null {
  const w = surfaceKey(word);
  const explicit = cuesFor(lang).adjectives.get(w);
  if (explicit !== undefined) return placeByName(explicit);
  if (lang === "nl") return generatedAdjectives().get(w) ?? null;
  return null;
}

/** The {name, kind, country} a fact carries. */
export function toFactPlace(p: Place | PlaceMention): FactPlace {
  return { name: p.name, kind: p.kind, country: p.country };
}
