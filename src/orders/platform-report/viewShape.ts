import { caseViewShape, type Shape } from "../../view/shape";
import type { PlatformReportView } from "./viewTypes";

/** What the platform report's template may name, for `ancillary check`: tied to PlatformReportView by the compiler. */
export const platformReportViewShape: Shape<PlatformReportView> = {
  ...caseViewShape,
  reports: [
    {
      number: "number",
      platform: "text",
      location: "text",
      description: "text",
      offences: [{ title: "text", citation: "text", convictedOn: "text" }],
    },
  ],
  count: "number",
  severalReports: "yes/no",
  law: {
    act: "text",
    report: "text",
    contents: "text",
    regulations: "text",
    takedown: "text",
    exception: "text",
    hours: "number",
    inForce: "text",
    anonymityAct: "text",
  },
};
