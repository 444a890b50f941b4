// main() run in-process with captured streams, for the CLI's tests.
import { PassThrough, Readable } from "node:stream";
import { main } from "../src/cli/main.js";

export interface MainRun {
  code: number;
  out: string;
  err: string;
}

export interface MainOptions {
  cwd: string;
  /** A string or bytes given whole, or a stream (records arriving one at a time). */
  stdin?: string | Buffer | Readable;
  env?: Record<string, string>;
  /** stderr claims to be a 100-column terminal. */
  tty?: boolean;
  signal?: AbortSignal;
}

export async function runMain(argv: string[], o: MainOptions): Promise<MainRun> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), o.tty ? { isTTY: true, columns: 100 } : {});
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString()));
  stderr.on("data", (d: Buffer) => (err += d.toString()));
  const stdin = o.stdin instanceof Readable ? o.stdin : Readable.from(o.stdin === undefined ? [] : [Buffer.from(o.stdin)]);
  const code = await main({ argv, stdin, stdout, stderr, env: o.env ?? {}, cwd: o.cwd, signal: o.signal });
  return { code, out, err };
}
