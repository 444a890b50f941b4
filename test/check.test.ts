// `feiten check`: fact sheets, their errors, and the claims against the sources.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import {
  checkClaims,
  checkJson,
  checkJunit,
  formatCheck,
  formatSheetError,
  MAX_SHEET_BYTES,
  parseCountPhrase,
  parseSheet,
  resolveSources,
  xmlEscape,
  type CheckReport,
  type Sheet,
} from "../src/check/index.js";
import type { Result } from "../src/core/schema.js";
import { extract } from "../src/index.js";

const ROOT = join(import.meta.dirname, "..");
const read = (rel: string) => readFileSync(join(ROOT, rel), "utf8");
const seed0 = extract(read("fixtures/seed-000.txt"), { id: "fixtures/seed-000.txt" });
const seed1 = extract(read("fixtures/seed-001.txt"), { id: "fixtures/seed-001.txt" });

function sheetOf(text: string, file = "test/sheet.yaml"): Sheet {
  const p = parseSheet(text, file);
  if (!p.ok) throw new Error(p.errors.map((e) => formatSheetError(e, "en")).join("\n"));
  return p.sheet;
}
function errorsOf(text: string, file = "sheet.yaml", ui: "en" | "nl" = "en"): string[] {
  const p = parseSheet(text, file);
  if (p.ok) throw new Error("expected errors");
  return p.errors.map((e) => formatSheetError(e, ui));
}
const statuses = (r: CheckReport) => r.claims.map((c) => `${c.claim.type} ${c.claim.count.text}: ${c.status}`);

/** Well-formedness by a conforming XML parser; the elements as they open. */
function parseXml(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const parser = new SaxesParser();
  const out: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const errors: string[] = [];
  parser.on("error", (e) => errors.push(e.message));
  parser.on("opentag", (t) => out.push({ name: t.name, attributes: t.attributes as Record<string, string>, text: "" }));
  parser.on("text", (t) => {
    if (out.length) out[out.length - 1]!.text += t;
  });
  parser.write(xml).close();
  if (errors.length) throw new Error(`not well-formed XML: ${errors.join("; ")}`);
  return out;
}

const SEED_SHEET = `# the story's numbers
sources:
  - path: ../fixtures/seed-000.txt
    published: 2021-03
claims:
  - arrests: 30
  - searches: 75
  - weapons: 28
    place: Rotterdam
  - messages: "80 miljoen"
    timeframe: current
  - type: arrests
    count: dertig
  - arrests: 31
  - arrests: 35
    place: België
  - money: miljoenen euro's
  - type: drugs
    count: { min: 2000, max: 9999 }
    unit: kg
    timeframe: earlier
`;

