// A check report three ways: for people (formatCheck), as plain JSON data
// (checkJson), and as JUnit XML for CI dashboards (checkJunit).
import { message, type MessageKey, type Ui } from "../core/messages.js";
import type { Count } from "../core/schema.js";
import { countRange, describeCount, factContext, palette, quote, typeName } from "../compare/describe.js";
import type { CheckReport, ClaimCheck, ClaimStatus } from "./check.js";
import type { Claim } from "./sheet.js";

export interface FormatOptions {
  ui: Ui;
  color: boolean;
}

const MARKS: Record<ClaimStatus, string> = { supported: "✓", compatible: "~", contradicted: "✗", notFound: "?" };

/** A claim said briefly: arrests 30 · Rotterdam · earlier. */
export function describeClaim(c: Claim, ui: Ui): string {
  const kind = c.subtype ? `${typeName(c.type, ui)} (${c.subtype})` : typeName(c.type, ui);
  const parts = [c.place, c.timeframe ? message(ui, `format.timeframe.${c.timeframe}`) : null].filter((p): p is string => p !== null);
  // A number or {min, max} of the sheet is said as numbers, a count phrase as written.
  const count = /^[\d\s.,–≥≤]+$/.test(c.count.text) ? `${countRange(c.count, ui)}${c.count.unit ? ` ${c.count.unit}` : ""}` : describeCount(c.count, ui);
  return `${kind} ${count}${parts.map((p) => ` · ${p}`).join("")}`;
}

/** Why a claim has its status, in one line (without the evidence sentence). */
export function explainClaim(r: ClaimCheck, ui: Ui): string {
  const t = (key: MessageKey, params?: Record<string, string>) => message(ui, key, params);
  if (!r.source) return t("check.why.notFound", { type: typeName(r.claim.type, ui) });
  const { fact, document } = r.source;
  const params = { count: `${describeCount(fact.count, ui)}${factContext(fact, ui)}`, document };
  return t(`check.why.${r.status as Exclude<ClaimStatus, "notFound">}`, params);
}

/** The report for people: one line per claim (with the source's sentence when it is not supported), and a summary. */
export function formatCheck(report: CheckReport, opts: FormatOptions): string {
  const { ui } = opts;
  const ch = palette(opts.color);
  const colour: Record<ClaimStatus, (s: string) => string> = { supported: ch.green, compatible: ch.yellow, contradicted: ch.red, notFound: ch.red };
  const lines = [ch.bold(`${message(ui, "check.sheet")}: ${report.sheet.file}`), `${message(ui, "check.sources")}: ${report.sources.join(", ") || "—"}`, ""];
  for (const r of report.claims) {
    const status = colour[r.status](`${MARKS[r.status]} ${message(ui, `check.status.${r.status}`)}`);
    lines.push(`${status}  ${ch.dim(`${report.sheet.file}:${r.claim.line}`)}  ${describeClaim(r.claim, ui)}`);
    lines.push(`    ${explainClaim(r, ui)}`);
    if (r.source && r.status !== "supported") lines.push(`    ${ch.dim(quote(r.source.fact.evidence.text))}`);
    if (r.claim.note) lines.push(`    ${ch.dim(`${message(ui, "check.note")}: ${r.claim.note}`)}`);
  }
  const s = report.summary;
  const summary = message(ui, "check.summary", {
    claims: String(s.claims),
    supported: String(s.supported),
    compatible: String(s.compatible),
    contradicted: String(s.contradicted),
    notFound: String(s.notFound),
  });
  lines.push("", report.failed ? ch.red(summary) : ch.green(summary));
  return `${lines.join("\n")}\n`;
}

