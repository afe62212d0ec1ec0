import { authorityCitation, deprivationCitation } from "../law/lawTable";
import { appliedIds, itemLabel } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "deprivation-not-sought",
  severity: "warning",
  citation: `${authorityCitation("cpsGuidance")}; ${deprivationCitation("availability")}`,
  summary: "After a conviction for an intimate image offence, each device holding the images should be in a deprivation application.",
  check({ case: theCase, law }) {
    const convicted = theCase.offences.some((o) => o.conviction !== undefined && law.offence(o.provision)?.intimateImage === true);
    if (!convicted) return [];
    const sought = new Set(appliedIds(theCase));
    return theCase.property.flatMap((item, index): RuleReport[] => {
      // An account is beyond the order's reach: remote-data says what reaches it instead.
      if (item.holdsIntimateImages !== true || item.kind === "cloud-account" || sought.has(item.id)) return [];
      return [
        {
          message:
            `${itemLabel(theCase, index)} holds intimate images and the offender is convicted of an intimate image offence, but no deprivation order is sought for it, ` +
            "so the offender may keep it with the images on it",
          path: ["property", index, "holdsIntimateImages"],
          hint: `${authorityCitation("cpsGuidance")} asks prosecutors to seek the order for such items: add it to \`applications.deprivation.property\``,
        },
      ];
    });
  },
});
