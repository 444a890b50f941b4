// The two message catalogues say the same things: same keys, same placeholders.
import { describe, expect, it } from "vitest";
import en from "../src/lang/en/messages.json" with { type: "json" };
import nl from "../src/lang/nl/messages.json" with { type: "json" };
import { message, uiFromEnv } from "../src/core/messages.js";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  it("have the same keys and placeholders in Dutch and English", () => {
    const keys = (o: Record<string, string>) => Object.keys(o).filter((k) => !k.startsWith("_")).sort();
    expect(keys(nl)).toEqual(keys(en));
    for (const k of keys(en)) expect(placeholders((nl as Record<string, string>)[k]!), k).toEqual(placeholders((en as Record<string, string>)[k]!));
  });
  it("fill in placeholders, also with other messages", () => {
    expect(message("nl", "detect.tooShort", { language: "@language.english" })).toBe("taal onzeker (tekst te kort): gelezen als Engels");
    expect(message("en", "cli.badDate", { date: "2021-13" })).toBe('--date: invalid date "2021-13" (expected YYYY, YYYY-MM or YYYY-MM-DD)');
  });
  it("take the interface language from the locale", () => {
    expect(uiFromEnv({ LANG: "nl_NL.UTF-8" })).toBe("nl");
    expect(uiFromEnv({ LANG: "nl_BE" })).toBe("nl");
    expect(uiFromEnv({ LC_ALL: "en_GB.UTF-8", LANG: "nl_NL" })).toBe("en");
    expect(uiFromEnv({ LANG: "C.UTF-8" })).toBe("en");
    expect(uiFromEnv({})).toBe("en");
  });
});
