// The human formats (table, annotate, explain) and CSV, on real results of the
// example documents, plus the count wording in both interface languages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { formatAnnotate, locateCounts, findCue } from "../src/cli/formats/annotate.js";
import { CSV_COLUMNS, formatCsv } from "../src/cli/formats/csv.js";
import { displayWidth, truncate, TYPE_ORDER, wrapPlain } from "../src/cli/formats/labels.js";
import { formatNumber, sayCount } from "../src/cli/formats/say.js";
import { fitWidths, formatTable } from "../src/cli/formats/table.js";
import type { Ui } from "../src/core/messages.js";
import { FACT_TYPES, Result as ResultSchema, type Count, type Fact, type Result } from "../src/core/schema.js";
import { extract } from "../src/index.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const ANSI = /\x1b\[[0-9;]*m/;
const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, "");

function load(name: string, ui: Ui = "en"): { result: Result; text: string } {
  const text = readFileSync(join(FIXTURES, name), "utf8");
  return { result: extract(text, { id: `fixtures/${name}`, ui }), text };
}

const seed0 = load("seed-000.txt", "nl");
const seed1 = load("seed-001.txt", "nl");
const europol = load("en-europol-operation.txt");
const county = load("en-uk-county-lines.txt");

/** The table row (a line) that contains every one of `parts`. */
const rowWith = (table: string, ...parts: (string | RegExp)[]) =>
  table.split("\n").find((l) => parts.every((p) => (typeof p === "string" ? l.includes(p) : p.test(l))));

const lines = (s: string) => s.replace(/\n$/, "").split("\n");
const widest = (s: string) => Math.max(...lines(stripAnsi(s)).map(displayWidth));

// ---- counts -------------------------------------------------------------------

const count = (c: Partial<Count> & Pick<Count, "modifier">): Count => ({ value: null, min: null, max: null, unit: null, text: "?", ...c });

