// Batches (issue 5): directories and globs, NDJSON records with broken lines,
// HTML pages, error records, exit codes, order with several worker threads, the
// progress bar only on a terminal, --output, and an archive split into chunks
// whose merged outputs equal one run's. All texts here are written for these tests.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./run-main.js";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "feiten.js");
const dir = mkdtempSync(join(tmpdir(), "feiten-batch-"));
const put = (rel: string, content: string | Buffer) => {
  const p = join(dir, rel);
  mkdirSync(join(p, ".."), { recursive: true });
  writeFileSync(p, content);
  return p;
};

const run = (argv: string[], opts: { stdin?: string | Buffer; tty?: boolean } = {}) => runMain(argv, { ...opts, cwd: dir });

type Rec = { document: { id: string; published?: string | null; title?: string | null }; error?: { code: string; message: string }; facts?: { type: string; count: { value: number } }[]; warnings?: string[]; text?: string };
const records = (out: string): Rec[] => out.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Rec);
const ids = (out: string) => records(out).map((r) => r.document.id);
const SUMMARY = /^feiten: \d[\d,]* documents, \d[\d,]* failed, [\d.]+ MB in [\d.]+ s \([\d.]+ MB\/s\)\n$/;

// A small tree of documents: text, a page, and files a walk must leave alone.
put("tree/1.txt", "De politie heeft dinsdag in Zwolle vier verdachten aangehouden.");
put("tree/sub/2.txt", "Agenten hebben in Deventer twee woningen doorzocht.");
put("tree/sub/deeper/3.html", "<!doctype html><html><head><title>Wapens gevonden</title></head><body><article><p>In een loods in Almelo zijn vijf vuurwapens gevonden, meldt de politie.</p></article></body></html>");
put("tree/notes.pdf", Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
put("tree/README", "not a document");
put("tree/.hidden/4.txt", "Er zijn drie mensen aangehouden.");

describe("directories and globs", () => {
  it("walks a directory recursively, in path order, taking documents and leaving other files", async () => {
    const r = await run(["extract", "--format", "ndjson", "tree"]);
    expect(r.code).toBe(0);
    expect(ids(r.out)).toEqual([join("tree", "1.txt"), join("tree", "sub", "2.txt"), join("tree", "sub", "deeper", "3.html")]);
    expect(records(r.out).map((x) => x.facts!.map((f) => [f.type, f.count.value]))).toEqual([[["arrests", 4]], [["searches", 2]], [["weapons", 5]]]);
    expect(r.err).toMatch(SUMMARY);
    expect(r.err).toContain("3 documents, 0 failed");
  });

  it("--glob chooses the files of a walk (repeatable)", async () => {
    const one = await run(["extract", "--format", "ndjson", "--glob", "**/2.txt", "tree"]);
    expect(ids(one.out)).toEqual([join("tree", "sub", "2.txt")]);
    const two = await run(["extract", "--format", "ndjson", "-g", "*.txt", "-g", "**/*.html", "tree"]);
    expect(ids(two.out)).toEqual([join("tree", "1.txt"), join("tree", "sub", "deeper", "3.html")]);
  });

  it("expands a pattern the shell left alone, and says so when it matches nothing", async () => {
    const r = await run(["extract", "--format", "ndjson", "tree/**/*.txt", "tree/*.nothing"]);
    expect(r.code).toBe(2);
    expect(records(r.out).map((x) => [x.document.id, x.error?.code ?? "ok"])).toEqual([
      [join("tree", "1.txt"), "ok"],
      [join("tree", "sub", "2.txt"), "ok"],
      ["tree/*.nothing", "input.noMatch"],
    ]);
    expect(r.err).toContain("tree/*.nothing: no file matches this pattern");
  });

  it("a directory with no documents is a failed input", async () => {
    put("empty-dir/x.bin", "x");
    const r = await run(["extract", "--format", "ndjson", "empty-dir"]);
    expect(r.code).toBe(2);
    expect(records(r.out)[0]!.error!.code).toBe("input.noDocuments");
  });
});

// An archive with every kind of broken line, between good ones.
const GOOD_TEXT = "De politie heeft in Arnhem zes mensen aangehouden.";
const ARCHIVE_LINES = [
  JSON.stringify({ id: "r1", published: "2021-03-09", title: "Zes aanhoudingen", text: GOOD_TEXT }),
  "",
  "{not json",
  JSON.stringify({ id: "r4" }),
  "[1, 2]",
  JSON.stringify({ text: GOOD_TEXT, title: 5 }),
  JSON.stringify({ url: "https://example.org/nieuws/7", text: "Officers in Leeds arrested three men on Friday." }),
  JSON.stringify({ text: GOOD_TEXT }),
  "\u0000BYTES\u0000",
  JSON.stringify({ id: 10, date: "2021-13-40", text: GOOD_TEXT }),
  JSON.stringify({ id: "r11", published: "2020-01-01", text: "ARNHEM, 12 maart 2021 - De politie heeft acht mensen aangehouden." }),
];
const archiveBytes = () => {
  const text = `${ARCHIVE_LINES.join("\r\n")}\n`;
  // Line 9 becomes bytes that are not UTF-8.
  return Buffer.from(text.replace("\u0000BYTES\u0000", "\u0001"), "utf8").toString("latin1").replace("\u0001", "\xff\xfe");
};
const ARCHIVE = put("archive.ndjson", Buffer.from(archiveBytes(), "latin1"));

describe("NDJSON records", () => {
  it("gives each line a result or an error record, in order, with ids from the record, its url, or file:line", async () => {
    const r = await run(["extract", "--format", "ndjson", "archive.ndjson"]);
    expect(r.code).toBe(2);
    const recs = records(r.out);
    expect(recs.map((x) => [x.document.id, x.error?.code ?? "ok"])).toEqual([
      ["r1", "ok"],
      ["archive.ndjson:3", "input.notJson"],
      ["archive.ndjson:4", "input.noText"],
      ["archive.ndjson:5", "input.notObject"],
      ["archive.ndjson:6", "input.badField"],
      ["https://example.org/nieuws/7", "ok"],
      ["archive.ndjson:8", "ok"],
      ["archive.ndjson:9", "input.lineNotUtf8"],
      ["10", "ok"],
      ["r11", "ok"],
    ]);
    expect(recs[1]!.error!.message).toMatch(/^line 3 is not JSON \(/);
    expect(recs[4]!.error!.message).toBe('line 6: "title" must be a string');
    expect(r.err).toContain("archive.ndjson:3: line 3 is not JSON");
    expect(r.err).toContain("10 documents, 5 failed");
  });

  it("takes published and title from the record, below a dateline in the text (FACTS.md §1)", async () => {
    const recs = records((await run(["extract", "--format", "ndjson", "archive.ndjson"])).out);
    expect(recs[0]!.document).toMatchObject({ published: "2021-03-09", title: "Zes aanhoudingen" });
    expect(recs[0]!.facts!.map((f) => [f.type, f.count.value])).toEqual([["arrests", 6]]);
    expect(recs[5]!.facts!.map((f) => [f.type, f.count.value])).toEqual([["arrests", 3]]);
    expect(recs[6]!.document.published).toBeNull();
    // A date that is not one: a warning, and the document still counts.
    expect(recs[8]!.document.published).toBeNull();
    expect(recs[8]!.warnings!.join(" ")).toContain('"2021-13-40", which is not a date');
    // The dateline beats the record's field.
    expect(recs[9]!.document.published).toBe("2021-03-12");
  });

  it("--date beats the record's date", async () => {
    const recs = records((await run(["extract", "--format", "ndjson", "--date", "2022-02-02", "archive.ndjson"])).out);
    expect(recs[0]!.document.published).toBe("2022-02-02");
    expect(recs[9]!.document.published).toBe("2022-02-02");
  });

  it("reads records from stdin with --input ndjson, ids falling back to -:line", async () => {
    const stdin = `${JSON.stringify({ text: GOOD_TEXT })}\n\n${JSON.stringify({ id: "b", text: GOOD_TEXT })}`;
    const r = await run(["extract", "--input", "ndjson", "--format", "ndjson"], { stdin });
    expect(r.code).toBe(0);
    expect(ids(r.out)).toEqual(["-:1", "b"]);
  });

  it("an archive of one record is still a batch: its summary says \"1 document\"", async () => {
    const r = await run(["extract", "--input", "ndjson", "--format", "ndjson"], { stdin: `${JSON.stringify({ id: "only", text: GOOD_TEXT })}\n` });
    expect(ids(r.out)).toEqual(["only"]);
    expect(r.err).toMatch(/^feiten: 1 document, 0 failed, /);
  });

  it("--input ndjson reads any file name as records", async () => {
    put("records.txt", `${JSON.stringify({ id: "x", text: GOOD_TEXT })}\n`);
    expect(ids((await run(["extract", "--input", "ndjson", "--format", "ndjson", "records.txt"])).out)).toEqual(["x"]);
  });
});

describe("HTML pages", () => {
  it("reads the article of a page, its title and its date from the metadata, with --with-text", async () => {
    const r = await run(["extract", "--format", "ndjson", "--with-text", join(ROOT, "fixtures", "html", "nl-politie-tilburg.html")]);
    expect(r.code).toBe(0);
    const [page] = records(r.out);
    expect(page!.document).toMatchObject({ published: "2024-05-14", title: "Zeven aanhoudingen bij acties tegen drugshandel in Tilburg" });
    // The article, not the page's navigation, cookie banner, side bar or footer.
    expect(page!.text).toMatch(/^Zeven aanhoudingen bij acties tegen drugshandel in Tilburg\n\n/);
    expect(page!.text).not.toMatch(/cookies|vacatures|Meer nieuws|0900/);
    expect(page!.text).not.toContain("changed by a script");
    expect(page!.facts!.map((f) => f.type)).toContain("arrests");
  });

  it("knows a page by its content when the name does not say so", async () => {
    put("page.txt", "<!DOCTYPE html>\n<html><head><meta property=\"article:published_time\" content=\"2022-06-30T23:30:00-04:00\"><title>Raid</title></head><body><article><p>Police in Leeds searched seven homes on Tuesday.</p></article></body></html>");
    const [page] = records((await run(["extract", "--format", "ndjson", "--with-text", "page.txt"])).out);
    // The date as the page wrote it, not moved to UTC.
    expect(page!.document.published).toBe("2022-06-30");
    expect(page!.text).toBe("Raid\n\nPolice in Leeds searched seven homes on Tuesday.");
  });

  it("a page without text is a failed document", async () => {
    put("blank.html", "<!doctype html><html><head><script>x()</script></head><body>  </body></html>");
    const r = await run(["extract", "--format", "ndjson", "blank.html", "tree/1.txt"]);
    expect(r.code).toBe(2);
    expect(records(r.out).map((x) => x.error?.code ?? "ok")).toEqual(["input.noArticle", "ok"]);
  });
});

describe("outputs of a batch", () => {
  it("json: one array, error records in their place", async () => {
    const r = await run(["extract", "tree/1.txt", "missing.txt", "tree/sub/2.txt"]);
    expect(r.code).toBe(2);
    const arr = JSON.parse(r.out) as Rec[];
    expect(arr.map((x) => [x.document.id, x.error?.code ?? "ok"])).toEqual([
      ["tree/1.txt", "ok"],
      ["missing.txt", "input.missing"],
      ["tree/sub/2.txt", "ok"],
    ]);
    // The same bytes JSON.stringify(array, null, 2) would write.
    expect(r.out).toBe(`${JSON.stringify(arr, null, 2)}\n`);
  });

  it("csv: one header, a row per fact, a row with the error for a failed document", async () => {
    const r = await run(["extract", "--format", "csv", "tree/1.txt", "missing.txt"]);
    const lines = r.out.trim().split("\n");
    expect(lines[0]!.startsWith("document_id,lang,published,type")).toBe(true);
    expect(lines[0]!.endsWith(",error")).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[1]!.startsWith("tree/1.txt,nl,")).toBe(true);
    expect(lines[2]).toBe(`missing.txt${",".repeat(24)}no such file`);
  });

  it("exit 0 when every document is read, 2 when one is not", async () => {
    expect((await run(["extract", "--format", "ndjson", "tree/1.txt", "tree/sub/2.txt"])).code).toBe(0);
    expect((await run(["extract", "--format", "ndjson", "tree/1.txt", "nope.txt"])).code).toBe(2);
  });

  it("--output writes the file whole and leaves no temporary file", async () => {
    mkdirSync(join(dir, "out"), { recursive: true });
    const r = await run(["extract", "--format", "ndjson", "--output", "out/result.ndjson", "tree"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(ids(readFileSync(join(dir, "out", "result.ndjson"), "utf8"))).toHaveLength(3);
    expect(readdirSync(join(dir, "out"))).toEqual(["result.ndjson"]);
  });

  it("--output into a folder that does not exist is a usage error", async () => {
    const r = await run(["extract", "--output", "no/such/dir/x.json", "tree/1.txt"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write .*x\.json/);
  });

  it("bad --jobs and --with-text without a JSON format are usage errors", async () => {
    expect((await run(["extract", "--jobs", "0", "tree"])).err).toContain('--jobs: "0" is not a whole number');
    expect((await run(["extract", "--jobs", "two", "tree"])).code).toBe(2);
    const r = await run(["extract", "--format", "table", "--with-text", "tree"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--with-text needs --format ndjson or json");
  });
});

describe("stderr", () => {
  it("off a terminal: nothing but errors and the one-line summary", async () => {
    const r = await run(["extract", "--format", "ndjson", "tree"]);
    expect(r.err).toMatch(SUMMARY);
    const bad = await run(["extract", "--format", "ndjson", "tree", "nope.txt"]);
    expect(bad.err.split("\n").filter(Boolean)).toEqual(["feiten: nope.txt: no such file", expect.stringMatching(/^feiten: 4 documents, 1 failed/)]);
  });

  it("on a terminal: a progress bar, which never reaches stdout", async () => {
    const plain = await run(["extract", "--format", "ndjson", "tree"]);
    const tty = await run(["extract", "--format", "ndjson", "tree"], { tty: true });
    expect(tty.out).toBe(plain.out);
    expect(tty.err).toMatch(/\d+ docs \| [\d.]+ MB \| [\d,]+ docs\/s/);
    expect(tty.err).toMatch(/feiten: 3 documents, 0 failed/);
  });

  it("one document is not a batch: no summary", async () => {
    const r = await run(["extract", "tree/1.txt"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
  });
});

// An archive big enough to go through the worker pool (more than one batch of ~64 KB).
const PARAS = [
  "De politie heeft donderdag in Rotterdam {n} verdachten aangehouden bij een onderzoek naar witwassen.",
  "Bij doorzoekingen in {n} woningen in Utrecht werden {m} vuurwapens en {n} kilo cocaïne gevonden.",
  "Officers arrested {n} people in Manchester on Tuesday and seized £{m},000 in cash.",
  "Het Openbaar Ministerie meldt dat er {m} berichten zijn onderschept. De verdachten zitten vast.",
  "Detectives searched {m} addresses in Bristol, police said.",
];
const bigArchive = (() => {
  const lines: string[] = [];
  for (let i = 0; i < 420; i++) {
    const paras: string[] = [];
    // Uneven sizes, so that batches finish out of order.
    for (let k = 0; k < 1 + ((i * 7) % 23); k++) paras.push(PARAS[(i + k) % PARAS.length]!.replace(/\{n\}/g, String(2 + ((i + k) % 40))).replace(/\{m\}/g, String(3 + ((i * k) % 90))));
    lines.push(JSON.stringify({ id: `doc-${String(i).padStart(4, "0")}`, published: `2021-0${1 + (i % 9)}-1${i % 10}`, text: paras.join("\n\n") }));
  }
  return `${lines.join("\n")}\n`;
})();
put("big.ndjson", bigArchive);

describe("several workers", () => {
  it("--jobs 3 writes the same bytes as --jobs 1, in input order", async () => {
    const one = await run(["extract", "--format", "ndjson", "--jobs", "1", "big.ndjson"]);
    const three = await run(["extract", "--format", "ndjson", "--jobs", "3", "big.ndjson"]);
    expect(bigArchive.length).toBeGreaterThan(3 * 64 * 1024);
    expect(one.code).toBe(0);
    expect(three.code).toBe(0);
    expect(ids(one.out)).toHaveLength(420);
    expect(ids(one.out)).toEqual([...ids(one.out)].sort());
    expect(three.out).toBe(one.out);
  });

  it("--unordered writes the same results, in any order", async () => {
    const ordered = await run(["extract", "--format", "ndjson", "--jobs", "2", "big.ndjson"]);
    const unordered = await run(["extract", "--format", "ndjson", "--jobs", "2", "--unordered", "big.ndjson"]);
    expect(unordered.out.split("\n").sort()).toEqual(ordered.out.split("\n").sort());
  });

  it("the spawned binary: --jobs 2 equals --jobs 1, csv included", () => {
    const go = (args: string[]) => spawnSync(process.execPath, [BIN, "extract", ...args, "big.ndjson"], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
    for (const format of ["ndjson", "csv"]) {
      const a = go(["--format", format, "--jobs", "1"]);
      const b = go(["--format", format, "--jobs", "2"]);
      expect(a.status).toBe(0);
      expect(b.stdout).toBe(a.stdout);
      expect(b.stderr).toMatch(SUMMARY);
    }
  });
});

// Beyond one machine: NDJSON mode is a line filter (one record in, one line out, with its id),
// the contract of Hadoop Streaming, Spark's RDD.pipe and GNU parallel --pipe. An archive cut
// into chunks, each run on its own, gives the same lines as one run over the whole.
const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).stdout?.includes("GNU parallel") ?? false;

describe("an archive split into chunks", () => {
  it(`merged chunk outputs equal the single-process output (${hasParallel ? "GNU parallel --pipe" : "chunks run one by one: GNU parallel is not installed"})`, () => {
    const whole = spawnSync(process.execPath, [BIN, "extract", "--input", "ndjson", "--format", "ndjson", "big.ndjson"], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
    expect(whole.status).toBe(0);
    let merged: string;
    if (hasParallel) {
      merged = execFileSync("parallel", ["--pipe", "--keep-order", "-N", "105", process.execPath, BIN, "extract", "--input", "ndjson", "--format", "ndjson", "--jobs", "1"], { input: bigArchive, encoding: "utf8", maxBuffer: 1 << 28, stdio: ["pipe", "pipe", "ignore"] });
    } else {
      const lines = bigArchive.trimEnd().split("\n");
      const chunks: string[] = [];
      for (let i = 0; i < lines.length; i += 105) chunks.push(`${lines.slice(i, i + 105).join("\n")}\n`);
      expect(chunks.length).toBe(4);
      merged = chunks
        .map((chunk) => {
          const r = spawnSync(process.execPath, [BIN, "extract", "--input", "ndjson", "--format", "ndjson", "--jobs", "1"], { input: chunk, encoding: "utf8", maxBuffer: 1 << 28 });
          expect(r.status).toBe(0);
          return r.stdout;
        })
        .join("");
    }
    expect(merged.split("\n").length).toBe(421);
    expect(merged).toBe(whole.stdout);
  });
});
