/** Where a value sits in the source: 1-based, as editors count. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A path into the case data, e.g. ["property", 0, "value"]. */
export type CasePath = ReadonlyArray<string | number>;

export type Severity = "error" | "warning" | "info";

/** A finding before it has been placed in the source file. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The field the finding concerns; a missing field is reported at its parent. */
  path: CasePath;
  /** How to fix it, in one sentence. */
  hint?: string;
  /** The authority, e.g. "Sentencing Act 2020, s.153(2)". */
  citation?: string;
}

/** Another place a finding concerns, for tools (SARIF's relatedLocations): e.g. the approved wording a change differs from. */
export interface RelatedPlace {
  file: string;
  line: number;
  /** What is there, in a few words. */
  message: string;
}

/** A finding placed at a line and column of the file. */
export interface Diagnostic extends Finding, SourcePosition {
  /**
   * What makes it the same finding from one run to the next when its file,
   * rule and message do not (code scanning matches findings across runs by it).
   */
  identity?: string;
  related?: RelatedPlace[];
}

/** Every diagnostic for one input file. */
export interface FileReport {
  filePath: string;
  diagnostics: Diagnostic[];
}

export function hasErrors(diagnostics: ReadonlyArray<Finding>): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Source order first, then errors before warnings, so output reads top to bottom. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
