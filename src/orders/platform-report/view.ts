import type { Case, PropertyItem } from "../../case/types";
import { lawTable, type LawTable } from "../../law/lawTable";
import { escapeUserText } from "../../render/markupEscape";
import { reportedItems } from "../../rules/support/platformReports";
import { buildCaseView } from "../../view/caseView";
import { formatDate } from "../../view/format";
import type { OffenceView } from "../../view/types";
import type { PlatformReportLawView, PlatformReportView, ReportView } from "./viewTypes";

/**
 * Builds what the platform report's template sees from a case that has passed
 * every rule: one report for each item src/rules/support/platformReports.ts
 * lists, in the same order, so the deprivation application's numbers match.
 */
export function buildPlatformReportView(theCase: Case, law: LawTable = lawTable): PlatformReportView {
  const caseView = buildCaseView(theCase, law);
  const reports = reportedItems(theCase, law).map(({ item, number }) => reportView(item, number, caseView.convictedOffences));
  return {
    ...caseView,
    reports,
    count: reports.length,
    severalReports: reports.length > 1,
    law: lawView(law),
  };
}

function reportView(item: PropertyItem, number: number, convicted: OffenceView[]): ReportView {
  const optional = (value: string | undefined) => (value === undefined ? null : escapeUserText(value));
  const tied = new Set(item.use?.offences ?? []);
  const offences = convicted.some((o) => tied.has(o.id)) ? convicted.filter((o) => tied.has(o.id)) : convicted;
  return {
    number,
    platform: optional(item.platform),
    location: optional(item.location),
    description: escapeUserText(item.description),
    offences: offences.map((o) => ({ title: o.title, citation: o.citation, convictedOn: o.conviction?.date ?? null })),
  };
}

function lawView(law: LawTable): PlatformReportLawView {
  const report = law.otherOrders.platformReport;
  const cite = (section: string) => escapeUserText(`${report.act}, ${section}`);
  return {
    act: escapeUserText(report.act),
    report: cite(report.section),
    contents: cite(report.contentsSection),
    regulations: cite(report.regulationsSection),
    takedown: cite(report.takedownSection),
    exception: cite(report.exceptionSection),
    hours: report.hours,
    inForce: formatDate(report.inForce),
    anonymityAct: escapeUserText(law.anonymity.act),
  };
}