export interface CheckJson {
  schema: "feiten-check/1";
  sheet: { file: string; name: string };
  sources: string[];
  summary: CheckReport["summary"];
  failed: number;
  claims: {
    index: number;
    line: number;
    column: number;
    type: string;
    count: Count;
    place: string | null;
    subtype: string | null;
    unit: string | null;
    timeframe: string | null;
    note: string | null;
    status: ClaimStatus;
    source: {
      document: string;
      count: Count;
      subtype: string | null;
      place: string | null;
      timeframe: string;
      evidence: { text: string; start: number; end: number };
      rule: string;
    } | null;
  }[];
}

/** The report as plain data (JSON-safe, no class instances), for `--format json`. */
export function checkJson(report: CheckReport): CheckJson {
  return {
    schema: "feiten-check/1",
    sheet: { ...report.sheet },
    sources: [...report.sources],
    summary: { ...report.summary },
    failed: report.failed,
    claims: report.claims.map(({ claim: c, status, source }) => ({
      index: c.index,
      line: c.line,
      column: c.column,
      type: c.type,
      count: { ...c.count },
      place: c.place,
      subtype: c.subtype,
      unit: c.unit,
      timeframe: c.timeframe,
      note: c.note,
      status,
      source: source && {
        document: source.document,
        count: { ...source.fact.count },
        subtype: source.fact.subtype,
        place: source.fact.place?.name ?? null,
        timeframe: source.fact.timeframe,
        evidence: { ...source.fact.evidence },
        rule: source.fact.rule,
      },
    })),
  };
}

// ---- JUnit XML ---------------------------------------------------------------

/** Characters XML 1.0 does not allow at all (C0 controls but tab, LF, CR; lone surrogates; U+FFFE, U+FFFF): replaced by U+FFFD. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/**
 * Text made safe for XML: in element content (`attribute` false) the five
 * special characters escaped and CR kept as &#13;; in an attribute value also tab
 * and line breaks as character references, so attribute normalization keeps them.
 */
export function xmlEscape(s: string, attribute = false): string {
  const clean = s.replace(NOT_XML, "\uFFFD");
  return clean.replace(attribute ? /[&<>"'\t\n\r]/g : /[&<>"'\r]/g, (c) => ENTITIES[c]!);
}

const attrs = (o: Record<string, string | number>) =>
  Object.entries(o)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v), true)}"`)
    .join("");

/**
 * JUnit XML: a <testsuite> per sheet, a <testcase> per claim; a claim that is
 * not supported is a <failure> whose type is its status and whose body gives the
 * source's sentence. Words in `ui` (default English).
 */
export function checkJunit(reports: CheckReport | readonly CheckReport[], opts: { ui?: Ui } = {}): string {
  const ui = opts.ui ?? "en";
  const list = Array.isArray(reports) ? (reports as readonly CheckReport[]) : [reports as CheckReport];
  const tests = list.reduce((n, r) => n + r.summary.claims, 0);
  const failures = list.reduce((n, r) => n + r.failed, 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attrs({ name: "feiten check", tests, failures, errors: 0 })}>`];
  for (const r of list) {
    out.push(`  <testsuite${attrs({ name: r.sheet.name, file: r.sheet.file, tests: r.summary.claims, failures: r.failed, errors: 0, skipped: 0 })}>`);
    for (const c of r.claims) {
      const name = `claims[${c.claim.index}] ${describeClaim(c.claim, ui)}`;
      const head = `  <testcase${attrs({ name, classname: r.sheet.name, file: r.sheet.file, line: c.claim.line })}`;
      if (c.status === "supported") {
        out.push(`  ${head}/>`);
        continue;
      }
      const why = explainClaim(c, ui);
      const body = [why, c.source ? `${c.source.document}: ${c.source.fact.evidence.text}` : null, c.claim.note ? `${message(ui, "check.note")}: ${c.claim.note}` : null]
        .filter((x): x is string => x !== null)
        .join("\n");
      out.push(`  ${head}>`);
      out.push(`      <failure${attrs({ type: c.status, message: `${message(ui, `check.status.${c.status}`)}: ${why}` })}>${xmlEscape(body)}</failure>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}