describe("fact sheets: reading", () => {
  it("reads the shorthand and the long form of a claim", () => {
    const s = sheetOf(SEED_SHEET);
    expect(s.name).toBe("sheet.yaml");
    expect(s.lang).toBe("nl");
    expect(s.sources).toEqual([{ path: "../fixtures/seed-000.txt", published: "2021-03", lang: null, line: 3, column: 5 }]);
    expect(s.claims.map((c) => [c.index, c.line, c.column, c.type, c.count.text])).toEqual([
      [0, 6, 5, "arrests", "30"],
      [1, 7, 5, "searches", "75"],
      [2, 8, 5, "weapons", "28"],
      [3, 10, 5, "messages", "80 miljoen"],
      [4, 12, 5, "arrests", "dertig"],
      [5, 14, 5, "arrests", "31"],
      [6, 15, 5, "arrests", "35"],
      [7, 17, 5, "money", "miljoenen euro's"],
      [8, 18, 5, "drugs", "2000–9999"],
    ]);
    expect(s.claims[2]).toMatchObject({ place: "Rotterdam", subtype: null, timeframe: null });
    expect(s.claims[3]!.count).toMatchObject({ value: 80e6, min: 80e6, max: 80e6, modifier: "exact" });
    expect(s.claims[7]!.count).toMatchObject({ min: 2e6, max: 9_999_999, modifier: "vague", unit: "EUR" });
    expect(s.claims[7]!.unit).toBe("EUR");
    expect(s.claims[8]).toMatchObject({ unit: "kg", timeframe: "earlier", count: { value: null, min: 2000, max: 9999, modifier: "range", unit: "kg" } });
  });
  it("reads JSON sheets, source shorthands and names", () => {
    const s = sheetOf(read("fixtures/sheets/argus.json"), "fixtures/sheets/argus.json");
    expect(s.name).toBe("Argus (JSON)");
    expect(s.sources.map((x) => x.path)).toEqual(["../seed-000.txt"]);
    expect(s.claims.map((c) => `${c.line}:${c.column} ${c.type} ${c.count.text}`)).toEqual([
      "5:5 arrests dertig",
      "6:5 searches 200",
      "7:5 arrests 31",
      "8:5 messages 80 million",
      "9:5 arrests tientallen",
    ]);
    expect(resolveSources(s)[0]!.resolved).toBe(join("fixtures/sheets", "../seed-000.txt"));
  });
  it("reads count phrases of both languages, and ranges", () => {
    expect(parseCountPhrase("ruim 2.000", "nl")).toMatchObject({ value: 2000, min: 2000, max: null, modifier: "over" });
    expect(parseCountPhrase("tientallen", "nl")).toMatchObject({ min: 20, max: 99, modifier: "vague" });
    expect(parseCountPhrase("honderden miljoenen", "nl")).toMatchObject({ min: 200e6, max: 999_999_999 });
    expect(parseCountPhrase("80 million", "nl")).toMatchObject({ value: 80e6 });
    expect(parseCountPhrase("about 30", "nl")).toMatchObject({ value: 30, modifier: "about" });
    expect(parseCountPhrase("500 kilo", "nl")).toMatchObject({ value: 500, unit: "kg" });
    // Digits group the sheet's way: "2.000" is two thousand in Dutch, two in English.
    expect(parseCountPhrase("2.000", "nl")).toMatchObject({ value: 2000 });
    expect(parseCountPhrase("2.000", "en")).toMatchObject({ value: 2 });
    expect(parseCountPhrase("30 arrestaties", "nl")).toBeNull();
    expect(parseCountPhrase("veel", "nl")).toBeNull();
    const s = sheetOf("lang: en\nsources: [a.txt]\nclaims:\n  - drugs: 2,000\n  - arrests: {min: 10}\n  - arrests: {max: 10}\n  - arrests: {min: 7, max: 7}\n");
    expect(s.claims.map((c) => [c.count.value, c.count.min, c.count.max, c.count.modifier])).toEqual([
      [2000, 2000, 2000, "exact"],
      [10, 10, null, "atLeast"],
      [10, null, 10, "atMost"],
      [7, 7, 7, "exact"],
    ]);
  });
  it("reads publication dates as the CLI does", () => {
    const s = sheetOf("sources:\n  - {path: a.txt, published: 2021}\n  - {path: b.txt, published: 9 maart 2021, lang: nl}\n  - {path: c.txt, published: '2021-03-09'}\nclaims: [{arrests: 1}]\n");
    expect(s.sources.map((x) => [x.published, x.lang])).toEqual([
      ["2021", null],
      ["2021-03-09", "nl"],
      ["2021-03-09", null],
    ]);
  });
  it("allows a few harmless aliases", () => {
    const s = sheetOf("sources: [a.txt]\nclaims:\n  - weapons: 28\n    place: &r Rotterdam\n  - searches: 3\n    place: *r\n");
    expect(s.claims.map((c) => c.place)).toEqual(["Rotterdam", "Rotterdam"]);
  });
});