describe("sayCount", () => {
  const cases: [Count, string, string][] = [
    [count({ modifier: "exact", value: 30, min: 30, max: 30, text: "dertig" }), "30", "30"],
    [count({ modifier: "exact", value: 2000, min: 2000, max: 2000 }), "2.000", "2,000"],
    [count({ modifier: "exact", value: 11000, min: 11000, max: 11000 }), "11.000", "11,000"],
    [count({ modifier: "exact", value: 1234567, min: 1234567, max: 1234567 }), "1.234.567", "1,234,567"],
    [count({ modifier: "exact", value: 80_000_000, min: 80_000_000, max: 80_000_000 }), "80 miljoen", "80 million"],
    [count({ modifier: "exact", value: 1_500_000, min: 1_500_000, max: 1_500_000 }), "1,5 miljoen", "1.5 million"],
    [count({ modifier: "exact", value: 8000, min: 8000, max: 8000, unit: "kg" }), "8.000 kg", "8,000 kg"],
    [count({ modifier: "exact", value: 0.5, min: 0.5, max: 0.5, unit: "kg" }), "0,5 kg", "0.5 kg"],
    [count({ modifier: "exact", value: 12500, min: 12500, max: 12500, unit: "EUR" }), "€ 12.500", "€12,500"],
    [count({ modifier: "exact", value: 900, min: 900, max: 900, unit: "USD" }), "$ 900", "$900"],
    [count({ modifier: "exact", value: 5000, min: 5000, max: 5000, unit: "CHF" }), "5.000 CHF", "5,000 CHF"],
    [count({ modifier: "exact", value: 1200, min: 1200, max: 1200, unit: "plants" }), "1.200 planten", "1,200 plants"],
    [count({ modifier: "exact", value: 1, min: 1, max: 1, unit: "pills" }), "1 pil", "1 pill"],
    [count({ modifier: "exact", value: 0, min: 0, max: 0, text: "No" }), "0", "0"],
    [count({ modifier: "about", value: 12500 }), "ca. 12.500", "about 12,500"],
    [count({ modifier: "about", value: 8500, unit: "GBP" }), "ca. £ 8.500", "about £8,500"],
    [count({ modifier: "about", value: 1_000_000_000, text: "ongeveer een miljard" }), "ca. 1 miljard", "about 1 billion"],
    [count({ modifier: "over", value: 2000, min: 2000 }), "ruim 2.000", "over 2,000"],
    [count({ modifier: "over", value: 3_100_000, min: 3_100_000, unit: "EUR" }), "ruim € 3,1 miljoen", "over €3.1 million"],
    [count({ modifier: "over", value: 2400, min: 2400, unit: "kg" }), "ruim 2.400 kg", "over 2,400 kg"],
    [count({ modifier: "atLeast", value: 5, min: 5 }), "minstens 5", "at least 5"],
    [count({ modifier: "under", value: 100, max: 100 }), "bijna 100", "nearly 100"],
    [count({ modifier: "atMost", value: 50, max: 50 }), "hooguit 50", "at most 50"],
    [count({ modifier: "range", min: 300, max: 400 }), "300–400", "300–400"],
    [count({ modifier: "range", min: 20, max: 30, unit: "kg" }), "20–30 kg", "20–30 kg"],
    [count({ modifier: "range", min: 2000, max: 3000, unit: "EUR" }), "€ 2.000–3.000", "€2,000–3,000"],
    [count({ modifier: "vague", min: 20, max: 99, text: "tientallen" }), "tientallen (20–99)", "dozens (20–99)"],
    [count({ modifier: "vague", min: 200, max: 999 }), "honderden (200–999)", "hundreds (200–999)"],
    [count({ modifier: "vague", min: 2000, max: 9999, unit: "kg" }), "duizenden (2.000–9.999 kg)", "thousands (2,000–9,999 kg)"],
    [count({ modifier: "vague", min: 20000, max: 99999 }), "tienduizenden (20.000–99.999)", "tens of thousands (20,000–99,999)"],
    [count({ modifier: "vague", min: 2_000_000, max: 9_999_999, unit: "EUR" }), "miljoenen (€ 2–10 mln.)", "millions (€2–10m)"],
    [count({ modifier: "vague", min: 200_000_000, max: 999_999_999 }), "honderden miljoenen (200 mln.–1 mld.)", "hundreds of millions (200m–1bn)"],
    [count({ modifier: "vague", min: 2, text: "meerdere" }), "enkele (2+)", "several (2+)"],
    [count({ modifier: "vague", min: 2, unit: "kg", text: "enkele kilo's" }), "enkele (2+ kg)", "several (2+ kg)"],
    // What the fields cannot say is shown as written.
    [count({ modifier: "about", text: "zo'n tiental" }), "zo'n tiental", "zo'n tiental"],
    [count({ modifier: "range", min: 20, text: "20 à ?" }), "20 à ?", "20 à ?"],
  ];
  for (const [c, nl, en] of cases) {
    it(`${c.modifier} ${c.value ?? ""} ${c.min ?? ""}–${c.max ?? ""} ${c.unit ?? ""} → ${nl} / ${en}`, () => {
      expect(sayCount(c, "nl")).toBe(nl);
      expect(sayCount(c, "en")).toBe(en);
    });
  }
  it("says every count of the example documents without falling back to its text", () => {
    for (const { result } of [seed0, seed1, europol, county])
      for (const f of result.facts) for (const ui of ["nl", "en"] as const) expect(sayCount(f.count, ui)).toMatch(/\d/);
  });
  it("groups digits and writes decimals the ui language's way", () => {
    expect(formatNumber(1234567.891, "nl")).toBe("1.234.567,891");
    expect(formatNumber(1234567.891, "en")).toBe("1,234,567.891");
    expect(formatNumber(0.35, "nl")).toBe("0,35");
    expect(formatNumber(999, "en")).toBe("999");
  });
});

