import { longDate } from "../../case/dates";
import { restrainingProcedureCitation } from "../../law/lawTable";
import { complainantsWithoutRestraining } from "../complainants";
import { weekdaysBefore } from "../due";
import { defineAction } from "../types";

export default defineAction({
  id: "serve-restraining-terms",
  citation: restrainingProcedureCitation(),
  certainty: "check",
  summary: "A case with a complainant and no restraining application: draft the proposed terms and serve them before the hearing, by the date to check.",
  check({ case: theCase, law }) {
    if (complainantsWithoutRestraining(theCase).length === 0) return [];
    const { businessDays } = law.restraining.procedure.draftBefore;
    const due = weekdaysBefore(theCase.hearing.date, businessDays);
    return [
      {
        order: "restraining",
        brief: "If one is proposed, serve the restraining order terms and evidence",
        action:
          `If a restraining order is to be proposed, draft its terms and serve them, with the evidence relied on, on the defence and the court ` +
          `by ${longDate(due)}, ${businessDays} weekdays before the hearing on ${longDate(theCase.hearing.date)} (a bank holiday in between makes it a day earlier).`,
        why:
          `The defendant must be able to consider the proposed terms and the evidence before the hearing. A draft at least ${businessDays} business days before the hearing ` +
          "was read only in the 2015 Criminal Procedure Rules (for a sexual harm prevention order); the rule covers restraining orders too, but the 2025 Rules have replaced " +
          "the 2020 Rules, and their period and rule number are not confirmed (check).",
        due,
      },
    ];
  },
});
