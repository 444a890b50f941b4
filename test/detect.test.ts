// Language detection: clear cases by the function-word vote, the rest by franc,
// and a stated fallback for texts too short to tell.
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../src/core/detect.js";

describe("language detection", () => {
  it("reads Dutch press text as Dutch without a warning", () => {
    for (const text of [
      "De politie heeft dinsdag in Utrecht drie mannen aangehouden die verdacht worden van de handel in drugs. Bij een doorzoeking van hun woning werd ook een vuurwapen gevonden.",
      "Bij een grootschalige actie zijn vandaag tientallen woningen doorzocht. Dat meldt het Openbaar Ministerie.",
      "Het parket van Antwerpen bevestigt dat er zes huiszoekingen zijn uitgevoerd en dat vier verdachten van hun vrijheid werden beroofd.",
    ]) {
      expect(detectLanguage(text)).toEqual({ lang: "nl", warning: null });
    }
  });
  it("reads English press text as English without a warning", () => {
    for (const text of [
      "Police arrested three men in Manchester on Tuesday after officers searched two addresses and seized a loaded handgun and cash.",
      "In an operation coordinated by Europol, law enforcement authorities in several countries carried out house searches and arrested suspects.",
    ]) {
      expect(detectLanguage(text)).toEqual({ lang: "en", warning: null });
    }
  });
  it("warns when a text is too short to tell", () => {
    const r = detectLanguage("Drie arrestaties");
    expect(r.lang).toBe("nl");
    expect(r.warning).toMatch(/too short/);
  });
  it("warns about a language that is neither Dutch nor English", () => {
    const r = detectLanguage("Die Polizei hat am Dienstag in Köln drei Männer festgenommen, die im Verdacht stehen, mit Drogen gehandelt zu haben. Bei der Durchsuchung wurde eine Waffe gefunden.");
    expect(r.warning).toMatch(/neither Dutch nor English \(detected "deu"\)/);
  });
});
