import type { Case } from "../case/types";
import type { CasePath, Finding, Severity } from "../diagnostics/types";
import type { LawTable } from "../law/lawTable";

/** What a rule may report: its id, severity and citation are filled in from its metadata. */
export interface RuleReport {
  message: string;
  path: CasePath;
  hint?: string;
  /** Overrides the rule's citation where one finding rests on a narrower provision. */
  citation?: string;
  /** Overrides the rule's default severity (rarely: e.g. info beside an error). */
  severity?: Severity;
}

export interface RuleContext {
  case: Case;
  law: LawTable;
}

export interface RuleMeta {
  /** Kebab-case id, part of the public interface: never rename. */
  id: string;
  severity: Severity;
  /** The authority, e.g. "Sentencing Act 2020, s.153(2)". */
  citation: string;
  /** One line for `ancillary rules`. */
  summary: string;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): RuleReport[];
}

/** Declares a rule; the type keeps metadata and check together. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export function toFinding(rule: RuleMeta, report: RuleReport): Finding {
  return {
    ruleId: rule.id,
    severity: report.severity ?? rule.severity,
    message: report.message,
    path: report.path,
    hint: report.hint,
    citation: report.citation ?? rule.citation,
  };
}
