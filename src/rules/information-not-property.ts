import { authorityCitation, deprivationCitation } from "../law/lawTable";
import { appliedItems, itemLabel } from "./support/caseIndex";
import { judgeItemNature } from "./support/itemNature";
import { defineRule, type RuleReport } from "./types";

export default defineRule({
  id: "information-not-property",
  severity: "error",
  citation: `${deprivationCitation("definition")}; ${authorityCitation("yourResponse")} (by analogy)`,
  summary: "The order can name only a physical thing (a device, a storage medium, a print): not files, data, messages or an online account.",
  check({ case: theCase }) {
    return appliedItems(theCase).flatMap(({ value: item, index }): RuleReport[] => {
      const { nature, by } = judgeItemNature(item);
      if (nature === "physical") return [];
      const label = itemLabel(theCase, index);
      const what =
        nature === "online"
          ? by === "kind"
            ? "is an online account or cloud storage"
            : "is described as an online account, cloud storage or a post"
          : "is described as the information itself (files, images, data or messages) rather than the thing that holds it";
      return [
        {
          message:
            `${label} ${what}: the order takes away rights in property it names, and information cannot be possessed apart from the medium that holds it ` +
            `(a civil rule, applied here by analogy); whether an online account can be property under the offender's control has not been decided`,
          path: ["property", index, by],
          hint:
            nature === "online"
              ? "take it out of the application and apply for the phone, drive or print that holds the images; `ancillary explain remote-data` lists what reaches copies held online"
              : "describe the phone, drive or print that holds it (make, model, exhibit reference), e.g. `Samsung Galaxy S23 mobile telephone holding the images`",
        },
      ];
    });
  },
});
