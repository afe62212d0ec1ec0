import { authorityCitation, deprivationCitation } from "../law/lawTable";
import { appliedIds, itemLabel } from "./support/caseIndex";
import { judgeItemNature } from "./support/itemNature";
import { routesBeyondTheOrder } from "./support/otherRoutes";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "deprivation-not-sought",
  severity: "warning",
  citation: `${authorityCitation("cpsGuidance")}; ${deprivationCitation("availability")}`,
  summary: "After a conviction for an intimate image offence, each item used for an offence and holding the images should be in a deprivation application.",
  check({ case: theCase, law }) {
    const convicted = theCase.offences.some((o) => o.conviction !== undefined && law.offence(o.provision)?.intimateImage === true);
    if (!convicted) return [];
    const sought = new Set(appliedIds(theCase));
    return theCase.property.flatMap((item, index): RuleReport[] => {
      // Online copies are remote-data's: the order does not reach them.
      if (item.holdsIntimateImages !== true || sought.has(item.id) || judgeItemNature(item).nature === "online") return [];
      const label = itemLabel(theCase, index);
      if (item.use !== undefined) {
        return [
          {
            message: `${label} holds intimate images and the case records its use for an offence, but no deprivation order is sought for it, so the offender may keep it with the images on it`,
            path: ["property", index, "holdsIntimateImages"],
            hint: `the CPS asks prosecutors to consider the order early (${authorityCitation("cpsGuidance")}): add it to \`applications.deprivation.property\` with the evidence of its use`,
          },
        ];
      }
      // Holding the images is not using the item: the order is not the route for it.
      return [
        {
          message:
            `${label} holds intimate images, but the case records no use of it for an offence: a deprivation order reaches only property used, or intended by the offender to be used, ` +
            `to commit or facilitate an offence, so holding the images is not enough`,
          path: ["property", index, "holdsIntimateImages"],
          hint: `if the evidence shows it was so used, record \`use\` with that evidence and apply for it; otherwise what can reach the images: ${routesBeyondTheOrder(theCase, law)}`,
          citation: deprivationCitation("purposeCondition"),
        },
      ];
    });
  },
});
