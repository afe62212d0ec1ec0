import { authorityCitation } from "../law/lawTable";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "proportionality",
  severity: "warning",
  citation: authorityCitation("wrightHadley"),
  summary: "The application should say why the order is proportionate, taken with the sentence as a whole.",
  check({ case: theCase }): RuleReport[] {
    const application = theCase.applications?.deprivation;
    if (!application || application.proportionality !== undefined) return [];
    return [
      {
        message: "the application does not say why the order is proportionate: proportionality, and the sentence as a whole, bear on whether the order should be made",
        path: ["applications", "deprivation"],
        hint: `add \`proportionality:\`, weighing what the items are worth to the offender against the harm, with the rest of the sentence${theCase.otherSentence === undefined ? " (and describe that sentence in `otherSentence`)" : ""}`,
      },
    ];
  },
});
