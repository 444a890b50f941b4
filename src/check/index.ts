// `feiten check sheet.yaml`: the numbers of an article (a fact sheet) against
// the facts of the documents it is based on. See docs/fact-sheet.md.
import { message, type Ui } from "../core/messages.js";
import type { SheetError } from "./sheet.js";

export { parseSheet, parseCountPhrase, resolveSources, MAX_SHEET_BYTES, MAX_ALIAS_COUNT, type Sheet, type SheetSource, type Claim, type SheetError, type ParsedSheet, type SheetLang, type Timeframe } from "./sheet.js";
export { checkClaims, CLAIM_STATUSES, type CheckReport, type ClaimCheck, type ClaimStatus, type SourceMatch } from "./check.js";
export { formatCheck, checkJson, checkJunit, describeClaim, explainClaim, xmlEscape, type CheckJson } from "./report.js";

/** A sheet error as editors and compilers write them: sheet.yaml:7:5: claims[2].weapons: expected a number, a range or a count phrase. */
export function formatSheetError(e: SheetError, ui: Ui): string {
  return `${e.file}:${e.line}:${e.column}: ${e.path ? `${e.path}: ` : ""}${message(ui, e.notice.key, e.notice.params)}`;
}
