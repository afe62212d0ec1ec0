import type { Diagnostic, FileReport } from "../diagnostics/types";
import { terminalSafeJson } from "./printable";

/** A diagnostic as JSON tools read it: the shape of `validate --format json` and the batch manifest. */
export interface JsonMessage {
  ruleId: string;
  severity: Diagnostic["severity"];
  message: string;
  line: number;
  column: number;
  citation: string | null;
  hint: string | null;
}

export function toJsonMessage(d: Diagnostic | JsonMessage): JsonMessage {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    citation: d.citation ?? null,
    hint: d.hint ?? null,
  };
}

/** One entry per file, ESLint style: { filePath, messages: [...] }. */
export function formatJson(reports: FileReport[]): string {
  const files = reports.map((report) => ({ filePath: report.filePath, messages: report.diagnostics.map(toJsonMessage) }));
  return terminalSafeJson(JSON.stringify(files, null, 2)) + "\n";
}
