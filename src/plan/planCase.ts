import type { IsoDate } from "../case/dates";
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

/** What the case's `outcome` says the court has already decided: the plan is for what is still to come. */
export interface DecidedSoFar {
  /** The date of the decisions. */
  date: string;
  /** The orders recorded as made, made in part or refused: nothing is left to plan for them. */
  decided: string[];
  /** The orders recorded as adjourned: the plan goes on for them. */
  adjourned: string[];
  /** The earliest date an order was adjourned to, when the outcome gives one: the hearing the plan is now for. */
  nextHearing: IsoDate | null;
}

/** Null for a case with no outcome (not yet sentenced). */
export function decidedSoFar(theCase: Case): DecidedSoFar | null {
  const outcome = theCase.outcome;
  if (outcome === undefined) return null;
  const entries = Object.entries(outcome.orders).filter(([, order]) => order !== undefined);
  return {
    date: outcome.date,
    decided: entries.filter(([, order]) => order!.decision !== "adjourned").map(([key]) => key),
    adjourned: entries.filter(([, order]) => order!.decision === "adjourned").map(([key]) => key),
    nextHearing: entries.flatMap(([, order]) => (order!.decision === "adjourned" && order!.adjournedTo !== undefined ? [order!.adjournedTo] : [])).sort()[0] ?? null,
  };
}

/**
 * The plan for what the court has still to decide: for an adjourned order,
 * dated by the hearing it was adjourned to, and with no action for an order
 * the court has decided.
 */
export function planWhatRemains(theCase: Case, soFar: DecidedSoFar | null): { planned: Case; actions: PlannedAction[] } {
  if (soFar === null) return { planned: theCase, actions: planCase(theCase) };
  const planned = soFar.nextHearing === null ? theCase : { ...theCase, hearing: { ...theCase.hearing, date: soFar.nextHearing } };
  const decided = new Set(soFar.decided);
  return { planned, actions: planCase(planned).filter((action) => action.order === undefined || !decided.has(action.order)) };
}
