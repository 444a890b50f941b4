// The harness of the Duckling-style fact corpora (facts.nl/facts.en): for each
// expected set of facts many surface forms, and sentences that must yield none.
import { expect, it } from "vitest";
import { extract } from "../src/index.js";

export type F = [type: string, value: number | null, min: number | null, max: number | null, subtype?: string | null, unit?: string | null];
export type FactCorpus = [F[], string[]][];

/** The non-negated facts of a text, as comparable tuples. */
export function factsOf(text: string, lang: "nl" | "en", published: string): F[] {
  return extract(text, { lang, published })
    .facts.filter((f) => !f.negated)
    .map((f) => [f.type, f.count.value, f.count.min, f.count.max, f.subtype, f.count.unit] as F);
}

const norm = (list: F[]) => list.map(([t, v, mi, ma, s = null, u = null]) => [t, v, mi, ma, s, u]);

/** One test per expected set (listing every form that reads otherwise), one for the negatives. */
export function corpusTests(lang: "nl" | "en", published: string, corpus: FactCorpus, negative: string[]): void {
  for (const [expected, forms] of corpus) {
    it(`${JSON.stringify(expected)} — ${forms.length} forms`, () => {
      const wrong = forms.map((form) => ({ form, got: norm(factsOf(form, lang, published)) })).filter((r) => JSON.stringify(r.got) !== JSON.stringify(norm(expected)));
      expect(wrong).toEqual([]);
    });
  }
  it("finds no fact where none is stated", () => {
    expect(negative.map((s) => ({ s, got: factsOf(s, lang, published) })).filter((r) => r.got.length)).toEqual([]);
  });
}
