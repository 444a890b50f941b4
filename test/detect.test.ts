// Language detection: clear cases by the function-word vote, the rest by franc;
// a stated fallback for texts too short to tell; nothing read in other languages.
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../src/core/detect.js";
import { render } from "../src/core/messages.js";
import { extract } from "../src/index.js";

describe("language detection", () => {
  it("reads Dutch and Flemish press text as Dutch without a warning", () => {
    for (const text of [
      "De politie heeft dinsdag in Utrecht drie mannen aangehouden die verdacht worden van de handel in drugs. Bij een doorzoeking van hun woning werd ook een vuurwapen gevonden.",
      "Bij een grootschalige actie zijn vandaag tientallen woningen doorzocht. Dat meldt het Openbaar Ministerie.",
      "Het parket van Antwerpen bevestigt dat er zes huiszoekingen zijn uitgevoerd en dat vier verdachten van hun vrijheid werden beroofd.",
      "De speurders van de federale gerechtelijke politie hebben gisteren in Gent en Aalst een tiental zoekingen verricht. Vijf verdachten werden opgepakt.",
    ]) {
      expect(detectLanguage(text)).toEqual({ lang: "nl", supported: true, warning: null });
    }
  });
  it("reads English press text as English without a warning", () => {
    for (const text of [
      "Police arrested three men in Manchester on Tuesday after officers searched two addresses and seized a loaded handgun and cash.",
      "In an operation coordinated by Europol, law enforcement authorities in several countries carried out house searches and arrested suspects.",
    ]) {
      expect(detectLanguage(text)).toEqual({ lang: "en", supported: true, warning: null });
    }
  });
  it("warns when a text is too short to tell", () => {
    const r = detectLanguage("Drie arrestaties");
    expect([r.lang, r.supported, r.warning && render("en", r.warning)]).toEqual(["nl", true, "language uncertain (text too short): read as Dutch"]);
    expect(r.warning && render("nl", r.warning)).toBe("taal onzeker (tekst te kort): gelezen als Nederlands");
  });
  it("reads nothing in German, French or Afrikaans, and says so", () => {
    const texts: [string, string][] = [
      ["deu", "Die Polizei hat am Dienstag in Köln drei Männer festgenommen, die im Verdacht stehen, mit Drogen gehandelt zu haben. Bei der Durchsuchung wurde eine Waffe gefunden."],
      ["fra", "La police a arrêté mardi trois hommes soupçonnés de trafic de drogue à Liège. Une arme a été saisie lors de la perquisition."],
      ["afr", "Die polisie het gister in Kaapstad drie mans gearresteer wat verdink word van dwelmhandel. By die huis is ook 'n vuurwapen gevind en hulle is nie vrygelaat nie."],
    ];
    for (const [code, text] of texts) {
      const d = detectLanguage(text);
      expect([d.supported, d.warning?.params?.code]).toEqual([false, code]);
      const r = extract(text);
      expect([r.facts.length, r.dates.length, r.places.length]).toEqual([0, 0, 0]);
      expect(r.warnings).toEqual([`the text is in a language feiten does not read (detected "${code}"): no facts, dates or places extracted`]);
    }
  });
  it("gives mixed-language batches each their own language", () => {
    const docs = ["De politie heeft gisteren in Breda drie mannen aangehouden.", "Police arrested three men in Leeds yesterday.", "Er zijn 75 woningen doorzocht.", "Officers seized 28 firearms."];
    expect(docs.map((d) => extract(d, { published: "2024-05-02" })).map((r) => [r.document.lang, r.facts.map((f) => [f.type, f.count.value])])).toEqual([
      ["nl", [["arrests", 3]]],
      ["en", [["arrests", 3]]],
      ["nl", [["searches", 75]]],
      ["en", [["weapons", 28]]],
    ]);
  });
});
