// The gazetteer: data/gazetteer.json (built by scripts/build-gazetteer.mjs), loaded once, lazily.
// The file is found by walking up from this module to the directory that holds
// data/gazetteer.json: the code runs from src/ under vitest and bundled from dist/.
//
// Entries are written in priority order (see the build script); a surface form belongs to the
// first entry that lists it, so every lookup here is one Map.get.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PlaceKind } from "../core/schema.js";

export interface Place {
  /** "geonames:2759794", "cbs:GM0363" (NL municipality), "nis:72039" (BE municipality), "iso:BE", "iso:NL-NB", "iso:US-TX" (ISO 3166-2 subdivision), or "feiten:<slug>" for curated entries ("feiten:be-antwerpen", "feiten:merseyside"). */
  readonly id: string;
  /** Canonical name: Dutch endonym for NL/BE places, Dutch name for countries. */
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2, or null for regions that span countries. */
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** Other surface forms that resolve to this entry. */
  readonly aliases: readonly string[];
  /** Municipality of a place, province of a municipality, where known. */
  readonly parent: string | null;
}

interface RawGazetteer {
  kinds: PlaceKind[];
  count: number;
  /** Entries whose canonical name is not a surface form (a word too common to index). */
  unindexedNames: number[];
  id: string[];
  name: string[];
  kind: number[];
  country: string[];
  lat: (number | null)[];
  lon: (number | null)[];
  aliases: string[];
  parent: string[];
}

export interface Gazetteer {
  /** Number of entries. */
  readonly size: number;
  /** Entry i, built on first use. */
  place(i: number): Place;
  /** All entries, in priority order. */
  all(): readonly Place[];
  /** Canonical name and kind of entry i, without building the entry. */
  nameAt(i: number): string;
  kindAt(i: number): PlaceKind;
  /** Surface form (apostrophes normalised to ', single spaces) -> entry. */
  get(surface: string): Place | undefined;
  has(surface: string): boolean;
  /** All surface forms with the index of their entry. */
  surfaces(): IterableIterator<[string, number]>;
  /** First token of a multi-token surface -> the largest token count of such surfaces. */
  readonly maxTokens: ReadonlyMap<string, number>;
  /** Milliseconds spent reading, parsing and indexing. */
  readonly loadMs: number;
  readonly path: string;
}

let cache: Gazetteer | null = null;
let upperCache: Map<string, number> | null = null;
let provinceCache: Map<string, Place[]> | null = null;
let nameCache: Map<string, number> | null = null;

/** Normalises a surface form the way the place finder builds its keys. */
export function surfaceKey(s: string): string {
  return s.replace(/[\u2018\u2019\u201B`\u00B4]/g, "'").replace(/\s+/g, " ").trim();
}

/** The data file, found by walking up from this module. */
export function findDataFile(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, "data", "gazetteer.json");
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error(`feiten: data/gazetteer.json not found above ${start}`);
    dir = up;
  }
}

export function gazetteer(): Gazetteer {
  if (cache) return cache;
  const t0 = performance.now();
  const path = findDataFile();
  const raw = JSON.parse(readFileSync(path, "utf8")) as RawGazetteer;
  const count = raw.count;
  // Surfaces in the file are already normalised (the build script writes straight apostrophes
  // and single spaces), so indexing is one Map.set per surface.
  const index = new Map<string, number>();
  const maxTokens = new Map<string, number>();
  const add = (key: string, i: number): void => {
    if (index.has(key)) return;
    index.set(key, i);
    const sp = key.indexOf(" ");
    if (sp > 0) {
      const first = key.slice(0, sp);
      const n = key.split(" ").length;
      if ((maxTokens.get(first) ?? 1) < n) maxTokens.set(first, n);
    }
  };
  const skipName = new Set(raw.unindexedNames);
  for (let i = 0; i < count; i++) {
    if (!skipName.has(i)) add(raw.name[i], i);
    const al = raw.aliases[i];
    if (al.length > 0) for (const a of al.split("|")) add(a, i);
  }
  const built: (Place | undefined)[] = new Array<Place | undefined>(count);
  const place = (i: number): Place => {
    let p = built[i];
    if (p === undefined) {
      const lat = raw.lat[i];
      const lon = raw.lon[i];
      const al = raw.aliases[i];
      p = {
        id: raw.id[i],
        name: raw.name[i],
        kind: raw.kinds[raw.kind[i]],
        country: raw.country[i] === "" ? null : raw.country[i],
        lat: lat === null ? null : lat / 1e4,
        lon: lon === null ? null : lon / 1e4,
        aliases: al.length > 0 ? al.split("|") : [],
        parent: raw.parent[i] === "" ? null : raw.parent[i],
      };
      built[i] = p;
    }
    return p;
  };
  let all: Place[] | null = null;
  cache = {
    size: count,
    place,
    all: () => (all ??= Array.from({ length: count }, (_, i) => place(i))),
    get: (surface) => {
      const i = index.get(surface);
      return i === undefined ? undefined : place(i);
    },
    nameAt: (i) => raw.name[i],
    kindAt: (i) => raw.kinds[raw.kind[i]],
    has: (surface) => index.has(surface),
    surfaces: () => index.entries(),
    maxTokens,
    loadMs: performance.now() - t0,
    path,
  };
  return cache;
}

/** The entry a surface form resolves to (case-sensitive), or null. */
export function lookup(surface: string): Place | null {
  return gazetteer().get(surfaceKey(surface)) ?? null;
}

/** Case-folded lookup, for datelines in capitals ("HOLLANDS KROON -"). The upper-case index is built on first use. */
export function lookupUpper(surface: string): Place | null {
  const g = gazetteer();
  if (!upperCache) {
    upperCache = new Map();
    for (const [key, i] of g.surfaces()) {
      const up = key.toUpperCase();
      if (!upperCache.has(up)) upperCache.set(up, i);
    }
  }
  const i = upperCache.get(surfaceKey(surface).toUpperCase());
  return i === undefined ? null : g.place(i);
}

/** Provinces a surface form names ("Limburg" -> the Dutch, then the Belgian province), or an empty list. */
export function lookupProvinces(surface: string): readonly Place[] {
  if (!provinceCache) {
    provinceCache = new Map();
    const g = gazetteer();
    for (let i = 0; i < g.size; i++) {
      if (g.kindAt(i) !== "province") continue;
      const p = g.place(i);
      for (const s of [p.name, ...p.aliases]) {
        const list = provinceCache.get(s);
        if (list) list.push(p);
        else provinceCache.set(s, [p]);
      }
    }
  }
  return provinceCache.get(surfaceKey(surface)) ?? [];
}

/** The first entry (in priority order) whose canonical name is `name`, or null. */
export function placeByName(name: string): Place | null {
  const g = gazetteer();
  if (!nameCache) {
    nameCache = new Map();
    for (let i = 0; i < g.size; i++) {
      const n = g.nameAt(i);
      if (!nameCache.has(n)) nameCache.set(n, i);
    }
  }
  const i = nameCache.get(name);
  return i === undefined ? null : g.place(i);
}
