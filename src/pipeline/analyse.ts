import type { Case } from "../case/types";
import { parseYaml } from "../load/parseYaml";
import { validateSchema } from "../schema/validateSchema";
import { checkCase } from "../rules/engine";
import { allRules } from "../orders/index";
import { sortDiagnostics, type Diagnostic, type Finding } from "../diagnostics/types";
import { checkCaseFileName, protectedNameParts } from "./caseFileName";

/** The outcome of reading one case file's text: the typed case if the schema passed, and every diagnostic. */
export interface Analysis {
  diagnostics: Diagnostic[];
  /** Present when the YAML parsed and matched the schema (there may still be legal errors). */
  case?: Case;
  /** The YAML as plain data, when it parsed (whether or not the schema passed). */
  data?: unknown;
}

/** YAML text -> parse -> schema -> typed case -> rules, all diagnostics placed at a line and column. */
export function analyseCaseText(text: string): Analysis {
  const parsed = parseYaml(text);
  if (!parsed.ok) return { diagnostics: place(parsed.findings, parsed.locate) };
  const data = parsed.parsed.data;
  const schema = validateSchema(parsed.parsed);
  if (!schema.ok) return { data, diagnostics: place(schema.findings, parsed.parsed.locate) };
  const theCase = schema.data as Case;
  return { case: theCase, data, diagnostics: place(checkCase(theCase, allRules), parsed.parsed.locate) };
}

/**
 * A case file's text, analysed, from a file at `paths` (every form in which its
 * path will be printed or recorded). What validate, draft and batch all go
 * through: a file whose path names a protected complainant is refused
 * (CaseFileNameRefused) before any message can point at it.
 */
export function analyseCaseFile(text: string, paths: readonly string[]): Analysis {
  const analysis = analyseCaseText(text);
  checkCaseFileName(paths, protectedNameParts(analysis.case, analysis.data));
  return analysis;
}

function place(findings: Finding[], locate: (path: Finding["path"]) => { line: number; column: number }): Diagnostic[] {
  return sortDiagnostics(findings.map((finding) => ({ ...finding, ...locate(finding.path) })));
}
