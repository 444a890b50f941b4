// Human-facing words in the reader's language (--ui): one catalogue per language
// in its data folder, the same keys in each (a test holds them equal).
import en from "../lang/en/messages.json" with { type: "json" };
import nl from "../lang/nl/messages.json" with { type: "json" };

export type Ui = "nl" | "en";
export type MessageKey = Exclude<keyof typeof en, "_comment">;
/** A message not yet put into words: its key and what fills it in. */
export interface Notice {
  key: MessageKey;
  params?: Record<string, string>;
}

const CATALOGUES: Record<Ui, Record<string, string>> = { en, nl };

export function message(ui: Ui, key: MessageKey, params: Record<string, string> = {}): string {
  const template = CATALOGUES[ui][key] ?? en[key];
  // A parameter "@key" is itself a message ("@language.dutch" → "Dutch" / "Nederlands").
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return v.startsWith("@") && v.slice(1) in CATALOGUES[ui] ? CATALOGUES[ui][v.slice(1)]! : v;
  });
}

export const render = (ui: Ui, n: Notice): string => message(ui, n.key, n.params);

/** The interface language of an environment: Dutch when the locale says so, else English. */
export function uiFromEnv(env: Record<string, string | undefined>): Ui {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || "";
  return /^nl(?:[_.-]|$)/i.test(locale) ? "nl" : "en";
}

export function isUi(s: string): s is Ui {
  return s === "nl" || s === "en";
}
