// Duckling-style corpus for Dutch count phrases (FACTS.md §4): for each expected
// count many surface forms, and a negative list that must yield no count.
import { describe, expect, it } from "vitest";
import { countAt } from "../src/core/counts.js";
import { normalizeSameLength, tokenize } from "../src/core/text.js";
import { nlPack } from "../src/lang/nl/index.js";

const nl = nlPack();

type Expect = [value: number | null, min: number | null, max: number | null, modifier: string, unit?: string | null];

/** The count of a whole phrase; null unless the phrase is exactly one count. */
function count(phrase: string) {
  const tokens = tokenize(normalizeSameLength(phrase));
  const c = countAt(tokens, 0, nl.counts);
  if (!c || c.end !== tokens.length) return null;
  return [c.value, c.min, c.max, c.modifier, c.unit?.code ?? null];
}

const CORPUS: [Expect, string[]][] = [
  [[1, 1, 1, "exact"], ["een", "één", "eén", "1"]],
  [[3, 3, 3, "exact"], ["drie", "3", "Drie"]],
  [[12, 12, 12, "exact"], ["twaalf", "12", "een dozijn"]],
  [[23, 23, 23, "exact"], ["drieëntwintig", "drieentwintig", "23"]],
  [[30, 30, 30, "exact"], ["dertig", "30", "Dertig"]],
  [[41, 41, 41, "exact"], ["eenenveertig", "éénenveertig", "41"]],
  [[99, 99, 99, "exact"], ["negenennegentig", "99"]],
  [[100, 100, 100, "exact"], ["honderd", "100", "een honderd"]],
  [[200, 200, 200, "exact"], ["tweehonderd", "200", "twee honderd"]],
  [[250, 250, 250, "exact"], ["tweehonderdvijftig", "250"]],
  [[1500, 1500, 1500, "exact"], ["vijftienhonderd", "1500", "1.500", "duizend vijfhonderd", "duizendvijfhonderd"]],
  [[1000, 1000, 1000, "exact"], ["duizend", "1000", "1.000", "een duizend"]],
  [[3512, 3512, 3512, "exact"], ["drieduizendvijfhonderdtwaalf", "3.512", "3512"]],
  [[11000, 11000, 11000, "exact"], ["11.000", "elfduizend", "11000"]],
  [[1.5, 1.5, 1.5, "exact"], ["anderhalf", "1,5"]],
  [[1500000, 1500000, 1500000, "exact"], ["anderhalf miljoen", "1,5 miljoen", "1.500.000", "anderhalve miljoen", "1,5 mln"]],
  [[500000, 500000, 500000, "exact"], ["een half miljoen", "500.000", "vijfhonderdduizend", "0,5 miljoen"]],
  [[1000000000, 1000000000, 1000000000, "exact"], ["een miljard", "1 miljard", "één miljard", "duizend miljoen"]],
  [[80000000, 80000000, 80000000, "exact"], ["80 miljoen", "tachtig miljoen", "80.000.000"]],
  [[2300000, 2300000, 2300000, "exact"], ["2,3 miljoen", "2.300.000"]],
  [[12500, null, null, "about"], ["zo'n 12.500", "ongeveer 12.500", "circa 12.500", "ca. 12.500", "rond de 12.500", "naar schatting 12.500", "zo’n 12.500", "pakweg 12.500", "ruwweg 12.500"]],
  [[20, null, null, "about"], ["een twintigtal", "zo'n twintig", "ongeveer 20", "rond de twintig", "circa twintig"]],
  [[10, null, null, "about"], ["een tiental", "ongeveer tien"]],
  [[2000, 2000, null, "over"], ["ruim 2.000", "meer dan 2000", "meer dan tweeduizend", "boven de 2000", "ruim tweeduizend"]],
  [[700, 700, null, "over"], ["ruim 700", "meer dan zevenhonderd"]],
  [[14, 14, null, "atLeast"], ["minstens veertien", "ten minste veertien", "tenminste 14", "minimaal 14", "zeker veertien", "op zijn minst 14"]],
  [[200, null, 200, "under"], ["bijna tweehonderd", "minder dan 200", "nog geen 200", "net geen tweehonderd", "bijna 200"]],
  [[50, null, 50, "atMost"], ["maximaal 50", "hooguit vijftig", "tot wel 50", "ten hoogste vijftig", "hoogstens 50"]],
  [[null, 20, 30, "range"], ["tussen de 20 en 30", "tussen 20 en 30", "20 à 30", "20-30", "twintig à dertig", "tussen de twintig en dertig", "20 tot 30", "twintig tot dertig"]],
  [[null, 1000000, 2000000, "range"], ["tussen de 1 en 2 miljoen", "tussen 1 en 2 miljoen", "tussen de een en twee miljoen"]],
  [[null, 2, null, "vague"], ["enkele", "een paar", "een aantal", "een groot aantal", "meerdere", "verschillende", "diverse", "talrijke", "een handvol", "Enkele", "Meerdere"]],
  [[null, 20, 99, "vague"], ["tientallen", "Tientallen"]],
  [[null, 200, 999, "vague"], ["honderden", "enkele honderden", "Enkele honderden", "een paar honderden"]],
  [[null, 2000, 9999, "vague"], ["duizenden", "enkele duizenden"]],
  [[null, 20000, 99999, "vague"], ["tienduizenden", "vele tienduizenden"]],
  [[null, 200000, 999999, "vague"], ["honderdduizenden"]],
  [[null, 2000000, 9999999, "vague"], ["miljoenen"]],
  [[null, 200000000, 999999999, "vague"], ["honderden miljoenen", "Honderden miljoenen"]],
  [[null, 20000000, 99999999, "vague"], ["tientallen miljoenen"]],
  [[8000, 8000, 8000, "exact", "kg"], ["acht ton", "8 ton", "8000 kilo", "8.000 kilo", "achtduizend kilo", "8000 kg", "8.000 kilogram"]],
  [[0.5, 0.5, 0.5, "exact", "kg"], ["500 gram", "vijfhonderd gram", "een halve kilo", "0,5 kilo"]],
  [[null, 300, 400, "range", "kg"], ["tussen de 300 en 400 kilo", "300 à 400 kilo", "tussen 300 en 400 kilo"]],
  [[null, 2000, 9999, "vague", "kg"], ["duizenden kilo's", "duizenden kilo’s", "enkele duizenden kilo's"]],
  [[12500, null, null, "about", "EUR"], ["zo'n 12.500 euro", "ongeveer € 12.500", "circa €12.500", "rond de 12.500 euro"]],
  [[1500000, 1500000, null, "over", "EUR"], ["ruim anderhalf miljoen euro", "meer dan 1,5 miljoen euro", "ruim € 1,5 miljoen"]],
  [[null, 2000000, 9999999, "vague", "EUR"], ["miljoenen euro's", "miljoenen euro"]],
  [[15000, 15000, 15000, "exact", "GBP"], ["£15.000", "15.000 pond"]],
  [[48000000, 48000000, 48000000, "exact", "USD"], ["48 miljoen dollar", "$48 miljoen"]],
  [[0, 0, 0, "exact"], ["geen"]],
];

// Inputs that must not be a count: ages, years, times, phone numbers, percentages.
const NEGATIVE = ["24-jarige", "71-jarige", "0900-8844", "12/10/2020", "14.30 uur", "30 procent", "30%", "3e", "derde", "(34)", "artikel 36", "nummer 12", "hoofdstuk 4", "24 en 31 jaar", "1980 jaar", "zaak", "zo", "reeks", "een reeks"];

describe("Dutch count phrases", () => {
  for (const [expected, forms] of CORPUS) {
    const [value, min, max, modifier, unit = null] = expected;
    it(`${JSON.stringify(expected)} — ${forms.length} forms`, () => {
      for (const form of forms) expect(count(form), form).toEqual([value, min, max, modifier, unit]);
    });
  }
  it("refuses ages, times, phone numbers, percentages and references", () => {
    for (const form of NEGATIVE) expect(count(form), form).toBeNull();
  });
});
