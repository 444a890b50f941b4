// Duckling-style corpus for Dutch facts (FACTS.md §2–3): for each expected set of
// facts many surface forms — active, passive, noun forms, separable verbs — and a
// negative list of sentences that must yield no fact. Fixed reference date.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { corpusTests, type FactCorpus } from "./fact-corpus.js";

const P = "2021-03-12";


const CORPUS: FactCorpus = [
  [
    [["arrests", 30, 30, 30]],
    [
      "Bij de actie zijn dertig mensen aangehouden.",
      "De politie heeft dertig verdachten aangehouden.",
      "Er werden 30 personen gearresteerd.",
      "Dertig verdachten zijn opgepakt.",
      "De politie hield dertig mensen aan.",
      "Agenten hielden gisteren in de wijk dertig jongeren aan.",
      "Er zijn dertig aanhoudingen verricht.",
      "De recherche verrichtte 30 arrestaties.",
      "In totaal werden 30 verdachten ingerekend.",
      "Justitie pakte dertig verdachten op.",
      "Dertig betogers werden in de boeien geslagen.",
      "De politie arresteerde dertig mannen.",
      "Het aantal aanhoudingen komt daarmee op dertig: dertig aanhoudingen in totaal.",
    ],
  ],
  [
    [["arrests", 1, 1, 1]],
    [
      "Een 40-jarige man is aangehouden.",
      "De verdachte werd gisteren gearresteerd.",
      "Een 19-jarige vrouw uit Delft werd opgepakt.",
      "De politie heeft een man aangehouden.",
      "Een 23-jarige uit Utrecht is aangehouden.",
      "Een verdachte is donderdag aangehouden.",
      "Eén verdachte werd aangehouden.",
      "Een derde verdachte, een vrouw van 19, werd later aangehouden.",
      "Er is een aanhouding verricht.",
    ],
  ],
  [
    [["arrests", 5, 5, 5]],
    ["Vier mannen en een vrouw zijn aangehouden.", "De politie hield vier mannen en een vrouw aan.", "Er zijn vijf verdachten aangehouden.", "Twee mannen en drie vrouwen werden gearresteerd."],
  ],
  [
    [["arrests", null, 20, 99]],
    ["Tientallen mensen werden aangehouden.", "Er zijn tientallen arrestaties verricht.", "De politie pakte tientallen relschoppers op."],
  ],
  [
    [["arrests", 20, null, null]],
    ["De politie heeft een twintigtal personen opgepakt.", "Zo'n twintig verdachten zijn aangehouden.", "Ongeveer twintig demonstranten werden gearresteerd."],
  ],
  [
    [["arrests", 100, 100, null]],
    ["Meer dan honderd verdachten zijn aangehouden.", "Ruim honderd mensen werden gearresteerd.", "Er zijn meer dan 100 aanhoudingen verricht."],
  ],
  [
    [["searches", 75, 75, 75]],
    [
      "Er zijn 75 huiszoekingen gedaan.",
      "De politie deed 75 huiszoekingen.",
      "Bij 75 doorzoekingen werd niemand aangetroffen.",
      "Er werden 75 woningen doorzocht.",
      "Agenten doorzochten 75 panden.",
      "De politie viel 75 woningen binnen.",
      "In totaal zijn 75 woningen en bedrijfspanden doorzocht.",
      "Er vonden 75 invallen plaats.",
      "75 adressen werden doorzocht.",
    ],
  ],
  [
    [["searches", 1, 1, 1]],
    ["Bij een doorzoeking van de woning vond de politie niets.", "Er werd een huiszoeking gedaan.", "Bij een inval in Breda werd niemand aangetroffen."],
  ],
  [
    [["weapons", 28, 28, 28, "firearm"]],
    [
      "In de woning zijn 28 vuurwapens in beslag genomen.",
      "De politie nam 28 vuurwapens in beslag.",
      "Er werd beslag gelegd op 28 vuurwapens.",
      "Agenten vonden 28 vuurwapens.",
      "In de loods werden 28 pistolen aangetroffen.",
      "Bij de doorzoeking trof de politie 28 geladen vuurwapens aan.",
      "Er zijn 28 handvuurwapens in beslag genomen.",
    ],
  ],
  [
    [
      ["weapons", 5, 5, 5, "firearm"],
      ["weapons", 2, 2, 2, "firearm"],
      ["weapons", 1, 1, 1, "blade"],
    ],
    ["De speurders vonden vijf kalasjnikovs, twee pistolen en een machete.", "Er werden vijf kalasjnikovs, twee revolvers en een machete in beslag genomen."],
  ],
  [
    [
      ["weapons", 28, 28, 28, null],
      ["weapons", 20, 20, 20, "firearm"],
    ],
    ["Er werden 28 wapens in beslag genomen, waaronder 20 pistolen."],
  ],
  [[["weapons", 1, 1, 1, "explosive"]], ["In de auto werd een handgranaat gevonden.", "Agenten troffen een handgranaat aan."]],
  [[["weapons", null, 2, null, null]], ["Daarnaast zijn er meerdere wapens in beslag genomen.", "Er werden enkele wapens gevonden."]],
  [
    [["messages", 80000000, 80000000, 80000000]],
    ["In Nederland werden 80 miljoen berichten onderschept.", "Rechercheurs lazen 80 miljoen berichten mee.", "Er zijn 80 miljoen berichten gekraakt.", "De politie heeft 80 miljoen versleutelde berichten ontsleuteld."],
  ],
  [[["messages", null, 200000000, 999999999]], ["Honderden miljoenen berichten zijn onderschept.", "Justitie kreeg toegang tot honderden miljoenen berichten."]],
  [
    [["drugs", 8000, 8000, 8000, "cocaine", "kg"]],
    ["Er werd acht ton cocaïne in beslag genomen.", "De douane onderschepte 8000 kilo cocaïne.", "In de haven werd 8.000 kilo coke aangetroffen.", "Er is 8 ton cocaïne gevonden."],
  ],
  [[["drugs", 0.5, 0.5, 0.5, "heroin", "kg"]], ["Er werd 500 gram heroïne gevonden.", "De politie nam een halve kilo heroïne in beslag."]],
  [[["drugs", null, 2000, 9999, "cocaine,heroin,hashish", "kg"]], ["Het gaat om inbeslagnames van duizenden kilo's cocaïne, heroïne, hasj."]],
  [[["drugs", null, 20, 99, "cannabis", "plants"]], ["Er werden tientallen hennepplanten in beslag genomen.", "In de schuur vond de politie tientallen wietplanten."]],
  [[["drugs", 5000, 5000, 5000, "mdma", "pills"]], ["Er werden 5000 xtc-pillen in beslag genomen.", "Agenten vonden 5.000 xtc-pillen."]],
  [
    [["money", 12500, null, null, null, "EUR"]],
    ["Ook werd zo'n 12.500 euro aan contant geld in beslag genomen.", "De politie vond ongeveer 12.500 euro cash.", "Er werd circa € 12.500 aangetroffen."],
  ],
  [[["money", 100000, 100000, 100000, null, "EUR"]], ["Er werd een ton aan contant geld in beslag genomen."]],
  [[["money", 1200000, 1200000, 1200000, null, "EUR"]], ["Er werd ook 1,2 miljoen euro cash aangetroffen.", "Justitie legde beslag op 1,2 miljoen euro."]],
  [
    [
      ["searches", null, 20, 99],
      ["arrests", null, 20, 99],
    ],
    ["Ook in België werden tientallen huiszoekingen en arrestaties verricht."],
  ],
  [
    [
      ["searches", 41, 41, 41],
      ["searches", 15, 15, 15],
      ["searches", 6, 6, 6],
    ],
    ["In totaal werden 41 panden doorzocht, waarvan vijftien in Eindhoven en zes in Venlo."],
  ],
  [
    [
      ["drugs", null, 300, 400, "cocaine", "kg"],
      ["drugs", null, 20, 99, "cannabis", "plants"],
      ["money", 1500000, 1500000, null, null, "EUR"],
    ],
    ["Daarbij werden tussen de 300 en 400 kilo cocaïne, tientallen hennepplanten en ruim anderhalf miljoen euro in beslag genomen."],
  ],
  [
    [["arrests", 2, 2, 2]],
    [
      "Een 30-jarige vrouw uit Tiel en haar broer, een 28-jarige man uit Culemborg, zijn aangehouden.",
      "De bestuurder van de auto, een 45-jarige man, en zijn zoon zijn opgepakt.",
      "Beiden zijn aangehouden.",
      "Twee havenarbeiders werden in de boeien geslagen.",
      "De politie pakte twee vrachtwagenchauffeurs op.",
      "Twee medewerkers van het bedrijf zijn gearresteerd.",
    ],
  ],
  [
    [
      ["arrests", 4, 4, 4],
      ["arrests", 2, 2, 2],
    ],
    ["Vier van hen werden in Tilburg opgepakt, de twee anderen in Breda.", "Vier van de verdachten zijn in Tilburg aangehouden, de overige twee in Breda."],
  ],
  [[["arrests", 3, 3, 3]], ["De overige drie werden in Almere opgepakt.", "Drie van hen zijn gisteren aangehouden."]],
  [[["arrests", 11, 11, 11]], ["Daarbij werden elf personen van hun vrijheid beroofd.", "De recherche ging over tot de aanhouding van elf mannen."]],
  [
    [
      ["weapons", 28, 28, 28, "firearm"],
      ["weapons", 12, 12, 12, "firearm"],
    ],
    ["In een loods heeft de politie een wapenopslag ontdekt. Het gaat om 28 vuurwapens, waaronder twaalf pistolen."],
  ],
  [[["weapons", 3, 3, 3, "blade"]], ["Agenten vonden drie samoeraizwaarden.", "Er werden drie vlindermessen in beslag genomen."]],
  [[["drugs", 120, null, null, "amphetamine", "l"]], ["In de schuur stond zo'n 120 liter amfetamineolie."]],
  [[["drugs", 1400, 1400, null, "mdma", "kg"]], ["Bij de doorzoekingen werd ruim 1.400 kilo MDMA-kristallen gevonden."]],
  [
    [
      ["drugs", 7200, 7200, 7200, "cocaine", "kg"],
      ["drugs", 3400, 3400, 3400, "cocaine", "kg"],
    ],
    ["De douane onderschepte vorig jaar 7,2 ton cocaïne, tegenover 3,4 ton een jaar eerder."],
  ],
  [[["drugs", null, 600, 700, "cannabis", "plants"]], ["Agenten troffen een kwekerij aan. In twee kamers stonden 600 à 700 hennepplanten."]],
  [[["money", null, 200000, 999999, null, "EUR"]], ["Eerder werden al enkele tonnen aan contant geld in beslag genomen."]],
  [[["messages", 250000, 250000, null]], ["De groep verstuurde zeker 250.000 sms-berichten."]],
  [[["arrests", 1, 1, 1]], ["Ook hij werd later aangehouden.", "Zij is gisteren gearresteerd."]],
  [[["searches", 1, 1, 1]], ["Later werd ook zijn woning doorzocht.", "De recherche doorzocht haar appartement."]],
  [
    [
      ["searches", 2, 2, 2],
      ["searches", 1, 1, 1],
    ],
    ["De recherche doorzocht twee woningen in Tilburg en een bedrijfspand in Waalwijk."],
  ],
  [
    [
      ["searches", 7, 7, 7],
      ["searches", 5, 5, 5],
      ["searches", 2, 2, 2],
    ],
    ["Er werden zeven panden doorzocht: vijf woningen en twee bedrijfspanden."],
  ],
  [
    [
      ["arrests", 17, 17, 17],
      ["arrests", 8, 8, 8],
      ["arrests", 5, 5, 5],
      ["arrests", 4, 4, 4],
    ],
    ["Er zijn 17 verdachten aangehouden: in Amsterdam acht, in Utrecht vijf en in Almere de overige vier."],
  ],
  [[["arrests", 3, 3, 3]], ["Drie van de verdachten, onder wie een douanemedewerker, werden deze week aangehouden."]],
  [
    [
      ["arrests", 1, 1, 1],
      ["drugs", 25, 25, 25, "hashish", "kg"],
    ],
    ["Op de snelweg werd een koerier opgepakt met 25 kilo hasj in zijn kofferbak."],
  ],
  [[["weapons", 2, null, null, "firearm"]], ["In de woning werd een tweetal vuurwapens aangetroffen."]],
  [[["weapons", null, 2, null, null]], ["Bij de inval werden tal van wapens in beslag genomen."]],
];

