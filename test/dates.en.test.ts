// English dates: a Duckling-style corpus, sentences written for this test,
// resolved against 2021-06-10 (a Thursday, ISO week 23), 2023-09 (month
// precision) and an unknown publication date.
import { describe, expect, it } from "vitest";
import { datelineDate, findDates } from "../src/dates/index.js";
import { corpus, count, negatives, type Corpus } from "./dates.corpus.js";

const THURSDAY = { year: 2021, month: 6, day: 10 };
const SEPTEMBER = { year: 2023, month: 9 };

const ON_THURSDAY: Corpus = [
  [{ value: "2021-06-09" }, [
    "Police arrested 49 people [yesterday].",
    "[Yesterday] officers searched three homes.",
    "The raid took place [yesterday morning].",
    "A man was detained [yesterday afternoon].",
    "Two cars were set alight [yesterday evening].",
    "The shop was burgled [last night].",
    "Officers raided the flat on [Wednesday].",
    "[Wednesday] saw a large operation in the port.",
    "The arrests were made [Wednesday night].",
    "A woman was stabbed [Wednesday evening].",
    "The suspect was caught [last Wednesday].",
    "The search was carried out on [9 June].",
    "Officers struck on [9 June 2021].",
    "The suspect was charged on [June 9].",
    "He was released on [June 9th].",
    "The warrant was issued on [June 9, 2021].",
    "The hearing was held on [the 9th of June].",
    "The raid began on [Wednesday 9 June].",
    "The raid began on [Wednesday, June 9].",
    "The record dates from [09/06/2021].",
    "The file is dated [2021-06-09].",
    "The search took place on [9th June 2021].",
    "Officers were called on [9 Jun 2021].",
  ]],
  [{ value: "2021-06-10" }, [
    "Police arrested five men [today].",
    "[Today] the court heard the case.",
    "Officers raided a warehouse [this morning].",
    "A man was arrested [this afternoon].",
    "Police will patrol the area [this evening].",
    "The vigil takes place [tonight].",
    "A statement was issued [earlier today].",
    "Officers searched the house on [Thursday].",
    "The operation took place on [10 June 2021].",
    "The operation took place on [June 10, 2021].",
    "The operation took place on [10/06/2021].",
    "Officers seized drugs on [Thursday 10 June].",
    "The court heard the case on [Thursday, June 10th].",
    "Officers were deployed [this morning] across the city.",
  ]],
  [{ value: "2021-06-08" }, [
    "The man was arrested on [Tuesday].",
    "[Tuesday] saw a number of raids.",
    "Police searched three addresses on [Tuesday morning].",
    "The suspect was held [last Tuesday].",
    "Officers raided the address on [Tuesday, 8 June 2021].",
    "[Tuesday night] a car was set on fire.",
    "The arrests followed a raid on [8 June 2021].",
    "Two men were detained [two days ago].",
    "The arrest took place on [8 June].",
    "The arrest took place on [June 8th].",
  ]],
  [{ value: "2021-06-11" }, [
    "The suspect will appear in court [tomorrow].",
    "[Tomorrow morning] the road will be closed.",
    "The hearing is scheduled for [Friday].",
    "He will appear before magistrates on [Friday].",
    "The protest is planned for [next Friday].",
    "The trial will start on [11 June].",
  ]],
  [{ value: "2021-06-03" }, ["The raid happened on [Thursday last week].", "The raid happened on [Thursday of last week].", "Officers struck on [3 June]."]],
  [{ value: "2021-W22" }, ["[Last week] police seized 300 kilos of cocaine.", "The raid took place [last week].", "Officers said [last week] that the probe continues.", "The gang was arrested [last week] in Leeds."]],
  [{ value: "2021-W23" }, ["[This week] officers made 20 arrests.", "More raids are planned [this week]."]],
  [{ value: "2021-W24" }, ["[Next week] the results will be published.", "The suspects will be sentenced [next week]."]],
  [{ value: "2021-05" }, [
    "[Last month] officers seized 300 kilos of heroin.",
    "The gang was dismantled in [May].",
    "He has been in custody since [May].",
    "The platform was taken down in [May 2021].",
    "The probe began in [May this year].",
    "The raids began in [May of this year].",
  ]],
  [{ value: "2021-05", mod: "start" }, ["The probe began in [early May].", "The probe began [at the beginning of May].", "Officers struck [at the start of May]."]],
  [{ value: "2021-05", mod: "mid" }, ["The probe began in [mid-May].", "The probe began in [mid May].", "The probe began [in the middle of May]."]],
  [{ value: "2021-05", mod: "end" }, ["The probe began in [late May].", "The probe began [at the end of May].", "The platform closed [at the end of May].", "The probe began [by the end of May]."]],
  [{ value: "2021-07" }, ["The trial starts [next month].", "[Next month] the law changes."]],
  [{ value: "2021-06" }, ["[This month] officers made 50 arrests.", "Officers have been busy [this month]."]],
  [{ value: "2020" }, [
    "[Last year] around 700 protesters were detained.",
    "The network was cracked [last year].",
    "The man was convicted in [2020].",
    "The platform has been running since [2020].",
    "The figures for [2020] show a decline.",
    "The case dates from [2020].",
    "[A year ago] the building was closed.",
  ]],
  [{ value: "2020", mod: "end" }, ["The platform was cracked in [late 2020].", "The probe began [at the end of last year].", "The network closed [at the end of 2020]."]],
  [{ value: "2020", mod: "start" }, ["The platform was cracked in [early 2020].", "The probe began [early last year]."]],
  [{ value: "2021" }, ["[This year] 40 people were arrested.", "Earlier [this year] four suspects were held.", "The law changed in [2021]."]],
  [{ value: "2022" }, ["[Next year] the new station opens.", "The trial will start in [2022]."]],
  [{ value: "2020-03" }, [
    "The man was arrested in [March last year].",
    "The man was arrested in [March of last year].",
    "The man was arrested in [March 2020].",
    "[Last year in March] the platform was cracked.",
  ]],
  [{ value: "2021-03" }, ["Previously, in [March], a separate action led to 48 arrests.", "He was held since [March].", "He was arrested [last March]."]],
  [{ value: "2020-12-25" }, ["A man was stabbed on [Christmas Day].", "The shop was robbed on [25 December]."]],
  [{ value: "2020-12-31" }, ["Police made ten arrests on [New Year's Eve].", "Police made ten arrests on [New Year\u2019s Eve]."]],
  [{ value: "2021-04-02" }, ["The church was vandalised on [Good Friday]."]],
  [{ value: "2021-07-01" }, ["The verdict is due [in three weeks]."]],
];

