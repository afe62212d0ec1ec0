import type { Case } from "../case/types";
import { lawTable, type LawTable } from "../law/lawTable";
import { orderTypes } from "../orders/index";
import type { OrderType } from "../orders/types";
import { withCaseIndex } from "../rules/support/caseIndex";
import { actionRules } from "./actions/index";
import { toAction, type ActionRule, type PlannedAction } from "./types";

/**
 * What to do now so that the orders are available at sentence: every action
 * rule over the case, in the rules' order, item by item within each.
 */
export function planCase(
  theCase: Case,
  law: LawTable = lawTable,
  orders: ReadonlyArray<OrderType> = orderTypes,
  rules: ReadonlyArray<ActionRule> = actionRules,
): PlannedAction[] {
  return withCaseIndex(theCase, () => rules.flatMap((rule) => rule.check({ case: theCase, law, orders }).map((report) => toAction(rule, report))));
}

/**
 * The findings that stop a plan: a plan prints the case's own words (item
 * descriptions, ciphers), so a case whose text names a protected complainant
 * is refused as `draft` refuses it; one outside England and Wales is outside
 * the law the actions rest on; and references that do not resolve leave the
 * actions nothing sure to speak of. Every other error is what a case not yet
 * sentenced may still have (a deprivation application before a conviction,
 * an item with no evidence of use): the plan is how it gets fixed.
 */
export const RULES_THAT_STOP_A_PLAN: ReadonlySet<string> = new Set(["complainant-named", "jurisdiction", "references-resolve"]);
