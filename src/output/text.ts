import type { FileReport } from "../diagnostics/types";
import { printablePath } from "./printable";

/** Compiler style: `case.yaml:12:5 error [rule-id] message (authority)`, then the hint. */
export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const filePath = printablePath(report.filePath);
    for (const d of report.diagnostics) {
      const citation = d.citation ? ` (${d.citation})` : "";
      lines.push(`${filePath}:${d.line}:${d.column} ${d.severity} [${d.ruleId}] ${d.message}${citation}`);
      if (d.hint) lines.push(`  hint: ${d.hint}`);
    }
  }
  lines.push(summaryLine(reports));
  return lines.join("\n") + "\n";
}

export function summaryLine(reports: FileReport[]): string {
  const all = reports.flatMap((r) => r.diagnostics);
  const count = (severity: string) => all.filter((d) => d.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const files = plural(reports.length, "file");
  const errors = count("error");
  const verdict = errors === 0 ? "no errors" : plural(errors, "error");
  return `${files} checked: ${verdict}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}`;
}
