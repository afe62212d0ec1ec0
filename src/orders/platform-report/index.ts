/**
 * The intimate image content report (Online Safety Act 2023, s.20A, from 29
 * June 2026): not a court order but a document the case yields, for the
 * complainant or someone acting for them to complete and send to each service
 * holding the images. Nothing applies for it, so it has no section under
 * `applications`: it is drafted whenever the case has a place online holding
 * intimate images and the hearing is on or after the day the report came into
 * force (src/rules/support/platformReports.ts). One document holds every
 * report, each on its own page.
 */
import { lawTable } from "../../law/lawTable";
import { reportedItems } from "../../rules/support/platformReports";
import { defineOrderType } from "../types";
import { buildPlatformReportView } from "./view";
import { platformReportViewShape } from "./viewShape";
import platformReportLocation from "../../rules/platform-report-location";
import platformReportInForce from "../../rules/platform-report-in-force";

export default defineOrderType({
  id: "platform-report",
  isAppliedFor: (theCase) => reportedItems(theCase, lawTable).length > 0,
  rules: [platformReportLocation, platformReportInForce],
  documents: [{ template: "platform-reports.docx.hbs", fileName: "platform-reports.docx" }],
  buildView: buildPlatformReportView,
  viewShape: platformReportViewShape,
  law: ["otherOrders.platformReport", "anonymity"],
});
