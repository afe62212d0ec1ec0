import { deprivationCitation } from "../law/lawTable";
import { defineRule } from "./types";

export default defineRule({
  id: "conviction-required",
  severity: "error",
  citation: deprivationCitation("availability"),
  summary: "A deprivation order follows a conviction: an application needs at least one offence with a conviction.",
  check({ case: theCase }) {
    if (!theCase.applications?.deprivation) return [];
    if (theCase.offences.some((offence) => offence.conviction !== undefined)) return [];
    return [
      {
        message:
          "a deprivation order is sought but no offence in the case has a conviction: the power belongs to the court by or before which the offender is convicted",
        path: ["applications", "deprivation"],
        hint: "add `conviction: { date, plea }` to each offence the defendant has been convicted of, or leave the application out until there is a conviction",
      },
    ];
  },
});
