// The command line, as a function: main({argv, stdin, stdout, stderr}) returns
// the exit code and never touches `process`, so tests run it in-process and
// bin/feiten.js is only a shell around it.
//   0 ok · 1 findings that fail a check · 2 usage or input errors
// Every human-facing word comes from the message catalogue of the --ui language.
import { Command, CommanderError, Option } from "commander";
import { parseDateInput } from "../dates/index.js";
import { isUi, message, render, uiFromEnv, type MessageKey, type Ui } from "../core/messages.js";
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

interface ExtractFlags {
  date?: string;
  lang: "nl" | "en" | "auto";
  format: "json" | "ndjson";
  types?: FactType[];
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

  const program = new Command()
    .name("feiten")
    .description(t("cli.description"))
    .helpOption("-h, --help", t("cli.help"))
    .helpCommand(false)
    .addOption(new Option("--ui <language>", t("cli.ui")).choices(["nl", "en"]))
    .exitOverride()
    // Commander's own error texts are English; main() says them in the --ui language.
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined });

  program
    .command("extract")
    .description(t("cli.extract"))
    .helpOption("-h, --help", t("cli.help"))
    .argument("[files...]", t("cli.files"))
    .option("-d, --date <date>", t("cli.date"))
    .addOption(new Option("-l, --lang <lang>", t("cli.lang")).choices(["nl", "en", "auto"]).default("auto"))
    .addOption(new Option("-f, --format <format>", t("cli.format")).choices(["json", "ndjson"]).default("json"))
    .option("-t, --types <list>", t("cli.types", { types: FACT_TYPES.join(",") }), parseTypes)
    .addHelpText("after", `\n${t("cli.examples")}`)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: () => undefined })
    .action(async (files: string[], flags: ExtractFlags) => {
      code = await runExtract(files, flags, io, ui, err);
    });

  program
    .command("schema")
    .description(t("cli.schema"))
    .helpOption("-h, --help", t("cli.help"))
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
      const choices = /Allowed choices are (.*)\./.exec(e.message)?.[1] ?? "";
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
  const sources: InputSource[] = files.length ? files.map((f) => (f === "-" ? { kind: "stdin" } : { kind: "file", path: f })) : [{ kind: "stdin" }];
  if (sources.filter((s) => s.kind === "stdin").length > 1) throw new UsageError(message(ui, "cli.stdinTwice"));
  if (!files.length && io.stdin.isTTY) err(message(ui, "cli.readingTerminal"));

  let failed = 0;
  const results: Result[] = [];
  for (const source of sources) {
    const input = await readInput(source, io);
    if (!input.ok) {
      failed++;
      err(`${input.id}: ${render(ui, input.problem)}`);
      continue;
    }
    let result: Result;
    try {
      result = extract(input.text, { id: input.id, lang: flags.lang, published: flags.date ?? null, types: flags.types, ui });
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
