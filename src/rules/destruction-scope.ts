import { reasonNotDestroyed } from "../case/disposal";
import { authorityCitation, deprivationCitation } from "../law/lawTable";
import { appliedItems, itemLabel } from "./support/caseIndex";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "destruction-scope",
  severity: "warning",
  citation: `${deprivationCitation("definition")}; ${authorityCitation("oleary")}`,
  summary: "Destruction is asked only for items that hold intimate images and are the offender's alone; the rest are named.",
  check({ case: theCase }) {
    if (theCase.applications?.deprivation?.disposal !== "destroy") return [];
    return appliedItems(theCase).flatMap(({ value: item, index }): RuleReport[] => {
      const label = itemLabel(theCase, index);
      switch (reasonNotDestroyed(item)) {
        case "no-images":
          return [
            {
              message: `the application asks for destruction, but ${label} ${item.holdsIntimateImages === false ? "holds no intimate images" : "is not recorded as holding intimate images"}, so the application will not ask for it to be destroyed`,
              path: ["property", index, item.holdsIntimateImages === undefined ? "id" : "holdsIntimateImages"],
              hint: "if it holds intimate images, say `holdsIntimateImages: true`; otherwise nothing is needed: the order still covers it",
              citation: authorityCitation("wrightHadley"),
              severity: "info",
            },
          ];
        case "other-owner":
          return [
            {
              message: `the application asks for destruction, but ${label} is not the offender's alone, so the application will not ask for it to be destroyed`,
              path: ["property", index, "ownership"],
              hint: "the other owner's position is needed before the court decides on the order and on what happens to the item; `third-party-property` says what it bears on",
            },
          ];
        case "owner-unknown":
          return [
            {
              message: `the application asks for destruction, but the case does not show that ${label} is the offender's alone, so the application will not ask for it to be destroyed`,
              path: ["property", index, item.ownership === undefined ? "id" : "ownership"],
              hint: "if the offender is its only owner, say `ownership: offender`",
            },
          ];
        default:
          return [];
      }
    });
  },
});
