import { offenceCitation } from "../law/lawTable";
import { offenceLabel } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "unverified-law",
  severity: "info",
  citation: "the law table's entry for the provision charged",
  summary: "An offence whose law-table entry is unconfirmed: verify it before relying on the drafts.",
  check({ case: theCase, law }) {
    return theCase.offences.flatMap((offence, index): RuleReport[] => {
      const entry = law.offence(offence.provision);
      if (!entry || entry.certainty !== "check") return [];
      const notes = [entry.maximumNote, entry.inForceNote].filter((n): n is string => typeof n === "string" && n.length > 0);
      return [
        {
          message:
            `parts of the law table's entry for ${offenceCitation(entry)} (${offenceLabel(theCase, index)}) are unconfirmed` +
            (notes.length > 0 ? ` (${notes.join("; ")})` : "") +
            ": ancillary uses the entry but does not state those parts as settled law",
          path: ["offences", index, "provision"],
          hint: "verify the provision's details in the legislation before relying on the drafts",
          citation: offenceCitation(entry),
        },
      ];
    });
  },
});
