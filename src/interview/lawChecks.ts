import type { ValidateFunction } from "ajv/dist/2020";
import type { Case } from "../case/types";
import type { Finding } from "../diagnostics/types";
import { allRules } from "../orders/index";
import { withCaseIndex } from "../rules/support/caseIndex";
import { toFinding, type Rule, type RuleContext } from "../rules/types";
import { lawTable } from "../law/lawTable";
import { createCaseAjv, schemaForValidate } from "../schema/caseAjv";
import type { Answers } from "./answers";
import type { CaseSchema } from "./schemaNode";

/**
 * The legal rules, run on the case as answered so far, as soon as they can:
 * once what has been answered matches the schema (sections still to come may be
 * missing), every rule runs; a rule that needs a section not yet answered cannot
 * run yet and is left for later. Findings are only about sections answered.
 */
export function lawChecker(schema: CaseSchema): (data: Answers) => Finding[] {
  let partial: ValidateFunction | undefined;
  return (data) => {
    partial ??= createCaseAjv().compile({ ...schemaForValidate(schema as unknown as Record<string, unknown>), required: [] });
    if (!partial(data)) return [];
    const theCase = data as unknown as Case;
    const context = { case: theCase, law: lawTable };
    let findings: Finding[];
    try {
      findings = withCaseIndex(theCase, () => allRules.flatMap((rule) => runnable(rule, context)));
    } catch {
      return []; // the rules' index of the case needs its offences and property lists
    }
    return findings.filter((finding) => finding.path.length > 0 && data[finding.path[0] as string] !== undefined);
  };
}

function runnable(rule: Rule, context: RuleContext): Finding[] {
  try {
    return rule.check(context).map((report) => toFinding(rule, report));
  } catch {
    return []; // it needs a section not answered yet
  }
}

/** The findings not yet shown, each once: said while the user can still change the answers. */
export function newFindings(findings: ReadonlyArray<Finding>, shown: Set<string>): Finding[] {
  return findings.filter((finding) => {
    const key = `${finding.ruleId} ${finding.path.join(".")} ${finding.message}`;
    if (shown.has(key)) return false;
    shown.add(key);
    return true;
  });
}
