// Issue 6, the command line's side: encodings decoded or refused with a clear
// message (never garbled), --max-bytes, Ctrl-C during a batch, --output whole or
// untouched. docs/reliability.md lists these cases and points here.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runJobs, type Pool } from "../src/batch/run.js";
import type { Job, Outcome } from "../src/batch/work.js";
import { decode } from "../src/cli/inputs.js";
import { extract } from "../src/index.js";
import { runMain } from "./run-main.js";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "feiten.js");
const dir = mkdtempSync(join(tmpdir(), "feiten-rel-"));
const put = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return name;
};

const run = (argv: string[], opts: { stdin?: Readable; signal?: AbortSignal } = {}) => runMain(argv, { ...opts, cwd: dir });

type Res = { document: { id: string }; facts: { type: string; count: { value: number }; place: { name: string } | null; evidence: { text: string; start: number; end: number } }[]; warnings: string[]; error?: { code: string } };
const SENTENCE = "In België zijn drie mannen aangehouden.";

describe("encodings", () => {
  it("UTF-8 with a byte-order mark: the mark is dropped, nothing else changes", () => {
    const r = decode("x", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]));
    expect(r).toEqual({ ok: true, id: "x", text: SENTENCE });
  });

  it("UTF-16, little- and big-endian, with or without a byte-order mark", () => {
    const le = Buffer.from(SENTENCE, "utf16le");
    const be = Buffer.from(le).swap16();
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), Buffer.concat([Buffer.from([0xfe, 0xff]), be]), le, be]) {
      const r = decode("x", bytes);
      expect(r.ok && r.text).toBe(SENTENCE);
    }
  });

  it("Windows-1252 / Latin-1: read as such, with a warning, 'België' intact", async () => {
    put("latin1.txt", Buffer.from(`${SENTENCE} Zij kregen \u201cwerkstraffen\u201d.`, "latin1"));
    // Latin-1 cannot hold curly quotes; Windows-1252 can (0x93, 0x94).
    const bytes = Buffer.from(SENTENCE, "latin1");
    put("cp1252.txt", Buffer.concat([bytes, Buffer.from([0x20, 0x93, 0x6a, 0x61, 0x94])]));
    const r = await run(["extract", "--format", "ndjson", "cp1252.txt"]);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out) as Res;
    expect(res.facts.map((f) => [f.type, f.count.value, f.place?.name])).toEqual([["arrests", 3, "België"]]);
    expect(res.warnings[0]).toBe("the text is not UTF-8; it was read as Windows-1252 (Latin-1)");
    const d = decode("x", Buffer.concat([bytes, Buffer.from([0x20, 0x93, 0x6a, 0x61, 0x94])]));
    expect(d.ok && d.text).toBe(`${SENTENCE} \u201cja\u201d`);
  });

  it("UTF-8 with a few broken bytes keeps its UTF-8 (never 'BelgiÃ«') and says how many bytes were broken", () => {
    const r = decode("x", Buffer.concat([Buffer.from(SENTENCE), Buffer.from([0x20, 0xff, 0x21])]));
    expect(r.ok && r.text).toBe(`${SENTENCE} \ufffd!`);
    expect(r.ok && r.notice).toEqual({ key: "input.brokenUtf8", params: { count: "1" } });
  });

  it("bytes that are neither are refused with a clear message", async () => {
    // 0x81 and 0x8D are unassigned in Windows-1252, and this is no UTF-8.
    put("neither.txt", Buffer.from([0x44, 0x65, 0x20, 0x81, 0x8d, 0x20, 0x70, 0x6f, 0x6c, 0x69, 0x74, 0x69, 0x65]));
    const r = await run(["extract", "neither.txt"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("feiten: neither.txt: is not valid UTF-8 text (convert it, e.g. with iconv -f windows-1252 -t utf-8)\n");
  });

  it("zero bytes: many mean a binary file, a stray one is read as a space", () => {
    const r = decode("x", Buffer.from("abc\u0000\u0000\u0000\u0000\u0000\u0000def ghi jkl mno"));
    expect(!r.ok && r.problem.key).toBe("input.binary");
    const png = decode("x", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1]));
    expect(!png.ok && png.problem.key).toBe("input.binary");
    const text = `${SENTENCE.replace("drie", "drie\u0000")} ${"Meer tekst. ".repeat(10)}`;
    const stray = decode("x", Buffer.from(text));
    expect(stray.ok && stray.text).toBe(text);
    expect(extract(text, { lang: "nl" }).facts.map((f) => f.count.value)).toEqual([3]);
  });
});