const OTHER_KINDS: Corpus = [
  [{ value: "2019/2021", kind: "interval" }, ["He sold weapons [between 2019 and 2021] online.", "The fraud ran [from 2019 to 2021].", "Cases doubled in the period [2019-2021]."]],
  [{ value: "2021-03/2021-05", kind: "interval" }, ["The probe ran [from March to May].", "The thefts happened [between March and May]."]],
  [{ value: "2021-06-01/2021-06-05", kind: "interval" }, ["The checks ran [from 1 to 5 June].", "Checks were held [1-5 June]."]],
  [{ value: "2021-06-05/2021-06-06", kind: "interval" }, ["[Last weekend] ten people were arrested.", "Violence flared [last weekend]."]],
  [{ value: null, kind: "interval" }, [
    "Police have been busy [over the past week].",
    "[In the coming weeks] more raids will follow.",
    "Crime fell [in the past year].",
    "The car was stolen [last summer].",
    "More patrols are planned [in the spring].",
  ]],
  [{ value: "P6Y", kind: "duration" }, ["He was jailed for [six years].", "He was sentenced to [6 years] in prison."]],
  [{ value: "P18M", kind: "duration" }, ["Messages were read over [18 months].", "He was jailed for [one and a half years]."]],
  [{ value: "P3D", kind: "duration" }, ["The trial lasted [three days]."]],
  [{ value: "T14:30", kind: "time" }, ["Officers arrived [at 2.30pm].", "Officers arrived [at 14:30].", "Officers arrived [at 2:30 pm]."]],
  [{ value: "T10:00", kind: "time" }, ["The raid started [at 10am].", "The raid started [at 10 o'clock]."]],
  [{ value: null, kind: "set" }, ["He reported to police [every Tuesday].", "About 1000 messages were sent [per day].", "Officers patrol the area [daily].", "The market is busy on [Saturdays]."]],
];

const IN_SEPTEMBER: Corpus = [
  [{ value: "2023-09" }, [
    "Police detained activists who blocked the motorway on [Saturday].",
    "Officers arrested 40 people [today].",
    "[Yesterday] a man was arrested.",
    "[This month] officers made 50 arrests.",
  ]],
  [{ value: "2022" }, ["[Last year], around 700 protesters were detained."]],
  [{ value: "2023-10" }, ["Organisers say they will return [next month]."]],
  [{ value: null }, ["[Last week] the motorway was blocked.", "[Next week] the results will be published."]],
];