// Sentences that state no counted fact.
const NEGATIVE = [
  "Ook in België zijn aanhoudingen verricht.",
  "De invallen vonden plaats in het kader van een internationaal onderzoek.",
  "Bijna tweehonderd rechercheurs waren bij de actie betrokken.",
  "De rechtbank heeft een 34-jarige man veroordeeld tot zes jaar cel.",
  "Hij moet 25.000 euro schadevergoeding betalen.",
  "Volgens de rechtbank verkocht hij ten minste veertien vuurwapens.",
  "De verdachten sturen zo'n 1000 berichten per dag.",
  "Er werden 400 patronen gevonden.",
  "In Nederland zouden zo'n 11.000 accounts actief zijn geweest.",
  "Bel de politie via 0900-8844.",
  "De 71-jarige man werd gisteren verhoord.",
  "Er werden negentien drugslabs opgerold.",
  "Tientallen geplande geweldsdelicten konden worden voorkomen.",
  "Enkele honderden politiemensen stonden stand-by.",
  "Justitie had acht jaar cel geëist.",
  "De cocaïne had een straatwaarde van 30 miljoen euro.",
  "Het onderzoek loopt sinds 12/10/2020.",
  "Een kilo cocaïne kost op straat zo'n 50 euro per gram.",
  "Bij een reeks huiszoekingen werd niets gevonden.",
  "De politie deed de invallen vandaag.",
  "Het geld zat in biljetten van 50 euro.",
  "Het onderzoek begon in hetzelfde dossier in 2022.",
  "In totaal werden zo'n 400 mensen gefouilleerd.",
  "Het Openbaar Ministerie vervolgt 20 à 30 verdachten.",
  "Volgens de douane worden er wekelijks tientallen kilo's hasj vervoerd.",
  "De twee anderen zitten nog vast.",
  "De celstraf kan oplopen tot maximaal twaalf jaar.",
];

describe("Dutch facts", () => {
  corpusTests("nl", P, CORPUS, NEGATIVE);
  it("marks negated facts", () => {
    const r = extract("Twee mannen die in de berichten werden genoemd, zijn niet aangehouden.", { lang: "nl", published: P });
    expect(r.facts.map((f) => [f.type, f.count.value, f.negated])).toEqual([["arrests", 2, true]]);
    const g = extract("Er zijn geen aanhoudingen verricht.", { lang: "nl", published: P });
    expect(g.facts.map((f) => [f.type, f.count.value, f.negated])).toEqual([["arrests", 0, true]]);
  });
  it("marks hedged facts", () => {
    const r = extract("De bende zou 500 kilo cocaïne hebben gesmokkeld.", { lang: "nl", published: P });
    expect(r.facts.map((f) => [f.type, f.count.value, f.hedged])).toEqual([["drugs", 500, true]]);
  });
});
