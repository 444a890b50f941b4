// franc's trigram tables take ~10 ms to evaluate at start-up, and most documents
// never need them (the function-word vote decides). The bundler turns this
// require() of an ES module into a lazy initialiser, so they load on first use.
import type * as FrancModule from "franc";

let franc: typeof FrancModule.franc | undefined;

export function detectWithFranc(text: string, only: string[], minLength: number): string {
  franc ??= (require("franc") as typeof FrancModule).franc;
  return franc(text, { only, minLength });
}
