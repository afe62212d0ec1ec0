import { longDate } from "../../case/dates";
import { restrainingProcedureCitation } from "../../law/lawTable";
import { complainantsWithoutRestraining } from "../complainants";
import { bankHolidaysCover, businessDaysBefore } from "../../case/businessDays";
import { defineAction } from "../types";

export default defineAction({
  id: "serve-restraining-terms",
  citation: restrainingProcedureCitation(),
  certainty: "check",
  summary: "A case with a complainant and no restraining application: draft the proposed terms and serve them before the hearing, by the date to check.",
  check({ case: theCase, law }) {
    if (complainantsWithoutRestraining(theCase).length === 0) return [];
    const { businessDays } = law.restraining.procedure.draftBefore;
    // England and Wales bank holidays are counted where the data is trusted for the year; otherwise weekends only, and the action says so.
    const covered = bankHolidaysCover(theCase.hearing.date);
    const due = businessDaysBefore(theCase.hearing.date, businessDays, { bankHolidays: covered });
    return [
      {
        order: "restraining",
        brief: "If one is proposed, serve the restraining order terms and evidence",
        action:
          `If a restraining order is to be proposed, draft its terms and serve them, with the evidence relied on, on the defence and the court ` +
          `by ${longDate(due)}, ${businessDays} business days before the hearing on ${longDate(theCase.hearing.date)}` +
          (covered ? " (weekends and England and Wales bank holidays not counted)." : " (weekends not counted; the bank holidays of that year are not in ancillary's data, so check for one in between)."),
        why:
          `The defendant must be able to consider the proposed terms and the evidence before the hearing. A draft at least ${businessDays} business days before the hearing ` +
          "was read only in the 2015 Criminal Procedure Rules (for a sexual harm prevention order); the rule covers restraining orders too, but the 2025 Rules have replaced " +
          "the 2020 Rules, and their period and rule number are not confirmed (check).",
        due,
      },
    ];
  },
});
