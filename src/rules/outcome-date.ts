import { isBefore } from "../case/dates";
import { lawTable } from "../law/lawTable";
import { longDate } from "./support/text";
import { theOrder } from "../case/orderNames";
import { defineRule, type RuleReport } from "./types";

/**
 * The court decides at the sentencing hearing or later: an outcome dated
 * before the hearing (or before a conviction it rests on), or adjourned to a
 * day before it was decided, is a typing mistake the results sheet would repeat.
 */
export default defineRule({
  id: "outcome-date",
  severity: "error",
  citation: `${lawTable.deprivation.act}, s.153(1)`,
  summary: "The outcome must be dated on or after the hearing and the convictions, and an adjournment must be to a later day.",
  check({ case: theCase }) {
    const outcome = theCase.outcome;
    if (!outcome) return [];
    const reports: RuleReport[] = [];
    if (isBefore(outcome.date, theCase.hearing.date)) {
      reports.push({
        message: `the outcome is dated ${longDate(outcome.date)}, before the sentencing hearing on ${longDate(theCase.hearing.date)}`,
        path: ["outcome", "date"],
        hint: "date the outcome on the day the court decided: the hearing or a later one",
      });
    } else {
      const convicted = theCase.offences.map((o) => o.conviction?.date).filter((d): d is string => d !== undefined).sort();
      const latest = convicted[convicted.length - 1];
      if (latest !== undefined && isBefore(outcome.date, latest)) {
        reports.push({
          message: `the outcome is dated ${longDate(outcome.date)}, before the conviction on ${longDate(latest)}`,
          path: ["outcome", "date"],
          hint: "the orders are made on conviction: correct the outcome date or the conviction date",
        });
      }
    }
    for (const [key, order] of Object.entries(outcome.orders)) {
      const to = order?.adjournedTo;
      if (to === undefined || isBefore(outcome.date, to)) continue;
      reports.push({
        message: `${theOrder(key)} is recorded as adjourned to ${longDate(to)}, which is not after the outcome's date`,
        path: ["outcome", "orders", key, "adjournedTo"],
        hint: "give the later date the decision was adjourned to",
      });
    }
    return reports;
  },
});