describe("fact sheets: errors, with their line and column", () => {
  it("points at the claim and key that are wrong", () => {
    const text = ["sources:", "  - ../fixtures/seed-000.txt", "claims:", "  - arrests: 30", "  - searches: 75", "  - messages: 80 miljoen", "  - weapons: [28]", "    place: Rotterdam"].join("\n");
    expect(errorsOf(text)).toEqual(["sheet.yaml:7:5: claims[3].weapons: expected a number, a range or a count phrase"]);
    expect(errorsOf(text, "sheet.yaml", "nl")).toEqual(["sheet.yaml:7:5: claims[3].weapons: verwacht een getal, een bereik of een telwoordgroep"]);
  });
  it("reports every error of the example broken sheet", () => {
    expect(errorsOf(read("fixtures/sheets/broken.yaml"), "broken.yaml")).toEqual([
      "broken.yaml:4:5: sources[0].published: expected a date: YYYY, YYYY-MM or YYYY-MM-DD",
      'broken.yaml:7:5: claims[1].searches: "veel" is not a count phrase (like 30, "dertig", "ruim 2.000", "tientallen", "80 million")',
      "broken.yaml:8:5: claims[2].weapons: expected a number, a range or a count phrase",
      'broken.yaml:10:5: claims[3].arrest: unknown fact type "arrest" (choose from arrests, searches, weapons, messages, drugs, money)',
      'broken.yaml:13:5: claims[4].colour: unknown key "colour"',
    ]);
  });
  it("knows missing, unknown and ill-typed keys", () => {
    expect(errorsOf("claims: [{arrests: 1}]\n")).toEqual(["sheet.yaml:1:1: sources: required"]);
    expect(errorsOf("sources: []\nclaims: [{arrests: 1}]\n")).toEqual(["sheet.yaml:1:1: sources: needs at least one entry"]);
    expect(errorsOf("sources: [a.txt]\nclaims:\n  - type: arrests\n")).toEqual(["sheet.yaml:3:5: claims[0].count: required"]);
    expect(errorsOf("sources: [a.txt]\nclaims:\n  - type: arests\n    count: 3\n")).toEqual(["sheet.yaml:3:5: claims[0].type: expected one of: arrests, searches, weapons, messages, drugs, money"]);
    expect(errorsOf("sources: [a.txt]\nclaims:\n  - arrests: 3\n    timeframe: later\n")).toEqual(["sheet.yaml:4:5: claims[0].timeframe: expected one of: current, earlier"]);
    expect(errorsOf("sources: [a.txt]\nclaims:\n  - arrests: 3\n    place: 12\n")).toEqual(["sheet.yaml:4:5: claims[0].place: expected a text"]);
    expect(errorsOf("sources: [a.txt]\nclaims:\n  - arrests: -3\n")).toEqual(["sheet.yaml:3:5: claims[0].arrests: must be 0 or more"]);
    expect(errorsOf("sources: [a.txt]\nclaims:\n  - arrests: {min: 9, max: 2}\n")).toEqual(["sheet.yaml:3:5: claims[0].arrests: a range has min, max or both, with min no more than max"]);
    expect(errorsOf("sources: [a.txt]\nclaims:\n  - arrests: {}\n")).toEqual(["sheet.yaml:3:5: claims[0].arrests: a range has min, max or both, with min no more than max"]);
    expect(errorsOf("sources: [a.txt]\nclaims:\n  - arrests: 3\n    searches: 4\n")).toEqual(['sheet.yaml:4:5: claims[0].searches: one fact type per claim (this claim already names "arrests")']);
    expect(errorsOf("sources: [a.txt]\nclaims:\n  - place: Rotterdam\n")).toEqual(["sheet.yaml:3:5: claims[0]: a claim names its fact type, one of arrests, searches, weapons, messages, drugs, money"]);
    expect(errorsOf("sources: [a.txt]\nclaims:\n  - 30\n")).toEqual(["sheet.yaml:3:5: claims[0]: a claim is a mapping, like {arrests: 30} or {type: arrests, count: 30}"]);
    expect(errorsOf("sources: [12]\nclaims: [{arrests: 1}]\ntitle: x\n")).toEqual([
      "sheet.yaml:1:11: sources[0]: expected a path, or a mapping with path (and published, lang)",
      'sheet.yaml:3:1: title: unknown key "title"',
    ]);
  });
  it("refuses what is not a sheet", () => {
    expect(errorsOf("")).toEqual(['sheet.yaml:1:1: a fact sheet is a mapping with "sources" and "claims"']);
    expect(errorsOf("- arrests: 3\n")).toEqual(['sheet.yaml:1:1: a fact sheet is a mapping with "sources" and "claims"']);
  });
  it("reports YAML errors where they are", () => {
    const errs = errorsOf("sources: [a.txt]\nclaims:\n  - arrests: 3\n  - arrests: 4\n    arrests: 5\n");
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^sheet\.yaml:5:5: not valid YAML: Map keys must be unique/);
    expect(errorsOf('{"sources": ["a.txt"], "claims": [\n  {"arrests": 3,}\n  {"arrests": 4}\n]}')[0]).toMatch(/^sheet\.yaml:3:3: not valid YAML/);
  });
  it("refuses an alias bomb (billion laughs) and huge inputs", () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
      "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
      "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
      "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
      "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
      "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]",
      "sources: [a.txt]",
      "claims: [{arrests: 1}]",
    ].join("\n");
    const t0 = performance.now();
    expect(errorsOf(bomb)).toEqual(["sheet.yaml:1:1: too many YAML aliases (a fact sheet needs none): refused"]);
    expect(performance.now() - t0).toBeLessThan(1000);
    const huge = `sources: [a.txt]\nclaims:\n${"  - arrests: 1\n".repeat(Math.ceil(MAX_SHEET_BYTES / 15) + 1)}`;
    expect(errorsOf(huge)[0]).toMatch(/^sheet\.yaml:1:1: the sheet is too large \(\d+ bytes; at most 1048576\): refused$/);
  });
});

