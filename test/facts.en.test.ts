// Duckling-style corpus for English facts (FACTS.md §2–3), as test/facts.nl.test.ts
// does for Dutch: many surface forms per expected set, and a negative list.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { corpusTests, type FactCorpus } from "./fact-corpus.js";

const P = "2021-06-10";


const CORPUS: FactCorpus = [
  [
    [["arrests", 30, 30, 30]],
    [
      "Police arrested thirty people.",
      "Thirty people were arrested.",
      "Officers detained 30 suspects on Tuesday.",
      "30 men have been arrested in connection with the raids.",
      "Thirty suspects were taken into custody.",
      "The operation led to 30 arrests.",
      "Detectives made 30 arrests across the city.",
      "A total of 30 people were detained.",
    ],
  ],
  [
    [["arrests", 1, 1, 1]],
    ["A 34-year-old man was arrested.", "A man aged 34 was arrested on suspicion of dealing.", "The suspect was detained at the scene.", "A woman has been arrested.", "Police arrested a teenager in Leeds."],
  ],
  [[["arrests", 3, 3, 3]], ["Two men and a woman were detained.", "Police arrested two men and a woman.", "Three suspects were arrested."]],
  [[["arrests", null, 20, 99]], ["Dozens of people were arrested.", "The raids led to dozens of arrests."]],
  [[["arrests", 800, 800, null]], ["Authorities arrested over 800 suspects.", "More than 800 people were arrested."]],
  [[["arrests", 11, 11, 11]], ["Eleven of the defendants were arrested on Tuesday.", "Eleven of them were detained."]],
  [
    [["searches", 75, 75, 75]],
    ["Officers carried out 75 house searches.", "Police searched 75 addresses.", "75 properties were raided.", "Detectives executed 75 search warrants.", "There were 75 raids."],
  ],
  [[["weapons", 28, 28, 28, "firearm"]], ["Police seized 28 firearms.", "28 guns were recovered.", "Officers found 28 handguns.", "28 pistols were seized during the raids."]],
  [
    [
      ["weapons", 1, 1, 1, "firearm"],
      ["weapons", 2, 2, 2, "blade"],
    ],
    ["Officers recovered a loaded handgun and two knives.", "A loaded pistol and two machetes were found."],
  ],
  [[["weapons", 5, 5, 5, "explosive"]], ["Five grenades were seized.", "Police found five hand grenades."]],
  [[["messages", 27000000, 27000000, null]], ["Over 27 million messages were read by investigators.", "Investigators intercepted more than 27 million messages."]],
  [[["messages", null, 200000000, 999999999]], ["Police decrypted hundreds of millions of messages."]],
  [[["drugs", 8000, 8000, null, "cocaine", "kg"]], ["Officers seized more than 8 tonnes of cocaine.", "More than 8,000 kilograms of cocaine were seized."]],
  [[["drugs", 907.185, 907.185, 907.185, "methamphetamine", "kg"]], ["Agents seized 2,000 pounds of methamphetamine."]],
  [[["drugs", 0.5, 0.5, 0.5, "heroin", "kg"]], ["Police found 500g of heroin.", "Half a kilo of heroin was recovered."]],
  [[["drugs", 400, null, null, "cannabis", "plants"]], ["Officers found an estimated 400 cannabis plants.", "Around 400 cannabis plants were seized."]],
  [[["money", 15000, null, null, null, "GBP"]], ["Officers recovered around £15,000 in cash.", "About £15,000 in cash was seized."]],
  [[["money", 48000000, 48000000, null, null, "USD"]], ["Police seized over USD 48 million in various currencies.", "More than $48 million in cash was seized."]],
  [[["money", 1200000, 1200000, 1200000, null, "EUR"]], ["Investigators seized €1.2m in cash.", "Police confiscated 1.2 million euros."]],
  [
    [
      ["searches", null, 20, 99],
      ["arrests", null, 20, 99],
    ],
    ["The action day led to dozens of searches and arrests."],
  ],
];

const NEGATIVE = [
  "Three men were charged with conspiracy.",
  "Fourteen people were indicted by a federal grand jury.",
  "He was fined £5,000 and ordered to pay compensation.",
  "The drugs had a street value of £2 million.",
  "More than 200 officers took part in the operation.",
  "The gang sent around 1,000 messages per day.",
  "Officers also found 600 rounds of ammunition.",
  "The 34-year-old was jailed for six years.",
  "Police said no arrests have been made.",
  "Call 0800 555 111 with information.",
  "Around 30 per cent of the suspects were under 25.",
  "A total of 55 vehicles were also impounded.",
];

describe("English facts", () => {
  corpusTests("en", P, CORPUS, NEGATIVE);
  it("marks negated and hedged facts", () => {
    const n = extract("No arrests were made.", { lang: "en", published: P });
    expect(n.facts.map((f) => [f.type, f.count.value, f.negated])).toEqual([["arrests", 0, true]]);
    const h = extract("The gang reportedly smuggled 500 kilos of cocaine.", { lang: "en", published: P });
    expect(h.facts.map((f) => [f.type, f.count.value, f.hedged])).toEqual([["drugs", 500, true]]);
  });
  it("attributes sources", () => {
    const r = extract("Police arrested 49 people yesterday, Europol said.", { lang: "en", published: P });
    expect(r.facts.map((f) => [f.type, f.count.value, f.source])).toEqual([["arrests", 49, "Europol"]]);
    const s = extract("According to the National Crime Agency, 12 firearms were seized.", { lang: "en", published: P });
    expect(s.facts.map((f) => f.source)).toEqual(["National Crime Agency"]);
  });
});