// ---- table --------------------------------------------------------------------

describe("formatTable", () => {
  const nl = formatTable([seed0.result, seed1.result], { ui: "nl", color: false, width: 100 });
  const en = formatTable([europol.result, county.result], { ui: "en", color: false, width: 100 });

  it("heads each document with its id, language and publication date", () => {
    expect(nl).toContain("fixtures/seed-000.txt — Nederlands, gepubliceerd 2021-03");
    expect(nl).toContain("fixtures/seed-001.txt — Nederlands, publicatiedatum onbekend");
    expect(en).toContain("fixtures/en-europol-operation.txt — English, published 2024-03-14");
    expect(lines(nl)[1]).toMatch(/^ #\s+feit\s+aantal\s+soort\s+plaats\s+datum\s+wanneer\s+bron$/);
  });
  it("has a row per fact, said in the ui language", () => {
    expect(rowWith(nl, /^\s*5\s/, "wapens", " 28 ", "vuurwapens", "Rotterdam", "nu", "OM")).toBeDefined();
    expect(rowWith(nl, "huiszoekingen", "tientallen (20–99)", "België", "2021-03")).toBeDefined();
    expect(rowWith(nl, "aanhoudingen", "tientallen (20–99)", "België")).toBeDefined();
    expect(rowWith(nl, "aanhoudingen", " 43 ", "eerder", "OM")).toBeDefined();
    expect(rowWith(nl, "berichten", "ca. 1 miljard")).toBeDefined();
    expect(rowWith(nl, "berichten", "80 miljoen", "Nederland")).toBeDefined();
    expect(rowWith(nl, "wapens", "enkele (2+)", "eerder")).toBeDefined();
    expect(rowWith(nl, "aanhoudingen", " 30 ", "vandaag (?)")).toBeDefined();
    expect(rowWith(en, "weapons", " 28 ")).toBeUndefined();
    expect(rowWith(en, "weapons", " 19 ", "firearms", "current", "Europol")).toBeDefined();
    expect(rowWith(en, "money", "over €3.1 million", "Europol")).toBeDefined();
    expect(rowWith(en, "drugs", "over 2,400 kg", "cocaine")).toBeDefined();
    expect(rowWith(en, "drugs", "800 kg", "cocaine", "Hamburg", "2022", "earlier")).toBeDefined();
    expect(rowWith(en, "arrests", " 14 ", "België")).toBeDefined();
    expect(rowWith(en, "money", "about £8,500")).toBeDefined();
  });
  it("has one row per fact", () => {
    const rows = (doc: string) => doc.split("\n").filter((l) => /^\s*\d+\s{2}/.test(l)).length;
    const [a, b] = nl.split("\n\n");
    expect(rows(a!)).toBe(seed0.result.facts.length);
    expect(rows(b!)).toBe(seed1.result.facts.length);
  });
  it("marks negated and hedged facts", () => {
    expect(rowWith(en, "weapons", " 0 ", "firearms", /\bnot$/)).toBeDefined();
    const hedged: Result = { ...county.result, facts: [{ ...county.result.facts[0]!, hedged: true, negated: true }] };
    expect(formatTable([hedged], { ui: "nl", color: false, width: 120 })).toMatch(/niet, onder voorbehoud$/m);
    expect(formatTable([hedged], { ui: "en", color: false, width: 120 })).toMatch(/not, hedged$/m);
  });
  it("fits the width, cutting cells with …", () => {
    for (const width of [100, 80, 60]) {
      const t = formatTable([seed0.result, seed1.result, europol.result], { ui: "nl", color: false, width });
      expect(widest(t), `width ${width}`).toBeLessThanOrEqual(width);
    }
    expect(formatTable([seed0.result], { ui: "nl", color: false, width: 60 })).toContain("…");
    // Wide enough, nothing is cut.
    const wide = formatTable([seed1.result], { ui: "nl", color: false, width: 200 });
    expect(wide).not.toContain("…");
    expect(wide).toContain("honderden miljoenen (200 mln.–1 mld.)");
  });
  it("colours only when asked", () => {
    expect(nl).not.toMatch(ANSI);
    expect(en).not.toMatch(ANSI);
    const coloured = formatTable([seed0.result], { ui: "nl", color: true, width: 100 });
    expect(coloured).toMatch(ANSI);
    expect(stripAnsi(coloured)).toBe(formatTable([seed0.result], { ui: "nl", color: false, width: 100 }));
    expect(widest(coloured)).toBeLessThanOrEqual(100);
  });
  it("says so when a document has no facts, in the ui language", () => {
    const empty = extract("De politie heeft vandaag niets gemeld over de zaak in Utrecht.", { id: "leeg", published: "2024-01-02" });
    expect(empty.facts).toEqual([]);
    expect(formatTable([empty], { ui: "nl", color: false, width: 80 })).toContain("geen feiten gevonden");
    expect(formatTable([empty], { ui: "en", color: false, width: 80 })).toContain("no facts found");
  });
  it("is deterministic", () => {
    expect(formatTable([seed0.result, seed1.result], { ui: "nl", color: false, width: 100 })).toBe(nl);
  });
  it("shrinks the column with most to spare first, never the number column", () => {
    expect(fitWidths([2, 10, 30], 30, [0, 8, 8], new Set([0]))).toEqual([2, 10, 14]);
    expect(fitWidths([2, 10, 30], 20, [0, 8, 8], new Set([0]))).toEqual([2, 7, 7]);
    expect(fitWidths([2, 3, 3], 5, [], new Set([0]))).toEqual([2, 3, 3]); // cannot fit: overflows
    expect(truncate("Landelijk Parket", 8)).toBe("Landeli…");
    expect(truncate("OM", 8)).toBe("OM");
  });
});

// ---- annotate -----------------------------------------------------------------

/** The text back from the plain markup: drops marks and labels, undoes escapes. Throws on unbalanced markup. */
function unmark(s: string): string {
  let out = "";
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "\\") {
      out += s[++i] ?? "";
      continue;
    }
    if (ch === "[" || ch === "⟦" || ch === "⟨") {
      depth++;
      continue;
    }
    if (ch === "]" || ch === "⟧" || ch === "⟩") {
      depth--;
      if (depth < 0) throw new Error(`unbalanced ${ch} at ${i}`);
      if (s[i + 1] === "{") i = s.indexOf("}", i);
      if (ch !== "⟩" && i < 0) throw new Error("label without }");
      continue;
    }
    out += ch;
  }
  if (depth !== 0) throw new Error("unclosed mark");
  return out;
}

