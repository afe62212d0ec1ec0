import type { OrderOutcome } from "../case/types";
import { lawTable } from "../law/lawTable";
import { theOrder } from "../case/orderNames";
import { defineRule, type RuleReport } from "./types";

/**
 * What each order's outcome lists when the order is made, each entry a field or
 * a choice of fields of which one must be given: the items for a deprivation
 * order; the terms and period for a restraining order; the period and at least
 * one prohibition or requirement for a sexual harm prevention order.
 */
const MADE_WITH: Record<string, ReadonlyArray<ReadonlyArray<string>>> = {
  deprivation: [["property"]],
  restraining: [["terms"], ["until"]],
  shpo: [["prohibitions", "requirements"], ["until"]],
};

/** Each order's application lists its outcome is compared with, to tell "made" from "made in part". */
const APPLIED_LISTS: Record<string, ReadonlyArray<string>> = { deprivation: ["property"], restraining: ["terms"], shpo: ["prohibitions", "requirements"] };

const listed = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => JSON.stringify(v)) : []);
const either = (fields: ReadonlyArray<string>) => fields.map((f) => `\`${f}\``).join(" or ");

/**
 * The decision and what is recorded with it must agree: an order made lists
 * what it covers; one refused or adjourned lists nothing as made; "made" covers
 * all that was applied for, and "made-in-part" leaves something out.
 */
export default defineRule({
  id: "outcome-decision",
  severity: "error",
  citation: `${lawTable.deprivation.act}, ss.152-153, ss.359-360 and Part 11, Chapter 2`,
  summary: "An order recorded as made lists what it covers; one refused or adjourned lists nothing as made.",
  check({ case: theCase }) {
    const orders = theCase.outcome?.orders;
    if (!orders) return [];
    const reports: RuleReport[] = [];
    for (const [key, outcome] of Object.entries(orders) as Array<[string, (OrderOutcome & Record<string, unknown>) | undefined]>) {
      if (!outcome) continue;
      const choices = MADE_WITH[key] ?? [];
      const made = outcome.decision === "made" || outcome.decision === "made-in-part";
      if (made) {
        for (const choice of choices.filter((fields) => fields.every((f) => outcome[f] === undefined))) {
          reports.push({
            message: `${theOrder(key)} is recorded as ${outcome.decision} but its outcome gives no ${either(choice)}`,
            path: ["outcome", "orders", key, "decision"],
            hint: `list the ${choice.join(" or ")} as the court made the order, or correct the decision`,
          });
        }
      } else {
        for (const field of choices.flat().filter((f) => outcome[f] !== undefined)) {
          reports.push({
            message: `${theOrder(key)} is recorded as ${outcome.decision}, yet its outcome gives \`${field}\` as made`,
            path: ["outcome", "orders", key, field],
            hint: `remove \`${field}\`, or record the decision as made or made-in-part`,
          });
        }
        if (outcome.decision === "adjourned" && outcome.adjournedTo === undefined) {
          reports.push({
            message: `${theOrder(key)} is recorded as adjourned without the date it was adjourned to`,
            path: ["outcome", "orders", key, "decision"],
            hint: "add `adjournedTo: YYYY-MM-DD`",
            severity: "warning",
          });
        }
        if (outcome.decision !== "adjourned" && outcome.adjournedTo !== undefined) {
          reports.push({
            message: `${theOrder(key)} is recorded as ${outcome.decision}, yet gives a date it was adjourned to`,
            path: ["outcome", "orders", key, "adjournedTo"],
            hint: "remove `adjournedTo`, or record the decision as adjourned",
          });
        }
      }
      const appliedFields = APPLIED_LISTS[key] ?? [];
      const application = (theCase.applications as Record<string, Record<string, unknown> | undefined> | undefined)?.[key];
      if (!made || application === undefined || appliedFields.every((f) => outcome[f] === undefined)) continue;
      // Each list compared with its own: a prohibition is not granted by the same words as a requirement.
      const leftOut = appliedFields.reduce((sum, f) => {
        const granted = new Set(listed(outcome[f]));
        return sum + listed(application[f]).filter((a) => !granted.has(a)).length;
      }, 0);
      const appliedField = appliedFields.join(" and ");
      if (outcome.decision === "made" && leftOut > 0) {
        reports.push({
          message: `${theOrder(key)} is recorded as made, but leaves out ${leftOut === 1 ? "one" : leftOut} of the ${appliedField} applied for`,
          path: ["outcome", "orders", key, "decision"],
          hint: "record it as made-in-part (with the court's reasons), or list everything the court ordered",
          severity: "warning",
        });
      } else if (outcome.decision === "made-in-part" && leftOut === 0) {
        reports.push({
          message: `${theOrder(key)} is recorded as made in part, yet covers all the ${appliedField} applied for`,
          path: ["outcome", "orders", key, "decision"],
          hint: "record it as made, or list only what the court ordered",
          severity: "warning",
        });
      }
    }
    return reports;
  },
});
