// The command line, as a function: main({argv, stdin, stdout, stderr}) returns
// the exit code and never touches `process`, so tests run it in-process and
// bin/feiten.js is only a shell around it.
//   0 ok · 1 findings that fail a check · 2 usage or input errors
import { Command, CommanderError, Option } from "commander";
import { parseDateInput } from "../dates/index.js";
import { extract, InputError } from "../core/pipeline.js";
import { FACT_TYPES, resultJsonSchema, type FactType, type Result } from "../core/schema.js";
import { readInput, type InputSource } from "./inputs.js";

export interface Io {
  argv: string[];
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const EXAMPLES = `
Examples:
  $ feiten extract fixtures/seed-000.txt                 pretty JSON of one document
  $ cat article.txt | feiten extract --date 2021-03-09   read stdin, publication date given
  $ feiten extract --format ndjson a.txt b.txt c.txt     one result per line
  $ feiten extract --types arrests,searches a.txt        only these fact types
  $ feiten schema                                        the JSON Schema of a result

Exit codes: 0 ok, 1 a check failed, 2 usage or input error.`;

interface ExtractFlags {
  date?: string;
  lang: "nl" | "en" | "auto";
  format: "json" | "ndjson";
  types?: FactType[];
}

class UsageError extends Error {}

function parseTypes(value: string): FactType[] {
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((t) => !(FACT_TYPES as readonly string[]).includes(t));
  if (bad.length || !list.length) throw new UsageError(`--types: unknown fact type "${bad.join(", ") || value}" (choose from ${FACT_TYPES.join(", ")})`);
  return list as FactType[];
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

export async function main(io: Io): Promise<number> {
  let code = EXIT_OK;
  const err = (msg: string) => io.stderr.write(`feiten: ${msg}\n`);

  const program = new Command()
    .name("feiten")
    .description("Facts from police and prosecutor press releases: counts of arrests, searches, weapons, messages, drugs and money, with dates, places and sources.")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, w) => w(s.replace(/^error: /, "feiten: ")),
    })
    .showHelpAfterError("(run feiten --help for usage)");

  program
    .command("extract")
    .description("extract facts, dates and places from documents (files, or stdin when none or '-')")
    .argument("[files...]", "input files; '-' or none reads stdin")
    .option("-d, --date <date>", "publication date (YYYY, YYYY-MM or YYYY-MM-DD); overrides the text")
    .addOption(new Option("-l, --lang <lang>", "document language").choices(["nl", "en", "auto"]).default("auto"))
    .addOption(new Option("-f, --format <format>", "output format: json (one object, or an array for several inputs) or ndjson (one result per line)").choices(["json", "ndjson"]).default("json"))
    .option("-t, --types <list>", `comma list of fact types to keep (${FACT_TYPES.join(",")})`, parseTypes)
    .addHelpText("after", EXAMPLES)
    .action(async (files: string[], flags: ExtractFlags) => {
      code = await runExtract(files, flags, io, err);
    });

  program
    .command("schema")
    .description("print the JSON Schema of a result (generated from the schemas that validate every result)")
    .action(async () => {
      await write(io.stdout, `${JSON.stringify(resultJsonSchema(), null, 2)}\n`);
    });

  program.addHelpText("after", EXAMPLES);

  try {
    await program.parseAsync(io.argv, { from: "user" });
    if (!io.argv.length) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0.
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (e instanceof UsageError || e instanceof InputError) {
      err(e.message);
      return EXIT_USAGE;
    }
    throw e;
  }
  return code;
}

async function runExtract(files: string[], flags: ExtractFlags, io: Io, err: (msg: string) => void): Promise<number> {
  if (flags.date !== undefined && !parseDateInput(flags.date)) {
    throw new UsageError(`--date: invalid date "${flags.date}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  const sources: InputSource[] = files.length ? files.map((f) => (f === "-" ? { kind: "stdin" } : { kind: "file", path: f })) : [{ kind: "stdin" }];
  if (sources.filter((s) => s.kind === "stdin").length > 1) throw new UsageError("stdin ('-') can be read only once");
  if (!files.length && io.stdin.isTTY) err("reading the document from the terminal; end it with Ctrl-D");

  let failed = 0;
  const results: Result[] = [];
  for (const source of sources) {
    const input = await readInput(source, io);
    if (!input.ok) {
      failed++;
      err(`${input.id}: ${input.problem}`);
      continue;
    }
    let result: Result;
    try {
      result = extract(input.text, { id: input.id, lang: flags.lang, published: flags.date ?? null, types: flags.types });
    } catch (e) {
      failed++;
      err(`${input.id}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    // ndjson streams each result as soon as it is done; json waits to know whether it prints an array.
    if (flags.format === "ndjson") await write(io.stdout, `${JSON.stringify(result)}\n`);
    else results.push(result);
  }
  if (flags.format === "json") {
    if (sources.length === 1 && results.length === 1) await write(io.stdout, `${JSON.stringify(results[0], null, 2)}\n`);
    else if (sources.length > 1) await write(io.stdout, `${JSON.stringify(results, null, 2)}\n`);
  }
  return failed ? EXIT_USAGE : EXIT_OK;
}
