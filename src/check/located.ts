import { isAbsolute, relative, sep } from "node:path";
import { sortDiagnostics, type Diagnostic, type FileReport } from "../diagnostics/types";

/** A diagnostic and the file it belongs to (a template, requirements.json, a golden file). */
export interface Located extends Diagnostic {
  file: string;
}

/** Paths as a person (and code scanning) reads them: relative to where the check runs, with "/" separators. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join("/");
}

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
