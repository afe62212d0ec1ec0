import { sortDiagnostics, type Diagnostic, type FileReport } from "../diagnostics/types";
import { displayPath } from "../paths";

/** A diagnostic and the file it belongs to (a template, requirements.json, a golden file). */
export interface Located extends Diagnostic {
  file: string;
}

export { displayPath } from "../paths";

/** Groups diagnostics by file, files in name order, each file's diagnostics in source order. Duplicates go. */
export function toReports(located: Located[]): FileReport[] {
  const byFile = new Map<string, Diagnostic[]>();
  const seen = new Set<string>();
  for (const { file, ...diagnostic } of located) {
    const filePath = displayPath(file);
    const key = `${filePath}:${diagnostic.line}:${diagnostic.column}:${diagnostic.ruleId}:${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byFile.set(filePath, [...(byFile.get(filePath) ?? []), diagnostic]);
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([filePath, diagnostics]) => ({ filePath, diagnostics: sortDiagnostics(diagnostics) }));
}