const body = (annotated: string, legendWord: string) => annotated.slice(0, annotated.indexOf(`\n\n${legendWord}\n`));
const words = (s: string) => s.replace(/\s+/g, " ").trim();

describe("formatAnnotate", () => {
  const nl = formatAnnotate(seed0.result, seed0.text, { ui: "nl", color: false, width: 80, explain: false });
  const en = formatAnnotate(county.result, county.text, { ui: "en", color: false, width: 70, explain: false });

  it("marks counts, dates and places inline", () => {
    expect(nl).toMatch(/\[28\]\{wapens#\d+\} vuurwapens/);
    expect(nl).toMatch(/\[dertig\]\{aanhoudingen#\d+\} mensen/);
    expect(nl).toMatch(/\[tientallen\]\{huiszoekingen#\d+,aanhoudingen#\d+\} huiszoekingen/);
    expect(nl).toMatch(/\[duizenden kilo's\]\{drugs#\d+\} drugs/);
    expect(nl).toMatch(/\[ongeveer een miljard\]\{berichten#\d+\} berichten/);
    expect(nl).toContain("⟦vandaag⟧{2021-03}");
    expect(nl).toContain("⟦Vorig jaar⟧{2020}");
    expect(nl).toContain("In ⟨Rotterdam⟩ zijn");
    expect(en).toContain("[four]{arrests#1} people");
    expect(en).toContain("⟦yesterday⟧{2024-02-08}");
    expect(en).toContain("[No]{weapons#8} firearms");
    const eu = formatAnnotate(europol.result, europol.text, { ui: "en", color: false, width: 80, explain: false });
    expect(eu).toContain("⟨Belgium⟩{België}");
    expect(eu).toContain("[more than 2.4 tonnes]{drugs#3}");
    const unresolved = formatAnnotate(seed1.result, seed1.text, { ui: "nl", color: false, width: 80, explain: false });
    expect(unresolved).toContain("⟦vandaag⟧{?}");
  });
  it("numbers facts as the table does", () => {
    seed0.result.facts.forEach((_, i) => expect(nl).toMatch(new RegExp(`[{,]\\p{L}+#${i + 1}[,}]`, "u")));
  });
  it("places each count where it stands, not inside another's", () => {
    // "a zombie knife": the "a" after "recovered", not the "a" of "A man aged 27 and a woman".
    expect(words(en)).toContain("[A man aged 27 and a woman]{arrests#3}");
    expect(words(en)).toContain("recovered [a]{weapons#4} zombie knife");
    const spans = locateCounts(seed0.result.facts, seed0.text);
    seed0.result.facts.forEach((f, i) => {
      expect(spans[i]!.found).toBe(true);
      expect(seed0.text.slice(spans[i]!.start, spans[i]!.end)).toBe(f.count.text);
    });
    // The distributed fact shares its count.
    const tens = seed0.result.facts.map((f, i) => [f, spans[i]!] as const).filter(([f]) => f.count.text === "tientallen");
    expect(tens.length).toBe(2);
    expect(tens[0]![1]).toEqual(tens[1]![1]);
  });
  it("keeps the text: without the markup it is the article again", () => {
    for (const [{ result, text }, ui] of [[seed0, "nl"], [seed1, "nl"], [europol, "en"], [county, "en"]] as const) {
      const out = formatAnnotate(result, text, { ui, color: false, width: 60, explain: false });
      expect(words(unmark(body(out, ui === "nl" ? "Legenda" : "Legend")))).toBe(words(text));
    }
  });
  it("wraps to the width and never breaks a mark that fits on a line", () => {
    for (const width of [40, 60, 80, 100])
      for (const color of [false, true])
        for (const [{ result, text }, ui] of [[seed0, "nl"], [seed1, "nl"], [europol, "en"], [county, "en"]] as const) {
          const out = formatAnnotate(result, text, { ui, color, width, explain: true });
          expect(widest(out), `${result.document.id} width ${width} color ${color}`).toBeLessThanOrEqual(width);
          if (color) continue;
          const marked = body(out, ui === "nl" ? "Legenda" : "Legend");
          expect(() => unmark(marked)).not.toThrow();
          // Every mark shorter than a line is whole on its line.
          if (width >= 60) for (const l of lines(marked)) expect(() => unmark(l), l).not.toThrow();
        }
  });
  it("escapes markup characters of the text and says so in the legend", () => {
    const text = "Bij [actie] {x} zijn 3 mensen aangehouden in Utrecht.";
    const result = extract(text, { id: "t", published: "2024-01-02" });
    const out = formatAnnotate(result, text, { ui: "nl", color: false, width: 80, explain: false });
    expect(out).toContain("Bij \\[actie\\] \\{x\\} zijn [3]{aanhoudingen#1} mensen");
    expect(out).toContain("\\[: een \\ voor een teken");
    expect(unmark(body(out, "Legenda"))).toBe(text);
  });
  it("marks the whole sentence when the count is not in it", () => {
    const fact = { ...county.result.facts[0]!, count: { ...county.result.facts[0]!.count, text: "vier" } };
    const result = { ...county.result, facts: [fact] };
    expect(locateCounts(result.facts, county.text)[0]).toEqual({ start: fact.evidence.start, end: fact.evidence.end, found: false });
    const out = formatAnnotate(result, county.text, { ui: "en", color: false, width: 200, explain: true });
    expect(out).toContain(`[${fact.evidence.text.replace("Bradford", "⟨Bradford⟩").replace("yesterday", "⟦yesterday⟧{2024-02-08}")}]{arrests#1}`);
    expect(out).toContain("not found verbatim in the sentence");
  });
  it("colours only when asked, and the coloured text is the same text", () => {
    expect(nl).not.toMatch(ANSI);
    const coloured = formatAnnotate(seed0.result, seed0.text, { ui: "nl", color: true, width: 80, explain: true });
    expect(coloured).toMatch(ANSI);
    expect(stripAnsi(coloured)).toMatch(/28#\d+ vuurwapens/);
    expect(words(body(stripAnsi(coloured), "Legenda").replace(/#\d+(,\d+)*/g, ""))).toBe(words(seed0.text));
  });
  it("explains each fact: rule, place, date, timeframe, source, flags", () => {
    const ex = formatAnnotate(seed0.result, seed0.text, { ui: "nl", color: false, width: 100, explain: true });
    expect(ex).toContain("\nWaarom deze feiten\n");
    for (const f of seed0.result.facts) expect(ex).toContain(`regel ${f.rule}`);
    expect(ex).toMatch(/ 5\. wapens \(vuurwapens\): 28 — regel nl\.weapons\.seized\n\s+telling: “28” \(precies\)\n\s+plaats: Rotterdam, uit “Rotterdam” in dezelfde zin/);
    expect(ex).toContain("wanneer: eerder, want de zin zegt “eerdere”");
    expect(ex).toContain("datum: 2021-03, uit “vandaag” (regel nl.date.relativeDay)");
    expect(ex).toContain("bron: Landelijk Parket, genoemd in dezelfde zin");
    expect(ex).toContain("plaats: Antwerpen, uit “Antwerpen” eerder in de tekst");
    expect(ex).toContain("plaats: geen; de plaatsnamen in de zin (“België”) plaatsen het feit niet");
    const exEn = formatAnnotate(county.result, county.text, { ui: "en", color: false, width: 100, explain: true });
    expect(exEn).toContain("negated: the sentence says “No”");
    for (const f of county.result.facts) expect(exEn).toContain(`rule ${f.rule}`);
    const eu = formatAnnotate(europol.result, europol.text, { ui: "en", color: false, width: 100, explain: true });
    expect(eu).toContain("when: earlier, because the sentence says “Previously”");
    expect(eu).toContain("source: Europol, named in the same sentence");
    // Without explain, no list.
    expect(nl).not.toContain("Waarom deze feiten");
  });
  it("says so when the text has no facts", () => {
    const text = "De politie heeft vandaag niets gemeld over de zaak in Utrecht.";
    const result = extract(text, { id: "leeg", published: "2024-01-02" });
    const out = formatAnnotate(result, text, { ui: "nl", color: false, width: 80, explain: true });
    expect(out).toContain("⟦vandaag⟧{2024-01-02}");
    expect(out).toContain("⟨Utrecht⟩");
    expect(out).toContain("geen feiten gevonden in deze tekst");
    expect(out).toContain("geen feiten om uit te leggen");
  });
  it("finds cue words as whole words", () => {
    expect(findCue("Eerder dit jaar werden vier mannen opgepakt", ["eerder", "eerder dit jaar"])).toBe("Eerder dit jaar");
    expect(findCue("Ze zeiden het eerderhand", ["eerder"])).toBeNull();
    expect(findCue("Police said they weren't found", ["n't", "no"])).toBe("n't");
  });
});

// ---- csv ----------------------------------------------------------------------

describe("formatCsv", () => {
  it("writes one row per fact, with a header when asked", async () => {
    const csv = await formatCsv([seed0.result, europol.result], { header: true });
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(seed0.result.facts.length + europol.result.facts.length);
    for (const r of rows) expect(r.length).toBe(CSV_COLUMNS.length);
    const records = parse(csv, { columns: true }) as Record<(typeof CSV_COLUMNS)[number], string>[];
    const weapons = records.find((r) => r.document_id === "fixtures/seed-000.txt" && r.type === "weapons")!;
    expect(weapons).toMatchObject({
      lang: "nl",
      published: "2021-03",
      subtype: "firearm",
      value: "28",
      min: "28",
      max: "28",
      modifier: "exact",
      unit: "",
      count_text: "28",
      place_name: "Rotterdam",
      place_kind: "municipality",
      place_country: "NL",
      date_value: "",
      timeframe: "current",
      negated: "false",
      hedged: "false",
      source: "OM",
      rule: "nl.weapons.seized",
      evidence_text: "In Rotterdam zijn 28 vuurwapens in beslag genomen, zegt het OM.",
    });
    expect(seed0.text.slice(Number(weapons.evidence_start), Number(weapons.evidence_end))).toBe(weapons.evidence_text);
    const tens = records.filter((r) => r.count_text === "tientallen");
    expect(tens.map((r) => [r.type, r.value, r.min, r.max, r.modifier, r.place_name, r.date_value, r.date_text])).toEqual([
      ["searches", "", "20", "99", "vague", "België", "2021-03", "vandaag"],
      ["arrests", "", "20", "99", "vague", "België", "2021-03", "vandaag"],
    ]);
    const money = records.find((r) => r.type === "money")!;
    expect([money.value, money.min, money.max, money.modifier, money.unit, money.source]).toEqual(["3100000", "3100000", "", "over", "EUR", "Europol"]);
    // The evidence of the seed has commas: quoted, and back whole.
    const first = records.find((r) => r.document_id === "fixtures/seed-000.txt")!;
    expect(first.evidence_text).toBe(seed0.result.facts[0]!.evidence.text);
    expect(first.evidence_text).toContain(",");
  });
  it("writes no header when not asked, and nothing for no facts", async () => {
    const csv = await formatCsv([county.result], { header: false });
    expect((parse(csv) as string[][]).length).toBe(county.result.facts.length);
    expect(csv.endsWith("\n")).toBe(true);
    expect(await formatCsv([], { header: false })).toBe("");
    expect(parse(await formatCsv([{ ...county.result, facts: [] }], { header: true }))).toEqual([[...CSV_COLUMNS]]);
  });
  it("round-trips fields with commas, quotes, line breaks and carriage returns", async () => {
    const tricky = 'He said "yes, 3",\nthen left;\r\nok\rdone';
    const fact: Fact = { ...county.result.facts[0]!, source: tricky, evidence: { text: tricky, start: 0, end: tricky.length }, subtype: "a,b" };
    const result = ResultSchema.parse({ ...county.result, document: { ...county.result.document, id: 'dir, "x"/doc.txt' }, facts: [fact] });
    const csv = await formatCsv([result], { header: true });
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row!.source).toBe(tricky);
    expect(row!.evidence_text).toBe(tricky);
    expect(row!.subtype).toBe("a,b");
    expect(row!.document_id).toBe('dir, "x"/doc.txt');
  });
});

describe("labels", () => {
  it("list the fact types in the contract's order", () => {
    expect(TYPE_ORDER).toEqual(FACT_TYPES);
  });
});

describe("wrapPlain", () => {
  it("wraps on spaces with a hanging indent", () => {
    expect(wrapPlain("een twee drie vier vijf zes", 10, 2)).toEqual(["een twee", "  drie", "  vier", "  vijf zes"]);
    expect(wrapPlain("abcdefghijkl", 5)).toEqual(["abcde", "fghij", "kl"]);
  });
});
