// Duckling-style corpus for English count phrases (FACTS.md §4): for each expected
// count many surface forms, and a negative list that must yield no count.
import { describe, expect, it } from "vitest";
import { countAt } from "../src/core/counts.js";
import { normalizeSameLength, tokenize } from "../src/core/text.js";
import { enPack } from "../src/lang/en/index.js";

const en = enPack();
type Expect = [value: number | null, min: number | null, max: number | null, modifier: string, unit?: string | null];

/** The count of a whole phrase; null unless the phrase is exactly one count. */
function count(phrase: string) {
  const tokens = tokenize(normalizeSameLength(phrase));
  const c = countAt(tokens, 0, en.counts);
  if (!c || c.end !== tokens.length) return null;
  return [c.value, c.min, c.max, c.modifier, c.unit?.code ?? null];
}

const CORPUS: [Expect, string[]][] = [
  [[1, 1, 1, "exact"], ["a", "an", "one", "One", "1"]],
  [[3, 3, 3, "exact"], ["three", "Three", "3"]],
  [[12, 12, 12, "exact"], ["twelve", "12", "a dozen", "one dozen"]],
  [[31, 31, 31, "exact"], ["thirty-one", "Thirty-one", "thirty one", "31"]],
  [[3512, 3512, 3512, "exact"], ["three thousand five hundred and twelve", "3,512"]],
  [[1001, 1001, 1001, "exact"], ["one thousand and one", "1,001"]],
  [[250, 250, 250, "exact"], ["two hundred and fifty", "two hundred fifty", "250"]],
  [[1000, 1000, 1000, "exact"], ["one thousand", "a thousand", "1,000", "1000"]],
  [[11000, 11000, 11000, "exact"], ["11,000", "eleven thousand", "11000", "11 000"]],
  [[1500000, 1500000, 1500000, "exact"], ["1.5 million", "one and a half million", "1,500,000", "1.5m"]],
  [[80000000, 80000000, 80000000, "exact"], ["80 million", "eighty million", "80,000,000"]],
  [[1000000000, 1000000000, 1000000000, "exact"], ["a billion", "one billion", "1 billion", "1bn"]],
  [[700, null, null, "about"], ["about 700", "around 700", "some 700", "roughly 700", "an estimated 700", "approximately 700", "about seven hundred"]],
  [[800, 800, null, "over"], ["more than 800", "over 800", "upwards of 800", "in excess of 800", "more than eight hundred"]],
  [[14, 14, null, "atLeast"], ["at least 14", "at least fourteen", "no fewer than 14", "a minimum of 14"]],
  [[200, null, 200, "under"], ["nearly 200", "almost 200", "fewer than 200", "less than 200", "just under 200"]],
  [[50, null, 50, "atMost"], ["up to 50", "at most fifty", "as many as 50", "a maximum of 50", "no more than 50"]],
  [[null, 20, 30, "range"], ["between 20 and 30", "between twenty and thirty", "20 to 30", "20-30"]],
  [[null, 2, null, "vague"], ["several", "a few", "multiple", "various", "a number of", "a large number of", "a handful of", "numerous", "Several"]],
  [[null, 20, 99, "vague"], ["dozens", "Dozens"]],
  [[null, 200, 999, "vague"], ["hundreds", "Hundreds", "several hundred"]],
  [[null, 2000, 9999, "vague"], ["thousands", "Thousands", "several thousand"]],
  [[null, 20000, 99999, "vague"], ["tens of thousands", "Tens of thousands"]],
  [[null, 200000000, 999999999, "vague"], ["hundreds of millions", "Hundreds of millions"]],
  [[8000, 8000, 8000, "exact", "kg"], ["8 tonnes", "eight tonnes", "8,000 kilograms", "8,000 kilos", "8000 kg", "8 metric tons"]],
  [[0.5, 0.5, 0.5, "exact", "kg"], ["500 grams", "500g", "half a kilo"]],
  [[907.185, 907.185, 907.185, "exact", "kg"], ["2,000 pounds of", "2000 lbs"]],
  [[15000, null, null, "about", "GBP"], ["around £15,000", "about 15,000 pounds", "some £15k"]],
  [[48000000, 48000000, null, "over", "USD"], ["over USD 48 million", "more than $48 million", "over 48 million dollars", "more than $48m"]],
  [[1200000, 1200000, 1200000, "exact", "EUR"], ["€1.2m", "€1.2 million", "1.2 million euros", "EUR 1.2 million", "EUR 1 200 000"]],
  [[0, 0, 0, "exact"], ["no"]],
];

const NEGATIVE = ["aged 34", "34-year-old", "(34)", "10am", "3rd", "14:30", "30 per cent", "30%", "0800 555 111", "section 5", "number 10", "all three", "Route 66"];

describe("English count phrases", () => {
  for (const [expected, forms] of CORPUS) {
    const [value, min, max, modifier, unit = null] = expected;
    it(`${JSON.stringify(expected)} — ${forms.length} forms`, () => {
      const wrong = forms.map((form) => ({ form, got: count(form) })).filter((r) => JSON.stringify(r.got) !== JSON.stringify([value, min, max, modifier, unit]));
      expect(wrong).toEqual([]);
    });
  }
  it("refuses ages, times, years, phone numbers, percentages and references", () => {
    expect(NEGATIVE.map((s) => ({ s, got: count(s) })).filter((r) => r.got !== null)).toEqual([]);
  });
});