describe("--max-bytes", () => {
  it("a file over the limit is refused by its size, and the rest of the batch goes on", async () => {
    put("big.txt", `${"De politie heeft twee mensen aangehouden. ".repeat(100)}`);
    put("small.txt", SENTENCE);
    const r = await run(["extract", "--format", "ndjson", "--max-bytes", "1k", "big.txt", "small.txt"]);
    expect(r.code).toBe(2);
    const recs = r.out.trim().split("\n").map((l) => JSON.parse(l) as Res);
    expect(recs.map((x) => x.error?.code ?? "ok")).toEqual(["input.tooLarge", "ok"]);
    expect(r.err).toContain("big.txt: is 4200 bytes, more than --max-bytes (1024); not read");
  });

  it("an NDJSON line over the limit is skipped as it streams by; the next lines are read", async () => {
    const long = JSON.stringify({ id: "long", text: "x ".repeat(5000) });
    put("lines.ndjson", `${JSON.stringify({ id: "a", text: SENTENCE })}\n${long}\n${JSON.stringify({ id: "c", text: SENTENCE })}\n${long}`);
    const r = await run(["extract", "--format", "ndjson", "--max-bytes", "2000", "lines.ndjson"]);
    const recs = r.out.trim().split("\n").map((l) => JSON.parse(l) as Res);
    expect(recs.map((x) => [x.document.id, x.error?.code ?? "ok"])).toEqual([
      ["a", "ok"],
      ["lines.ndjson:2", "input.lineTooLarge"],
      ["c", "ok"],
      ["lines.ndjson:4", "input.lineTooLarge"],
    ]);
  });

  it("stdin over the limit is refused", async () => {
    const r = await run(["extract", "--max-bytes", "100"], { stdin: Readable.from([Buffer.from("a".repeat(150))]) });
    expect(r.code).toBe(2);
    expect(r.err).toContain("-: is more than --max-bytes (100); not read");
  });

  it("sizes: 500000, 512k, 10M; anything else is a usage error", async () => {
    expect((await run(["extract", "--max-bytes", "10M", "small.txt"])).code).toBe(0);
    const bad = await run(["extract", "--max-bytes", "lots", "small.txt"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--max-bytes: "lots" is not a size');
  });
});

// Records that arrive one at a time, as from a slow pipe.
function slowRecords(count: number, onEach?: (i: number) => void): Readable {
  return Readable.from(
    (async function* () {
      for (let i = 0; i < count; i++) {
        onEach?.(i);
        yield Buffer.from(`${JSON.stringify({ id: `r${i}`, text: SENTENCE })}\n`);
        await new Promise((r) => setTimeout(r, 2));
      }
    })(),
  );
}

describe("Ctrl-C", () => {
  it("in-process: an aborted batch writes every completed result, whole lines only, and answers 130", async () => {
    const ac = new AbortController();
    const r = await run(["extract", "-i", "ndjson", "-f", "ndjson", "--jobs", "1"], { stdin: slowRecords(1000, (i) => i === 40 && ac.abort()), signal: ac.signal });
    expect(r.code).toBe(130);
    const lines = r.out.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(30);
    expect(lines.length).toBeLessThan(1000);
    expect(lines.map((l) => (JSON.parse(l) as Res).document.id)).toEqual(lines.map((_, i) => `r${i}`));
    expect(r.err).toMatch(/interrupted: the results of \d+ documents were written/);
  });

  it("the binary: SIGINT during a batch into --output leaves the completed results and no temporary file", async () => {
    const child = spawn(process.execPath, [BIN, "extract", "-i", "ndjson", "-f", "ndjson", "-o", "interrupted.ndjson"], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
    let err = "";
    // The feed may still write after the child has closed its stdin.
    child.stdin.on("error", () => undefined);
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    let i = 0;
    const feed = setInterval(() => child.stdin.write(`${JSON.stringify({ id: `r${i++}`, text: SENTENCE })}\n`), 5);
    await new Promise((r) => setTimeout(r, 1500));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((r) => child.on("close", r));
    clearInterval(feed);
    expect(code, err).toBe(130);
    const lines = readFileSync(join(dir, "interrupted.ndjson"), "utf8").split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect((JSON.parse(l) as Res).facts[0]!.count.value).toBe(3);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(err).toMatch(/interrupted: the results of \d+ documents were written/);
  });
});

describe("--output", () => {
  it("a failed run leaves an existing file untouched", async () => {
    put("keep.json", "previous contents\n");
    const r = await run(["extract", "--output", "keep.json", "--date", "2021-99", "small.txt"]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "keep.json"), "utf8")).toBe("previous contents\n");
  });
});

describe("only the files given", () => {
  it("a fact sheet cannot make feiten read a file outside the working directory", async () => {
    put("evil.yaml", "sources:\n  - path: /etc/passwd\n  - path: ../../../../etc/hostname\nclaims:\n  - arrests: 3\n");
    const r = await run(["check", "evil.yaml"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("evil.yaml: the sheet names a source outside the working directory (/etc/passwd)");
    expect(r.err).toContain("(../../../../etc/hostname)");
    expect(r.out).toBe("");
  });

  it("a sheet's sources inside the working directory are read", async () => {
    put("ok.yaml", "sources:\n  - path: small.txt\nclaims:\n  - arrests: 3\n");
    put("small.txt", SENTENCE);
    const r = await run(["check", "ok.yaml"]);
    expect(r.code).toBe(0);
  });

  it("a directory walk does not follow symbolic links out of the tree", async () => {
    mkdirSync(join(dir, "walk"), { recursive: true });
    mkdirSync(join(dir, "elsewhere"), { recursive: true });
    put("elsewhere/secret.txt", "Er zijn vier mensen aangehouden.");
    put("walk/own.txt", SENTENCE);
    symlinkSync(join(dir, "elsewhere"), join(dir, "walk", "linked-dir"));
    symlinkSync(join(dir, "elsewhere", "secret.txt"), join(dir, "walk", "linked.txt"));
    const r = await run(["extract", "--format", "ndjson", "walk"]);
    expect(r.out.trim().split("\n").map((l) => (JSON.parse(l) as Res).document.id)).toEqual([join("walk", "own.txt")]);
  });
});

describe("a worker thread that dies", () => {
  it("takes only its batch down: each of its documents gets an error record, the others their results, in order", async () => {
    const jobs: Job[] = Array.from({ length: 200 }, (_, i) => ({ seq: i, id: `d${i}`, kind: "record", line: i + 1, json: JSON.stringify({ id: `d${i}`, text: `${SENTENCE} ${"Nog meer tekst. ".repeat(40)}` }), size: 700 }));
    let batches = 0;
    const { runJob } = await import("../src/batch/work.js");
    // A pool whose second batch dies the way a thread out of memory does.
    const pool: Pool = {
      run: async (task) => {
        if (++batches === 2) throw new Error("Worker terminated due to reaching memory limit: JS heap out of memory");
        const out: Outcome[] = [];
        for (const j of task.jobs) out.push(await runJob(j, task.settings));
        return out;
      },
      destroy: async () => undefined,
    };
    const seen: Outcome[] = [];
    let text = "";
    await runJobs(
      (async function* () {
        yield* jobs;
      })(),
      {
        settings: { lang: "auto", published: null, ui: "en", format: "ndjson", withText: false, array: false },
        jobs: 2,
        ordered: true,
        startPool: async () => pool,
        onOutcome: (o) => (seen.push(o), o.out),
        write: async (t) => void (text += t),
      },
    );
    expect(batches).toBeGreaterThan(2);
    expect(seen.map((o) => o.id)).toEqual(jobs.map((j) => j.id));
    const failed = seen.filter((o) => !o.ok);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(200);
    expect(failed[0]!.problem).toContain("JS heap out of memory");
    const lines = text.trim().split("\n").map((l) => JSON.parse(l) as Res);
    expect(lines).toHaveLength(200);
    expect(lines.filter((l) => l.error?.code === "worker.failed")).toHaveLength(failed.length);
  });
});

describe("text hygiene: the same facts, offsets into the text as given", () => {
  const BASE = "De politie heeft in Rotterdam drie mannen aangehouden. Er werden 12 kilo's cocaïne en twee vuurwapens gevonden.";
  const variants: [string, string][] = [
    ["CRLF line ends", BASE.replace(". ", ".\r\n")],
    ["a byte-order mark", `\uFEFF${BASE}`],
    ["no-break spaces", BASE.replace(/ /g, "\u00A0")],
    ["narrow no-break and thin spaces", BASE.replace("drie ", "drie\u202F").replace("twee ", "twee\u2009")],
    ["zero-width spaces and joiners inside words", BASE.replace("aangehouden", "aange\u200Bhou\u200Dden").replace("vuurwapens", "vuur\u2060wapens")],
    ["soft hyphens", BASE.replace("aangehouden", "aan\u00ADge\u00ADhou\u00ADden").replace("gevonden", "ge\u00ADvon\u00ADden")],
    ["curly apostrophes and quotes", BASE.replace("kilo's", "kilo\u2019s").replace("politie", "\u201Cpolitie\u201D")],
    ["a stray NUL and other control characters", BASE.replace("Er werden", "Er\u0000werden").replace("drie", "drie\u0007")],
  ];
  const facts = (text: string) =>
    extract(text, { lang: "nl" }).facts.map((f) => {
      // Every span slices back to the text as given, invisible characters and all.
      expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
      return [f.type, f.count.value, f.place?.name ?? null];
    });
  const expected = facts(BASE);
  it("the plain text", () => expect(expected).toEqual([["arrests", 3, "Rotterdam"], ["drugs", 12, null], ["weapons", 2, null]]));
  for (const [name, text] of variants) it(name, () => expect(facts(text)).toEqual(expected));

  it("ligatures, as PDF copies have them", () => {
    const text = "Officers con\uFB01scated three \uFB01rearms in Leeds.";
    const r = extract(text, { lang: "en" });
    expect(r.facts.map((f) => [f.type, f.count.value, f.place?.name])).toEqual([["weapons", 3, "Leeds"]]);
    expect(text.slice(r.facts[0]!.evidence.start, r.facts[0]!.evidence.end)).toBe(text);
  });
});

describe("words that are names of JavaScript's own properties", () => {
  // The language tables were plain objects, so "constructor" was a scale word, and a count NaN.
  for (const word of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "prototype"]) {
    it(`"${word}" inside a count is just a word`, () => {
      // An unknown word between count and noun may be read as an adjective; never as a number.
      for (const f of extract(`Drie ${word} mannen zijn aangehouden.`, { lang: "nl" }).facts) expect(f.count.value).toBe(3);
      for (const f of extract(`Police arrested three ${word} men.`, { lang: "en" }).facts) expect(f.count.value).toBe(3);
      expect(extract(`De politie heeft ${word} twee mannen aangehouden.`, { lang: "nl" }).facts.map((f) => f.count.value)).toEqual([2]);
    });
  }
});