describe("fact sheets: claims against the sources", () => {
  const sheet = sheetOf(SEED_SHEET);
  const report = checkClaims(sheet, [seed0]);

  it("classifies each claim", () => {
    expect(statuses(report)).toEqual([
      "arrests 30: supported",
      "searches 75: supported",
      "weapons 28: supported",
      "messages 80 miljoen: supported",
      "arrests dertig: supported",
      "arrests 31: contradicted",
      "arrests 35: compatible",
      "money miljoenen euro's: notFound",
      "drugs 2000–9999: supported",
    ]);
    expect(report.summary).toEqual({ claims: 9, supported: 6, compatible: 1, contradicted: 1, notFound: 1 });
    expect(report.failed).toBe(3);
    expect(report.sources).toEqual(["fixtures/seed-000.txt"]);
  });
  it("gives the source's count, sentence and document", () => {
    const c = report.claims[5]!;
    expect(c.source!.document).toBe("fixtures/seed-000.txt");
    expect(c.source!.fact.count.text).toBe("dertig");
    expect(c.source!.fact.evidence.text).toContain("dertig mensen aangehouden");
    // 35 in België: "tientallen" there allows it but does not say it.
    expect(report.claims[6]!.source!.fact).toMatchObject({ count: { text: "tientallen" }, place: { name: "België" } });
    expect(report.claims[7]!.source).toBeNull();
  });
  it("is contradicted by a vague source that excludes the claim, and supports a vaguer claim", () => {
    const r = checkClaims(sheetOf("sources: [x]\nclaims:\n  - messages: 80 miljoen\n  - messages: honderden miljoenen\n  - arrests: tientallen\n  - arrests: meer dan 20\n  - arrests: 100\n    timeframe: earlier\n"), [seed1]);
    expect(statuses(r)).toEqual(["messages 80 miljoen: contradicted", "messages honderden miljoenen: supported", "arrests tientallen: supported", "arrests meer dan 20: supported", "arrests 100: contradicted"]);
    expect(r.claims[0]!.source).toMatchObject({ document: "fixtures/seed-001.txt", fact: { count: { text: "honderden miljoenen" } } });
    expect(r.claims[0]!.source!.fact.evidence.text).toMatch(/^Opsporingsdiensten zijn er in geslaagd/);
    expect(r.claims[4]!.source!.fact.count.text).toBe("43");
  });
  it("finds places by any name the gazetteer knows, and keeps other places apart", () => {
    const r = checkClaims(sheetOf("sources: [x]\nclaims:\n  - searches: 200\n    place: Antwerp\n  - weapons: 28\n    place: Amsterdam\n  - weapons: 28\n    place: Nederland\n"), [seed0]);
    expect(statuses(r)).toEqual(["searches 200: supported", "weapons 28: notFound", "weapons 28: supported"]);
  });
  it("checks against several sources", () => {
    const r = checkClaims(sheetOf("sources: [a, b]\nclaims:\n  - money: miljoenen euro's\n  - arrests: 48\n    place: Antwerpen\n"), [seed0, seed1]);
    expect(r.claims.map((c) => `${c.status} ${c.source?.document}`)).toEqual(["supported fixtures/seed-001.txt", "supported fixtures/seed-000.txt"]);
  });
  it("leaves negated source facts out", () => {
    const neg: Result = { ...seed0, facts: seed0.facts.map((f) => ({ ...f, negated: true })) };
    expect(statuses(checkClaims(sheetOf("sources: [a]\nclaims: [{arrests: 30}]\n"), [neg]))).toEqual(["arrests 30: notFound"]);
  });
  it("checks the example sheets", () => {
    for (const [file, expected] of [
      ["fixtures/sheets/sky-ecc.yaml", { claims: 7, supported: 5, compatible: 1, contradicted: 0, notFound: 1 }],
      ["fixtures/sheets/argus.json", { claims: 5, supported: 4, compatible: 0, contradicted: 1, notFound: 0 }],
    ] as const) {
      const s = sheetOf(read(file), file);
      const results = resolveSources(s).map((src) => extract(readFileSync(join(ROOT, src.resolved), "utf8"), { id: src.resolved, published: src.published }));
      expect(checkClaims(s, results).summary, file).toEqual(expected);
    }
  });
});