const UNKNOWN: Corpus = [
  [{ value: null }, [
    "Police searched three addresses on [Tuesday morning].",
    "Officers arrested five men [yesterday].",
    "The network was cracked [last year].",
    "The man was arrested on [14 June].",
  ]],
  [{ value: "2021-06-10" }, ["The Hague, [10 June 2021] — officers struck."]],
  [{ value: "2020" }, ["The platform was cracked in [2020]."]],
];

const NO_DATES = [
  "Officers seized 12,000 euros in cash.",
  "A 27-year-old woman was also detained.",
  "May I ask a question?",
  "Theresa May said nothing.",
  "He was sentenced to six years in prison.",
  "In 2000 cases the police did not respond.",
  "Crime fell by 15 per cent.",
  "Activists blocked the A12 motorway.",
  "Officers recovered around £15,000 in cash.",
  "Call 0900-8844 with information.",
  "Protesters will march on the capital.",
  "The suspect may be released.",
  "Police have been busy over the past week.",
  "He reported to police every Tuesday.",
  "Officers patrol the area daily.",
  "The raid started at 10am.",
  "Police detained 2,400 climate activists.",
  "The lab held 2020 litres of chemicals.",
  "Some 15 people were arrested in the raid.",
];

describe("en corpus, published 2021-06-10 (a Thursday)", () => corpus("en", THURSDAY, ON_THURSDAY));
describe("en intervals, durations, times and sets", () => corpus("en", THURSDAY, OTHER_KINDS));
describe("en corpus, published 2023-09 (month precision)", () => corpus("en", SEPTEMBER, IN_SEPTEMBER));
describe("en corpus, publication date unknown", () => corpus("en", null, UNKNOWN));
describe("en: no dates", () => negatives("en", THURSDAY, NO_DATES));

describe("en numeric dates", () => {
  const value = (text: string) => findDates(text, 0, THURSDAY, "en").mentions.find((m) => m.kind === "date")?.value ?? null;
  it("reads day first, as in British English", () => expect(value("On 03/04/2021 police raided a farm.")).toBe("2021-04-03"));
  it("reads month first when the second number cannot be a month", () => expect(value("On 04/25/2021 police raided a farm.")).toBe("2021-04-25"));
  it("rejects impossible dates", () => expect(value("On 25/25/2021 police raided a farm.")).toBeNull());
});

describe("en datelines", () => {
  it.each([
    ["The Hague, 10 June 2021 — In an operation", "10 June 2021"],
    ["LONDON, June 10, 2021 - Police said", "June 10, 2021"],
    ["10 June 2021 - Police said", "10 June 2021"],
  ])("%s", (text, span) => {
    const d = datelineDate(text, 0, "en");
    expect(d && text.slice(d.start, d.end)).toBe(span);
    expect(d?.date).toEqual({ year: 2021, month: 6, day: 10 });
  });
  it("no dateline in a sentence", () => expect(datelineDate("Police said on 10 June 2021 - that", 0, "en")).toBeNull());
});

it("the corpus is large", () => {
  expect(count(ON_THURSDAY) + count(OTHER_KINDS) + count(IN_SEPTEMBER) + count(UNKNOWN)).toBeGreaterThan(150);
});

describe("day and month order", () => {
  const P = { year: 2021, month: 6, day: 30 };
  const values = (text: string) => findDates(text, 0, P, "en").mentions.filter((m) => m.kind === "date").map((m) => [m.text, m.value]);
  it("reads numeric dates day-first in a British text", () => {
    expect(values("The raid on 10 June 2021 followed an earlier one on 06/05/2021.")).toEqual([
      ["10 June 2021", "2021-06-10"],
      ["06/05/2021", "2021-05-06"],
    ]);
  });
  it("reads them month-first in a text that writes its dates the American way", () => {
    expect(values("The raid on June 10, 2021 followed an earlier one on 06/05/2021.")).toEqual([
      ["June 10, 2021", "2021-06-10"],
      ["06/05/2021", "2021-06-05"],
    ]);
  });
  it("reads a date month-first wherever day-first is impossible", () => {
    expect(values("It happened on 06/25/2021.")).toEqual([["06/25/2021", "2021-06-25"]]);
  });
});
