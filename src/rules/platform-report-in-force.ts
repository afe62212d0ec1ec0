import { longDate } from "../case/dates";
import { lawTable } from "../law/lawTable";
import { itemLabel } from "./support/caseIndex";
import { onlineItemsHoldingImages, platformReportInForce } from "./support/platformReports";
import { defineRule, type RuleReport } from "./types";

const report = lawTable.otherOrders.platformReport;

export default defineRule({
  id: "platform-report-in-force",
  severity: "info",
  citation: `${report.act}, ${report.section} and ${report.takedownSection} (${report.commencedBy})`,
  summary: "The intimate image content report and the 48-hour take-down duty exist only from 29 June 2026: none is drafted for an earlier hearing.",
  check({ case: theCase, law }) {
    if (platformReportInForce(theCase, law)) return [];
    const { inForce, title, hours } = law.otherOrders.platformReport;
    return onlineItemsHoldingImages(theCase).map(({ index }): RuleReport => ({
      message:
        `${itemLabel(theCase, index)} holds intimate images online, but no ${title} is drafted for it: ` +
        `the report and the duty to take the content down within ${hours} hours did not exist until ${longDate(inForce)}, after this hearing`,
      path: ["property", index],
      hint: "nothing to change in the case; if the content is still online, tell the complainant (or whoever acts for them) of the route as it now stands",
    }));
  },
});
