import type { Case } from "../case/types";
import { parseYaml } from "../load/parseYaml";
import { validateSchema } from "../schema/validateSchema";
import { checkCase } from "../rules/engine";
import { sortDiagnostics, type Diagnostic, type Finding } from "../diagnostics/types";

/** The outcome of reading one case file's text: the typed case if the schema passed, and every diagnostic. */
export interface Analysis {
  diagnostics: Diagnostic[];
  /** Present when the YAML parsed and matched the schema (there may still be legal errors). */
  case?: Case;
}

/** YAML text -> parse -> schema -> typed case -> rules, all diagnostics placed at a line and column. */
export function analyseCaseText(text: string): Analysis {
  const parsed = parseYaml(text);
  if (!parsed.ok) return { diagnostics: place(parsed.findings, parsed.locate) };
  const schema = validateSchema(parsed.parsed);
  if (!schema.ok) return { diagnostics: place(schema.findings, parsed.parsed.locate) };
  const theCase = schema.data as Case;
  return { case: theCase, diagnostics: place(checkCase(theCase), parsed.parsed.locate) };
}

function place(findings: Finding[], locate: (path: Finding["path"]) => { line: number; column: number }): Diagnostic[] {
  return sortDiagnostics(findings.map((finding) => ({ ...finding, ...locate(finding.path) })));
}
