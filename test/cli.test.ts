// One table of CLI cases, run twice: in-process through main() and against the
// spawned binary, so the shell and the core cannot drift apart.
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./run-main.js";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "feiten.js");
const dir = mkdtempSync(join(tmpdir(), "feiten-cli-"));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const GOOD = file("good.txt", " date 2021-03-09 De politie heeft vandaag in Rotterdam dertig mensen aangehouden, zegt het OM.");
const GOOD2 = file("good2.txt", "Bij een inval in Utrecht zijn 28 vuurwapens in beslag genomen.");
const EMPTY = file("empty.txt", "");
const BLANK = file("blank.txt", "   \n\n  ");
const BINARY = file("binary.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
const LATIN1 = file("latin1.txt", Buffer.from("Ook in Belgi\xeb zijn 3 mannen aangehouden.", "latin1"));
const DIR = join(dir, "a-directory");
mkdirSync(DIR);
const MISSING = join(dir, "does-not-exist.txt");

interface Case {
  name: string;
  args: string[];
  stdin?: string;
  code: number;
  stdout?: (out: string) => void;
  stderr?: RegExp;
  /** Environment for the run (the spawned binary also gets the machine's). */
  env?: Record<string, string>;
}

const SEED0 = join(ROOT, "fixtures", "seed-000.txt");
const SEED1 = join(ROOT, "fixtures", "seed-001.txt");
const SHEETS = join(ROOT, "fixtures", "sheets");
const ANSI = /\u001b\[[0-9;]*m/;

const json = (s: string) => JSON.parse(s) as Record<string, unknown> & { facts: { type: string; count: { value: number } }[] };

const CASES: Case[] = [
  {
    name: "one file: pretty JSON object",
    args: ["extract", GOOD],
    code: 0,
    stdout: (out) => {
      expect(out).toMatch(/^\{\n  "schema": "feiten\/1"/);
      const r = json(out);
      expect((r.document as { published: string }).published).toBe("2021-03-09");
      expect(r.facts.map((f) => [f.type, f.count.value])).toEqual([["arrests", 30]]);
    },
  },
  {
    name: "several files: a JSON array",
    args: ["extract", GOOD, GOOD2],
    code: 0,
    stdout: (out) => {
      const r = JSON.parse(out) as { facts: { type: string }[] }[];
      expect(r).toHaveLength(2);
      expect(r[1]!.facts.map((f) => f.type)).toEqual(["searches", "weapons"]);
    },
  },
  {
    name: "ndjson: one line per input",
    args: ["extract", "--format", "ndjson", GOOD, GOOD2],
    code: 0,
    stdout: (out) => {
      const lines = out.trim().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines.map((l) => (JSON.parse(l) as { document: { id: string } }).document.id)).toEqual([GOOD, GOOD2]);
    },
  },
  {
    name: "stdin when no file is given",
    args: ["extract", "--date", "2021-03-09"],
    stdin: "De politie heeft 75 woningen doorzocht.",
    code: 0,
    stdout: (out) => {
      const r = json(out);
      expect((r.document as { id: string; published: string }).id).toBe("-");
      expect((r.document as { published: string }).published).toBe("2021-03-09");
      expect(r.facts.map((f) => [f.type, f.count.value])).toEqual([["searches", 75]]);
    },
  },
  {
    name: "'-' reads stdin among files",
    args: ["extract", "--format", "ndjson", GOOD, "-"],
    stdin: "Er werden 80 miljoen berichten onderschept.",
    code: 0,
    stdout: (out) => expect(out.trim().split("\n").map((l) => (JSON.parse(l) as { document: { id: string } }).document.id)).toEqual([GOOD, "-"]),
  },
  {
    name: "--types keeps only the listed types",
    args: ["extract", "--types", "weapons", GOOD, GOOD2],
    code: 0,
    stdout: (out) => expect((JSON.parse(out) as { facts: unknown[] }[]).map((r) => r.facts.length)).toEqual([0, 1]),
  },
  {
    name: "bad inputs are named on stderr and leave error records in the stream; the good one is still printed, exit 2",
    args: ["extract", "--format", "ndjson", MISSING, DIR, BINARY, EMPTY, BLANK, LATIN1, GOOD],
    code: 2,
    stdout: (out) => {
      const records = out.trim().split("\n").map((l) => JSON.parse(l) as { document: { id: string }; error?: { code: string; message: string }; facts?: unknown[] });
      expect(records.map((r) => [r.document.id, r.error?.code ?? "ok"])).toEqual([
        [MISSING, "input.missing"],
        [DIR, "input.noDocuments"],
        [BINARY, "input.binary"],
        [EMPTY, "input.empty"],
        [BLANK, "input.whiteSpace"],
        [LATIN1, "ok"],
        [GOOD, "ok"],
      ]);
      expect(records[0]!.error!.message).toBe("no such file");
      // Latin-1 is read as Windows-1252, with a warning: "België" intact.
      expect(JSON.stringify(records[5])).toContain("Belgi\u00eb");
      expect(records[6]!.facts).toHaveLength(1);
    },
    stderr: new RegExp(
      [
        `${MISSING}: no such file`,
        `${DIR}: the directory holds no documents`,
        `${BINARY}: looks like a binary file`,
        `${EMPTY}: is empty`,
        `${BLANK}: contains only white space`,
        `7 documents, 5 failed`,
      ]
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("[^]*"),
    ),
  },
  {
    name: "a directory: its documents walked in path order, one line each, and a summary on stderr",
    args: ["extract", "--format", "ndjson", "--glob", "good*.txt", dir],
    code: 0,
    stdout: (out) => expect(out.trim().split("\n").map((l) => (JSON.parse(l) as { document: { id: string } }).document.id)).toEqual([GOOD, GOOD2]),
    stderr: /^feiten: 2 documents, 0 failed, [\d.]+ MB in [\d.]+ s/,
  },
  {
    name: "NDJSON records on stdin: a result or an error record per line, exit 2 for the broken one",
    args: ["extract", "--input", "ndjson", "--format", "ndjson", "--jobs", "2"],
    stdin: `{"id":"a","text":"De politie heeft in Breda vijf mensen aangehouden."}\n{"id":"b"}\n`,
    code: 2,
    stdout: (out) => {
      const recs = out.trim().split("\n").map((l) => JSON.parse(l) as { document: { id: string }; error?: { code: string }; facts?: { count: { value: number } }[] });
      expect(recs.map((r) => [r.document.id, r.error?.code ?? r.facts![0]!.count.value])).toEqual([["a", 5], ["-:2", "input.noText"]]);
    },
    stderr: /-:2: line 2 has no "text"[^]*2 documents, 1 failed/,
  },
  { name: "invalid --date is a usage error", args: ["extract", "--date", "2021-13-45", GOOD], code: 2, stderr: /--date: invalid date "2021-13-45"/ },
  { name: "unknown option is a usage error", args: ["extract", "--frobnicate", GOOD], code: 2, stderr: /unknown option '--frobnicate'/ },
  { name: "unknown fact type is a usage error", args: ["extract", "--types", "arrests,parking", GOOD], code: 2, stderr: /unknown fact type "parking"/ },
  { name: "unknown format is a usage error", args: ["extract", "--format", "xml", GOOD], code: 2, stderr: /argument 'xml' is invalid/ },
  { name: "unknown command is a usage error", args: ["frobnicate"], code: 2, stderr: /unknown command 'frobnicate'/ },
  {
    name: "--ui nl says problems in Dutch",
    args: ["--ui", "nl", "extract", MISSING, "--date", "2021-03-09"],
    code: 2,
    stderr: /bestand bestaat niet/,
  },
  { name: "--ui nl says usage errors in Dutch", args: ["--ui", "nl", "extract", "--frobnicate"], code: 2, stderr: /onbekende optie '--frobnicate'/ },
  {
    name: "--ui nl puts warnings in Dutch, the JSON keys stay",
    args: ["--ui", "nl", "extract", "--lang", "nl"],
    stdin: "De politie heeft gisteren drie mannen aangehouden.",
    code: 0,
    stdout: (out) => {
      const r = JSON.parse(out) as { warnings: string[]; facts: { type: string }[] };
      expect(r.warnings).toEqual(['relatieve datum "gisteren" niet bepaald: publicatiedatum onbekend']);
      expect(r.facts.map((f) => f.type)).toEqual(["arrests"]);
    },
  },
  {
    name: "--ui nl gives Dutch help",
    args: ["--ui", "nl", "extract", "--help"],
    code: 0,
    stdout: (out) => {
      expect(out).toContain("Voorbeelden:");
      expect(out).toContain("publicatiedatum");
    },
  },
  {
    name: "--format table: plain text when stdout is no terminal",
    args: ["extract", "--format", "table", SEED0],
    code: 0,
    stdout: (out) => {
      expect(out).not.toMatch(ANSI);
      expect(out).toMatch(/weapons\s+28\s+firearms\s+Rotterdam/);
      expect(out).toContain("dozens (20–99)");
    },
  },
  {
    name: "--format table: colour when asked for, never with NO_COLOR",
    args: ["extract", "--format", "table", SEED0],
    env: { FORCE_COLOR: "1" },
    code: 0,
    stdout: (out) => expect(out).toMatch(ANSI),
  },
  {
    name: "NO_COLOR wins over FORCE_COLOR",
    args: ["extract", "--format", "table", SEED0],
    env: { FORCE_COLOR: "1", NO_COLOR: "1" },
    code: 0,
    stdout: (out) => expect(out).not.toMatch(ANSI),
  },
  {
    name: "--format table --ui nl: Dutch labels",
    args: ["--ui", "nl", "extract", "--format", "table", SEED0],
    code: 0,
    stdout: (out) => {
      expect(out).toMatch(/wapens\s+28\s+vuurwapens\s+Rotterdam/);
      expect(out).toContain("tientallen (20–99)");
    },
  },
  {
    name: "--format annotate --explain marks the text and names the rules",
    args: ["extract", "--format", "annotate", "--explain", SEED0],
    code: 0,
    stdout: (out) => {
      expect(out).toContain("[28]{weapons#5}");
      expect(out).toContain("⟨Rotterdam⟩");
      expect(out).toContain("nl.weapons.seized");
      expect(out.split("\n").every((line) => line.length <= 100)).toBe(true);
    },
  },
  {
    name: "--format csv: a header and one row per fact",
    args: ["extract", "--format", "csv", SEED0, SEED1],
    code: 0,
    stdout: (out) => {
      const lines = out.trim().split("\n");
      expect(lines[0]).toMatch(/^document_id,lang,published,type,/);
      expect(lines).toHaveLength(1 + 11 + 8);
      expect(lines.filter((l) => l.includes(",weapons,firearm,28,"))).toHaveLength(2);
    },
  },
  {
    name: "compare: the press release and the story agree on no conflicting number (exit 0)",
    args: ["compare", SEED0, SEED1],
    code: 0,
    stdout: (out) => {
      expect(out).toMatch(/Same \(5\)/);
      expect(out).toMatch(/Only in A \(5\)/);
    },
  },
  {
    name: "compare --format json",
    args: ["compare", "--format", "json", SEED0, SEED1],
    code: 0,
    stdout: (out) => {
      const c = JSON.parse(out) as { conflicts: number; pairs: { kind: string }[]; onlyB: unknown[] };
      expect([c.conflicts, c.pairs.filter((p) => p.kind === "same").length, c.onlyB.length]).toEqual([0, 5, 2]);
    },
  },
  { name: "compare: an unreadable document is exit 2", args: ["compare", SEED0, MISSING], code: 2, stderr: /no such file/ },
  {
    name: "check: every claim supported is exit 0",
    args: ["check", join(SHEETS, "supported.yaml")],
    code: 0,
    stdout: (out) => expect(out).toContain("5 claims: 5 supported"),
  },
  {
    name: "check: a contradicted claim is exit 1, with the source's number",
    args: ["check", join(SHEETS, "argus.json")],
    code: 1,
    stdout: (out) => expect(out).toMatch(/contradicted[^]*"dertig" \(30\)/),
  },
  {
    name: "check --format junit: one testcase per claim",
    args: ["check", "--format", "junit", join(SHEETS, "sky-ecc.yaml")],
    code: 1,
    stdout: (out) => {
      expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
      expect(out.match(/<testcase /g)).toHaveLength(7);
      expect(out.match(/<failure /g)).toHaveLength(2);
    },
  },
  { name: "check: a sheet with schema errors is exit 2, with lines", args: ["check", join(SHEETS, "broken.yaml")], code: 2, stderr: /broken\.yaml:8:5: claims\[2\]\.weapons: expected a number/ },
  {
    name: "extract --help shows examples",
    args: ["extract", "--help"],
    code: 0,
    stdout: (out) => {
      expect(out).toContain("Usage: feiten extract");
      expect(out).toContain("Examples:");
      expect(out).toContain("--date <date>");
    },
  },
  {
    name: "schema prints the JSON Schema of a result",
    args: ["schema"],
    code: 0,
    stdout: (out) => {
      const s = JSON.parse(out) as { $schema: string; properties: Record<string, unknown>; required: string[] };
      expect(s.$schema).toContain("json-schema.org");
      expect(Object.keys(s.properties)).toEqual(["schema", "document", "facts", "dates", "places", "warnings"]);
      expect(s.required).toContain("facts");
    },
  },
];

const inProcess = (c: Case) => runMain(c.args, { stdin: c.stdin, env: c.env, cwd: ROOT });

function spawned(c: Case) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...c.env };
  const r = spawnSync(process.execPath, [BIN, ...c.args], { input: c.stdin ?? "", encoding: "utf8", cwd: ROOT, env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

for (const [mode, run] of [
  ["in-process", inProcess],
  ["spawned binary", spawned],
] as const) {
  describe(`CLI (${mode})`, () => {
    for (const c of CASES) {
      it(c.name, async () => {
        const r = await run(c);
        expect(r.code, r.err).toBe(c.code);
        c.stdout?.(r.out);
        if (c.stderr) expect(r.err).toMatch(c.stderr);
      });
    }
  });
}
