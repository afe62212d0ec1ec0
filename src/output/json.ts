import type { FileReport } from "../diagnostics/types";

/** One entry per file, ESLint style: { filePath, messages: [...] }. */
export function formatJson(reports: FileReport[]): string {
  const files = reports.map((report) => ({
    filePath: report.filePath,
    messages: report.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      line: d.line,
      column: d.column,
      citation: d.citation ?? null,
      hint: d.hint ?? null,
    })),
  }));
  return JSON.stringify(files, null, 2) + "\n";
}