describe("check reports", () => {
  const sheet = sheetOf(SEED_SHEET);
  const report = checkClaims(sheet, [seed0]);

  it("say it for people, in English and in Dutch", () => {
    const en = formatCheck(report, { ui: "en", color: false });
    expect(en).toContain("Fact sheet: test/sheet.yaml\nSources: fixtures/seed-000.txt");
    expect(en).toContain("✓ supported  test/sheet.yaml:6  arrests 30\n    fixtures/seed-000.txt says \"dertig\" (30) · current");
    expect(en).toContain("✗ contradicted  test/sheet.yaml:14  arrests 31\n    fixtures/seed-000.txt says \"dertig\" (30) · current\n    “Bij een landelijke politieactie");
    expect(en).toContain("~ not confirmed  test/sheet.yaml:15  arrests 35 · België");
    expect(en).toContain("? not found  test/sheet.yaml:17  money \"miljoenen euro's\" (2,000,000–9,999,999 EUR)\n    no matching fact about money in the sources");
    expect(en).toContain("✓ supported  test/sheet.yaml:18  drugs 2,000–9,999 kg · earlier\n    fixtures/seed-000.txt says \"duizenden kilo's\" (2,000–9,999 kg) · earlier");
    expect(en).toContain("9 claims: 6 supported, 1 not confirmed, 1 contradicted, 1 not found");
    expect(en).not.toMatch(/\x1b\[/);
    const nl = formatCheck(report, { ui: "nl", color: true });
    expect(nl).toContain("gestaafd");
    expect(nl).toContain("weersproken");
    expect(nl).toContain("9 beweringen: 6 gestaafd, 1 niet bevestigd, 1 weersproken, 1 niet gevonden");
    expect(nl).toMatch(/\x1b\[31m/);
  });
  it("are plain JSON data", () => {
    const j = checkJson(report);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
    expect(j.schema).toBe("feiten-check/1");
    expect(j.claims[5]).toMatchObject({
      index: 5,
      line: 14,
      type: "arrests",
      status: "contradicted",
      source: { document: "fixtures/seed-000.txt", count: { value: 30, text: "dertig" }, place: null, timeframe: "current", rule: "nl.arrests.passive" },
    });
    expect(j.claims[7]!.source).toBeNull();
  });
  it("are JUnit XML: a testsuite per sheet, a testcase per claim, a failure for each claim not supported", () => {
    const xml = checkJunit(report);
    const els = parseXml(xml);
    expect(els.filter((e) => e.name === "testsuites")).toHaveLength(1);
    const suites = els.filter((e) => e.name === "testsuite");
    expect(suites.map((s) => s.attributes)).toEqual([{ name: "sheet.yaml", file: "test/sheet.yaml", tests: "9", failures: "3", errors: "0", skipped: "0" }]);
    const cases = els.filter((e) => e.name === "testcase");
    expect(cases).toHaveLength(sheet.claims.length);
    expect(cases[0]!.attributes).toEqual({ name: "claims[0] arrests 30", classname: "sheet.yaml", file: "test/sheet.yaml", line: "6" });
    const failures = els.filter((e) => e.name === "failure");
    expect(failures.map((f) => f.attributes.type)).toEqual(["contradicted", "compatible", "notFound"]);
    expect(failures[0]!.attributes.message).toBe('contradicted: fixtures/seed-000.txt says "dertig" (30) · current');
    expect(failures[0]!.text).toContain("fixtures/seed-000.txt: Bij een landelijke politieactie zijn 75 huiszoekingen gedaan en dertig mensen aangehouden");
  });
  it("escape whatever the texts hold", () => {
    const nasty = `a <b> & "c" 'd' ]]> \u0001\u0008\uFFFE \uD800 tab\tnew\nline\r😀`;
    const s = sheetOf(`name: ${JSON.stringify(nasty)}\nsources: [a]\nclaims:\n  - money: 5\n    note: ${JSON.stringify(nasty)}\n`);
    const r = checkClaims(s, [seed0]);
    const els = parseXml(checkJunit([r, r], { ui: "nl" }));
    expect(els.filter((e) => e.name === "testsuite")).toHaveLength(2);
    const expected = nasty.replace(/[\u0001\u0008\uFFFE\uD800]/g, "\uFFFD");
    expect(els.find((e) => e.name === "testsuite")!.attributes.name).toBe(expected);
    expect(els.find((e) => e.name === "failure")!.text).toContain(`notitie: ${expected}`);
  });
  it("xmlEscape escapes the five, keeps what attributes would lose, and replaces what XML cannot hold", () => {
    expect(xmlEscape(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    expect(xmlEscape("a\tb\nc\rd")).toBe("a\tb\nc&#13;d");
    expect(xmlEscape("a\tb\nc\rd", true)).toBe("a&#9;b&#10;c&#13;d");
    expect(xmlEscape("\u0000\u001F\uDC00x\uFFFF😀")).toBe("\uFFFD\uFFFD\uFFFDx\uFFFD😀");
  });
});
