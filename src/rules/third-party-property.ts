import type { Ownership } from "../case/types";
import { authorityCitation, deprivationCitation, type LawTable } from "../law/lawTable";
import { appliedItems, itemLabel } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

/** The other owner's position, as docs/law.md gives it ([s152], [oleary], [police-property-act], [claims-after-order]). */
function otherOwnersPosition(law: LawTable): string {
  const claims = law.deprivation.claims;
  return (
    `the order takes away only the offender's rights, if any; before it is made the court should hear the other person, ` +
    `since an innocent owner's interest calls for weighing the item's value, that owner's own part in its misuse and the effect of the order on them (${authorityCitation("oleary")}); ` +
    `afterwards they may ask a magistrates' court to order its return (${claims.act}, ${claims.section}, applied to these orders under the old power by ${claims.appliedBy}), ` +
    "though the time limit and conditions of such a claim after a deprivation order are unconfirmed"
  );
}

const WHOSE: Partial<Record<Ownership, string>> = {
  joint: "is owned jointly with someone else",
  "third-party": "belongs to someone other than the offender",
  unknown: "has no known owner",
};

export default defineRule({
  id: "third-party-property",
  severity: "warning",
  citation: `${deprivationCitation("definition")}; ${authorityCitation("oleary")}`,
  summary: "Property owned jointly or by someone else (or by nobody known) needs that person's position put before the court.",
  check({ case: theCase, law }) {
    return appliedItems(theCase).flatMap(({ value: item, index }): RuleReport[] => {
      const whose = item.ownership === undefined ? undefined : WHOSE[item.ownership];
      if (whose === undefined) return [];
      const unknown = item.ownership === "unknown";
      return [
        {
          message: `${itemLabel(theCase, index)} ${whose}: ${otherOwnersPosition(law)}`,
          path: ["property", index, "ownership"],
          hint: unknown
            ? "find out who owns it before the hearing, and say so in the case"
            : "tell the court who the other owner is and what they say about the order; the application will not ask for this item to be destroyed",
          severity: unknown ? "info" : undefined,
        },
      ];
    });
  },
});
