// Golden documents: every fixtures/*.txt has its expected result in
// fixtures/expected/<name>.json. The runner finds them by itself; a document
// without an expected file fails. To accept new output after a deliberate
// change, run:  FEITEN_UPDATE=1 npx vitest run test/golden.test.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
