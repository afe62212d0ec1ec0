import { otherOrderCitation } from "../law/lawTable";
import { itemLabel } from "./support/caseIndex";
import { judgeItemNature } from "./support/itemNature";
import { routesBeyondTheOrder } from "./support/otherRoutes";
import { defineRule, type RuleReport } from "./types";
import type { Case } from "../case/types";
import type { LawTable } from "../law/lawTable";
import { reportedItems } from "./support/platformReports";

export default defineRule({
  id: "remote-data",
  severity: "warning",
  citation: `${otherOrderCitation("restraining")}; ${otherOrderCitation("shpo")}; Online Safety Act 2023, s.20A`,
  summary: "An online account or copy holding intimate images is beyond a deprivation order: name what can reach it.",
  check({ case: theCase, law }) {
    return theCase.property.flatMap((item, index): RuleReport[] => {
      if (item.holdsIntimateImages !== true) return [];
      const { nature, by } = judgeItemNature(item);
      if (nature !== "online") return [];
      return [
        {
          message:
            `${itemLabel(theCase, index)} holds intimate images online (an account, cloud storage or a post), where a deprivation order cannot be relied on to reach them: ` +
            `what can reach them: ${routesBeyondTheOrder(theCase, law)}`,
          path: ["property", index, by],
          hint: `${restrainingHint(theCase)}, and ${reportHint(theCase, law)}`,
        },
      ];
    });
  },
});

/** What to tell the complainant: where ancillary drafts a report (in force, and a conviction), that one is theirs to send. */
function reportHint(theCase: Case, law: LawTable): string {
  return reportedItems(theCase, law).length > 0
    ? "give the complainant (or whoever acts for them) the intimate image content report drafted for it in platform-reports.docx, to complete and send to the platform"
    : "tell the complainant (or whoever acts for them) how to report the content to the platform";
}

/** What to do about the restraining order, given what the case already asks for: the `no-images` term is the one that forbids sharing. */
function restrainingHint(theCase: Case): string {
  const restraining = theCase.applications?.restraining;
  if (!restraining) return "ask for a restraining order with the `no-images` term beside the deprivation order";
  if (restraining.terms.includes("no-images")) return "the proposed restraining order's `no-images` term forbids sharing them: keep it in";
  return "add the `no-images` term to the proposed restraining order";
}
