// Golden documents: every fixtures/*.txt has its expected result in
// fixtures/expected/<name>.json; and the human formats of the seed pair have
// theirs (table, annotate, csv, compare, check). The runner finds them by itself; a document
// without an expected file fails. To accept new output after a deliberate
// change, run:  FEITEN_UPDATE=1 npx vitest run test/golden.test.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { extract } from "../src/index.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures");
const EXPECTED = join(FIXTURES, "expected");
const update = process.env.FEITEN_UPDATE === "1";
const docs = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).sort();

describe("golden documents", () => {
  it("finds the example documents", () => {
    expect(docs).toContain("seed-000.txt");
    expect(docs).toContain("seed-001.txt");
  });
  for (const doc of docs) {
    it(doc, () => {
      const name = doc.replace(/\.txt$/, "");
      const result = extract(readFileSync(join(FIXTURES, doc), "utf8"), { id: `fixtures/${doc}` });
      const actual = `${JSON.stringify(result, null, 2)}\n`;
      const path = join(EXPECTED, `${name}.json`);
      if (update) {
        mkdirSync(EXPECTED, { recursive: true });
        writeFileSync(path, actual);
      }
      expect(existsSync(path), `no expected output for ${doc}: run FEITEN_UPDATE=1 npx vitest run test/golden.test.ts`).toBe(true);
      expect(actual).toBe(readFileSync(path, "utf8"));
    });
  }
});

// Golden pages: every fixtures/html/*.html, read as a page (article text, title, date from the
// metadata), with --with-text, in fixtures/expected/html/<name>.json.

const HTML = join(FIXTURES, "html");
const pages = readdirSync(HTML).filter((f) => f.endsWith(".html")).sort();

describe("golden HTML pages", () => {
  it("finds the example pages", () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });
  for (const page of pages) {
    it(page, async () => {
      const actual = await run(["extract", "--with-text", `fixtures/html/${page}`]);
      const path = join(EXPECTED, "html", page.replace(/\.html$/, ".json"));
      if (update) {
        mkdirSync(join(EXPECTED, "html"), { recursive: true });
        writeFileSync(path, actual);
      }
      expect(existsSync(path), `no expected output for ${page}: run FEITEN_UPDATE=1 npx vitest run test/golden.test.ts`).toBe(true);
      expect(actual).toBe(readFileSync(path, "utf8"));
      // The offsets point into the extracted text, which --with-text gives.
      const r = JSON.parse(actual) as { text: string; facts: { evidence: { start: number; end: number; text: string } }[] };
      for (const f of r.facts) expect(r.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
    });
  }
});

// Golden human output: what a journalist sees, byte for byte (no colour, 100 columns).

const HUMAN: [name: string, argv: string[]][] = [
  ["seed-000.table.txt", ["extract", "--format", "table", "fixtures/seed-000.txt"]],
  ["seed-000.annotate.txt", ["--ui", "nl", "extract", "--format", "annotate", "--explain", "fixtures/seed-000.txt"]],
  ["seed-000.csv", ["extract", "--format", "csv", "fixtures/seed-000.txt"]],
  ["seed-000-vs-seed-001.compare.txt", ["compare", "fixtures/seed-000.txt", "fixtures/seed-001.txt"]],
  ["sky-ecc.check.txt", ["check", "fixtures/sheets/sky-ecc.yaml"]],
  ["sky-ecc.check.xml", ["check", "--format", "junit", "fixtures/sheets/sky-ecc.yaml"]],
];

async function run(argv: string[]): Promise<string> {
  const stdout = new PassThrough();
  let out = "";
  stdout.on("data", (d: Buffer) => (out += d.toString()));
  await main({ argv, stdin: Readable.from([]), stdout, stderr: new PassThrough(), env: {}, cwd: join(import.meta.dirname, "..") });
  return out;
}

describe("golden human output", () => {
  for (const [name, argv] of HUMAN) {
    it(name, async () => {
      const actual = await run(argv);
      const path = join(EXPECTED, name);
      if (update) writeFileSync(path, actual);
      expect(existsSync(path), `no expected output ${name}: run FEITEN_UPDATE=1 npx vitest run test/golden.test.ts`).toBe(true);
      expect(actual).toBe(readFileSync(path, "utf8"));
    });
  }
});
