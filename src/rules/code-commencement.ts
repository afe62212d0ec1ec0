import { isBefore } from "../case/dates";
import { lawTable } from "../law/lawTable";
import { offenceLabel } from "./support/caseIndex";
import { longDate } from "./support/text";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "code-commencement",
  severity: "error",
  citation: lawTable.sentencingCode.commencement.source,
  summary: "Each conviction must be on or after the day the Sentencing Code began to apply; earlier convictions fall under the old power.",
  check({ case: theCase, law }) {
    const start = law.sentencingCodeCommencement;
    return theCase.offences.flatMap((offence, index): RuleReport[] => {
      if (!offence.conviction || !isBefore(offence.conviction.date, start)) return [];
      return [
        {
          message:
            `the conviction for ${offenceLabel(theCase, index)} is dated before ${longDate(start)}, when the Sentencing Code began to apply to convictions: ` +
            `the power for it is the old one, ${law.predecessorPower}, and ancillary drafts only under the Code`,
          path: ["offences", index, "conviction", "date"],
          hint: `correct the date if it is wrong; otherwise draft the application under ${law.predecessorPower} yourself`,
        },
      ];
    });
  },
});
