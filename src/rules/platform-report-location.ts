import { lawTable } from "../law/lawTable";
import { itemLabel } from "./support/caseIndex";
import { reportedItems } from "./support/platformReports";
import { defineRule, type RuleReport } from "./types";

const report = lawTable.otherOrders.platformReport;

export default defineRule({
  id: "platform-report-location",
  severity: "warning",
  citation: `${report.act}, ${report.contentsSection}(d)`,
  summary: "A place online holding intimate images should say which service holds it (`platform`) and where on it the content is (`location`), so its report identifies the content.",
  check({ case: theCase, law }) {
    // Only where a report is drafted: from the day it came into force, once there is a conviction.
    return reportedItems(theCase, law).flatMap(({ item, index }): RuleReport[] => {
      const label = itemLabel(theCase, index);
      const findings: RuleReport[] = [];
      if (item.location === undefined) {
        findings.push({
          message: `${label} holds intimate images online but has no \`location\`, so the intimate image content report drafted for it cannot say where the content is, and a report must identify it`,
          path: ["property", index],
          hint: "add `location:` with a link to the content, or the number of the post or account (never one containing the complainant's name); otherwise the report leaves a blank for the person reporting to fill in",
        });
      }
      if (item.platform === undefined) {
        findings.push({
          message: `${label} holds intimate images online but has no \`platform\`, so the report drafted for it does not say which service to send it to`,
          path: ["property", index],
          hint: "add `platform:` with the service's name, e.g. `platform: Instagram`; otherwise the report leaves a blank for it",
        });
      }
      return findings;
    });
  },
});
