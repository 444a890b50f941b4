// The command line, as a function: main({argv, stdin, stdout, stderr}) returns
// the exit code and never touches `process`, so tests run it in-process and
// bin/feiten.js is only a shell around it.
//   0 ok · 1 findings that fail a check · 2 usage or input errors
// Every human-facing word comes from the message catalogue of the --ui language.
// Commands other than extract load their code on first use (import() of our own
// modules only: bin/feiten.js runs the bundle in a vm.Script, which has no loader
// for a dynamic import of anything outside it).
import { randomBytes } from "node:crypto";
import { createWriteStream, readFileSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { parseDateInput } from "../dates/index.js";
import { isUi, message, render, uiFromEnv, type MessageKey, type Ui } from "../core/messages.js";
import { extract, InputError } from "../core/pipeline.js";
import { FACT_TYPES, resultJsonSchema, type FactType, type Result } from "../core/schema.js";
import type { CheckReport } from "../check/index.js";
import { DEFAULT_MAX_BYTES, readInput } from "./inputs.js";
import { DEFAULT_GLOB, expandSources, isBatch, type InputFormat } from "../batch/sources.js";

export interface Io {
  argv: string[];
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Aborted on Ctrl-C: a batch stops reading, writes what is done, and main() answers 130. */
  signal?: AbortSignal;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** 128 + SIGINT, as shells report a program stopped by Ctrl-C. */
export const EXIT_INTERRUPTED = 130;

type ExtractFormat = "json" | "ndjson" | "table" | "annotate" | "csv";

interface ExtractFlags {
  date?: string;
  lang: "nl" | "en" | "auto";
  format: ExtractFormat;
  types?: FactType[];
  explain?: boolean;
  input: InputFormat;
  glob?: string[];
  jobs?: number;
  unordered?: boolean;
  output?: string;
  withText?: boolean;
  maxBytes?: number;
}

class UsageError extends Error {}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

/** --ui is needed before the help texts are built, so it is read ahead of commander. */
function uiOf(argv: readonly string[], env: Record<string, string | undefined>): Ui {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === "--ui" ? argv[i + 1] : a.startsWith("--ui=") ? a.slice(5) : undefined;
    if (v !== undefined && isUi(v)) return v;
  }
  return uiFromEnv(env);
}

export async function main(io: Io): Promise<number> {
  const ui = uiOf(io.argv, io.env ?? {});
  const t = (key: MessageKey, params?: Record<string, string>) => message(ui, key, params);
  const err = (msg: string) => io.stderr.write(`feiten: ${msg}\n`);
  let code = EXIT_OK;

  const parseTypes = (value: string): FactType[] => {
    const list = value.split(",").map((s) => s.trim()).filter(Boolean);
    const bad = list.filter((x) => !(FACT_TYPES as readonly string[]).includes(x));
    if (bad.length || !list.length) throw new UsageError(t("cli.badTypes", { types: bad.join(", ") || value, choices: FACT_TYPES.join(", ") }));
    return list as FactType[];
  };

  const parseJobs = (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < 1 || n > 256) throw new UsageError(t("cli.badJobs", { value }));
    return n;
  };
  const cores = availableParallelism();
  const parseSize = (value: string): number => {
    const m = /^(\d+(?:\.\d+)?)\s*([kmg])?(?:i?b)?$/i.exec(value.trim());
    const n = m ? Math.floor(Number(m[1]) * 1024 ** " kmg".indexOf((m[2] ?? " ").toLowerCase())) : NaN;
    if (!(n >= 1)) throw new UsageError(t("cli.badMaxBytes", { value }));
    return n;
  };

  const program = new Command()
    .name("feiten")
    .description(t("cli.description"))
    .helpOption("-h, --help", t("cli.help"))
    .helpCommand(false)
    .addOption(new Option("--ui <language>", t("cli.ui")).choices(["nl", "en"]))
    .exitOverride()
    // Commander's own error texts are English; main() says them in the --ui language.
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined });

  // Every command: help in the --ui language, errors back to main() instead of an exit.
  const command = (name: string, description: MessageKey) =>
    program
      .command(name)
      .description(t(description))
      .helpOption("-h, --help", t("cli.help"))
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined });

  command("extract", "cli.extract")
    .argument("[files...]", t("cli.files"))
    .option("-d, --date <date>", t("cli.date"))
    .addOption(new Option("-l, --lang <lang>", t("cli.lang")).choices(["nl", "en", "auto"]).default("auto"))
    .addOption(new Option("-f, --format <format>", t("cli.format")).choices(["json", "ndjson", "table", "annotate", "csv"]).default("json"))
    .option("-t, --types <list>", t("cli.types", { types: FACT_TYPES.join(",") }), parseTypes)
    .option("--explain", t("cli.explain"))
    .addOption(new Option("-i, --input <how>", t("cli.input")).choices(["auto", "text", "html", "ndjson"]).default("auto"))
    .option("-g, --glob <pattern>", t("cli.glob", { glob: DEFAULT_GLOB }), (v: string, prev: string[] = []) => [...prev, v])
    .addOption(new Option("-j, --jobs <n>", t("cli.jobs", { cores: String(cores) })).argParser(parseJobs))
    .option("--unordered", t("cli.unordered"))
    .option("-o, --output <file>", t("cli.output"))
    .option("--with-text", t("cli.withText"))
    .addOption(new Option("--max-bytes <size>", t("cli.maxBytes", { max: "10M" })).argParser(parseSize))
    .addHelpText("after", `\n${t("cli.examples")}`)
    .action(async (files: string[], flags: ExtractFlags) => {
      code = await runExtract(files, flags, io, ui, err);
    });

  command("compare", "cli.compare")
    .argument("<a>", t("cli.compareA"))
    .argument("<b>", t("cli.compareB"))
    .addOption(new Option("-f, --format <format>", t("cli.compareFormat")).choices(["text", "json"]).default("text"))
    .option("-d, --date <date>", t("cli.date"))
    .addOption(new Option("-l, --lang <lang>", t("cli.lang")).choices(["nl", "en", "auto"]).default("auto"))
    .action(async (fileA: string, fileB: string, flags: { format: "text" | "json"; date?: string; lang: "nl" | "en" | "auto" }) => {
      code = await runCompare(fileA, fileB, flags, io, ui, err);
    });

  command("check", "cli.check")
    .argument("<sheets...>", t("cli.sheets"))
    .addOption(new Option("-f, --format <format>", t("cli.checkFormat")).choices(["text", "json", "junit"]).default("text"))
    .action(async (sheets: string[], flags: { format: "text" | "json" | "junit" }) => {
      code = await runCheck(sheets, flags, io, ui, err);
    });

  command("schema", "cli.schema")
    .action(async () => {
      await write(io.stdout, `${JSON.stringify(resultJsonSchema(), null, 2)}\n`);
    });

  program.addHelpText("after", `\n${t("cli.examples")}`);

  const words = io.argv.filter((a, i) => !a.startsWith("-") && io.argv[i - 1] !== "--ui");
  if (!words.length && !io.argv.includes("--help") && !io.argv.includes("-h")) {
    // No command at all: the help, on stderr, and a usage error.
    program.outputHelp({ error: true });
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(io.argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help ends here with exit code 0.
      if (e.exitCode === 0) return EXIT_OK;
      err(commanderMessage(e, ui));
      io.stderr.write(`${t("cli.helpAfterError")}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof UsageError || e instanceof InputError) {
      err(e.message);
      return EXIT_USAGE;
    }
    throw e;
  }
  return code;
}

/** Commander's error, in the --ui language where we know its kind. */
function commanderMessage(e: CommanderError, ui: Ui): string {
  const quoted = [...e.message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  switch (e.code) {
    case "commander.unknownOption":
      return message(ui, "cli.unknownOption", { option: quoted[0] ?? "" });
    case "commander.unknownCommand":
      return message(ui, "cli.unknownCommand", { command: quoted[0] ?? "" });
    case "commander.invalidArgument": {
      // Up to the message's last full stop, found by index (the message quotes the user's input).
      const at = e.message.indexOf("Allowed choices are ");
      const rest = at < 0 ? "" : e.message.slice(at + "Allowed choices are ".length);
      const choices = rest.includes(".") ? rest.slice(0, rest.lastIndexOf(".")) : "";
      return message(ui, "cli.invalidArgument", { option: quoted[0] ?? "", value: quoted[1] ?? "", choices });
    }
    case "commander.optionMissingArgument":
      return message(ui, "cli.missingArgument", { option: quoted[0] ?? "" });
    default:
      return e.message.replace(/^error: /, "");
  }
}

async function runExtract(files: string[], flags: ExtractFlags, io: Io, ui: Ui, err: (msg: string) => void): Promise<number> {
  if (flags.date !== undefined && !parseDateInput(flags.date)) throw new UsageError(message(ui, "cli.badDate", { date: flags.date }));
  if (flags.withText && flags.format !== "ndjson" && flags.format !== "json") throw new UsageError(message(ui, "cli.withTextFormat"));
  const args = files.length ? files : ["-"];
  if (args.filter((a) => a === "-").length > 1) throw new UsageError(message(ui, "cli.stdinTwice"));
  if (!files.length && io.stdin.isTTY) err(message(ui, "cli.readingTerminal"));

  const { sources, walked } = await expandSources(args, { cwd: io.cwd ?? ".", input: flags.input, globs: flags.glob ?? [] });
  // One document (a file, or stdin as text) is a journalist's run: its result alone, problems on
  // stderr. Anything that can hold more is a batch: every document, failed ones too, in the stream.
  const batch = walked || isBatch(sources);
  // The human formats lay out all results together: the batch hands back the results themselves.
  const format = flags.format === "table" || flags.format === "annotate" ? "result" : flags.format;

  const out = flags.output ? await openOutput(resolve(io.cwd ?? ".", flags.output), ui) : null;
  const sink = out?.stream ?? io.stdout;
  const { readJobs } = await import("../batch/read.js");
  const { runJobs } = await import("../batch/run.js");
  let csvHeader = "";
  if (flags.format === "csv") {
    const csv = await import("./formats/csv.js");
    csvHeader = await csv.csvRecords([[...csv.CSV_COLUMNS]]);
  }

  const totalBytes = sources.every((x) => x.kind === "file") ? sources.reduce((n, x) => n + (x.kind === "file" ? x.size : 0), 0) : null;
  const progress = batch ? await (await import("../batch/progress.js")).startProgress(io.stderr, io.env ?? {}, ui, totalBytes) : null;
  const results: { result: Result; text: string }[] = [];
  let docs = 0;
  let failed = 0;
  let bytes = 0;
  let written = 0;
  const t0 = performance.now();
  try {
    await runJobs(readJobs(sources, io.stdin, { maxBytes: flags.maxBytes ?? DEFAULT_MAX_BYTES, signal: io.signal }), {
      settings: { lang: flags.lang, published: flags.date ?? null, types: flags.types, ui, format, withText: flags.withText === true, array: batch },
      jobs: batch && format !== "result" ? (flags.jobs ?? availableParallelism()) : 1,
      ordered: !flags.unordered,
      onOutcome: (o) => {
        docs++;
        bytes += o.size;
        progress?.tick(docs, bytes);
        if (!o.ok) {
          failed++;
          err(`${o.id}: ${o.problem ?? ""}`);
          if (!batch) return "";
        }
        if (o.result && o.text !== undefined) results.push({ result: o.result, text: o.text });
        if (!o.out) return "";
        const lead = flags.format === "json" && batch ? (written ? ",\n" : "[\n") : flags.format === "csv" && !written ? csvHeader : "";
        written++;
        return lead + o.out;
      },
      write: (text) => write(sink, text),
    });
    if (flags.format === "json" && batch) await write(sink, written ? "\n]\n" : "[]\n");
    const color = !out && wantsColor(io);
    const width = (io.stdout as NodeJS.WritableStream & { columns?: number }).columns ?? 100;
    if (flags.format === "table" && results.length) {
      const { formatTable } = await import("./formats/table.js");
      await write(sink, formatTable(results.map((r) => r.result), { ui, color, width }));
    } else if (flags.format === "annotate") {
      const { formatAnnotate } = await import("./formats/annotate.js");
      for (const r of results) await write(sink, formatAnnotate(r.result, r.text, { ui, color, width, explain: flags.explain === true }));
    }
    if (out) await out.commit();
  } catch (e) {
    if (out) await out.abandon();
    throw e;
  } finally {
    progress?.stop();
  }
  if (io.signal?.aborted) {
    err(message(ui, "cli.interrupted", { docs: docs.toLocaleString("en-US") }));
    return EXIT_INTERRUPTED;
  }
  if (batch) {
    const seconds = (performance.now() - t0) / 1000;
    const mb = bytes / 1e6;
    err(message(ui, docs === 1 ? "cli.summaryOne" : "cli.summary", { docs: docs.toLocaleString("en-US"), failed: failed.toLocaleString("en-US"), mb: mb.toFixed(1), seconds: seconds.toFixed(1), rate: (mb / Math.max(seconds, 0.001)).toFixed(2) }));
  }
  return failed ? EXIT_USAGE : EXIT_OK;
}

/**
 * --output FILE: written to a temporary file beside it and renamed into place at the end, so
 * that FILE is either the whole output or untouched — never half of one.
 */
async function openOutput(path: string, ui: Ui): Promise<{ stream: NodeJS.WritableStream; commit(): Promise<void>; abandon(): Promise<void> }> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const stream = createWriteStream(tmp, { flags: "wx" });
  await new Promise<void>((ok, fail) => {
    stream.once("open", () => ok());
    stream.once("error", (e) => fail(new UsageError(message(ui, "cli.outputFailed", { file: path, reason: e.message }))));
  });
  const close = () => new Promise<void>((ok, fail) => stream.end((e?: Error | null) => (e ? fail(e) : ok())));
  return {
    stream,
    async commit() {
      await close();
      await rename(tmp, path);
    },
    async abandon() {
      await close().catch(() => undefined);
      await rm(tmp, { force: true });
    },
  };
}

/** Colour only for a terminal that wants it (NO_COLOR, TERM=dumb and pipes get plain text). */
export function wantsColor(io: Io): boolean {
  const env = io.env ?? {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return (io.stdout as NodeJS.WritableStream & { isTTY?: boolean }).isTTY === true && env.TERM !== "dumb";
}

/** One document read and extracted, or its problem said on stderr. */
async function loadDocument(path: string, io: Io, ui: Ui, err: (msg: string) => void, options: { published?: string | null; lang?: "nl" | "en" | "auto" }): Promise<Result | null> {
  const input = await readInput(path === "-" ? { kind: "stdin" } : { kind: "file", path }, io);
  if (!input.ok) {
    err(`${input.id}: ${render(ui, input.problem)}`);
    return null;
  }
  try {
    const result = extract(input.text, { id: input.id, lang: options.lang ?? "auto", published: options.published ?? null, ui });
    if (input.notice) result.warnings.unshift(render(ui, input.notice));
    return result;
  } catch (e) {
    err(`${input.id}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

async function runCompare(fileA: string, fileB: string, flags: { format: "text" | "json"; date?: string; lang: "nl" | "en" | "auto" }, io: Io, ui: Ui, err: (msg: string) => void): Promise<number> {
  if (flags.date !== undefined && !parseDateInput(flags.date)) throw new UsageError(message(ui, "cli.badDate", { date: flags.date }));
  const { compareResults, formatComparison } = await import("../compare/index.js");
  const a = await loadDocument(fileA, io, ui, err, { published: flags.date, lang: flags.lang });
  const b = await loadDocument(fileB, io, ui, err, { published: flags.date, lang: flags.lang });
  if (!a || !b) return EXIT_USAGE;
  const c = compareResults(a, b);
  await write(io.stdout, flags.format === "json" ? `${JSON.stringify(c, null, 2)}\n` : formatComparison(c, { ui, color: wantsColor(io) }));
  return c.conflicts > 0 ? EXIT_FINDINGS : EXIT_OK;
}

async function runCheck(paths: string[], flags: { format: "text" | "json" | "junit" }, io: Io, ui: Ui, err: (msg: string) => void): Promise<number> {
  const check = await import("../check/index.js");
  const reports: CheckReport[] = [];
  let broken = false;
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd ?? ".", path), "utf8");
    } catch (e) {
      err(`${path}: ${render(ui, { key: (e as NodeJS.ErrnoException).code === "ENOENT" ? "input.missing" : "input.unreadable", params: { reason: String(e) } })}`);
      broken = true;
      continue;
    }
    const parsed = check.parseSheet(text, path);
    if (!parsed.ok) {
      for (const e of parsed.errors) err(check.formatSheetError(e, ui));
      broken = true;
      continue;
    }
    const results: Result[] = [];
    for (const source of check.resolveSources(parsed.sheet)) {
      // A sheet is data (from a pull request, say): it may not make feiten read /etc/passwd.
      const inside = relative(resolve(io.cwd ?? "."), resolve(io.cwd ?? ".", source.resolved));
      if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
        err(`${path}: ${message(ui, "check.outsideSource", { source: source.path })}`);
        broken = true;
        continue;
      }
      const r = await loadDocument(source.resolved, io, ui, err, { published: source.published, lang: source.lang ?? "auto" });
      if (r) results.push(r);
      else broken = true;
    }
    if (results.length === parsed.sheet.sources.length) reports.push(check.checkClaims(parsed.sheet, results));
  }
  const out = flags.format === "junit" ? check.checkJunit(reports, { ui }) : flags.format === "json" ? `${JSON.stringify(reports.map(check.checkJson), null, 2)}\n` : reports.map((r) => check.formatCheck(r, { ui, color: wantsColor(io) })).join("\n");
  if (reports.length) await write(io.stdout, out);
  if (broken) return EXIT_USAGE;
  return reports.some((r) => r.failed > 0) ? EXIT_FINDINGS : EXIT_OK;
}
