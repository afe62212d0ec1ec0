import type { Case } from "../case/types";
import type { Finding } from "../diagnostics/types";
import { lawTable, type LawTable } from "../law/lawTable";
import { toFinding, type Rule } from "./types";
import { withCaseIndex } from "./support/caseIndex";

/** Runs the rules (all of them: src/orders/index.ts) over a schema-valid case and collects all findings at once. */
export function checkCase(theCase: Case, rules: ReadonlyArray<Rule>, law: LawTable = lawTable): Finding[] {
  const context = { case: theCase, law };
  return withCaseIndex(theCase, () => rules.flatMap((rule) => rule.check(context).map((report) => toFinding(rule, report))));
}

export function findRule(id: string, rules: ReadonlyArray<Rule>): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
