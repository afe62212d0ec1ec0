import type { Case, PropertyItem } from "../../case/types";
import type { LawTable } from "../../law/lawTable";
import { escapeUserText } from "../../render/markupEscape";
import { judgeItemNature } from "../../rules/support/itemNature";
import { reportedItems } from "../../rules/support/platformReports";
import type { OtherOrders } from "../types";
import type { BeyondItemView, BeyondView, ItemReportView } from "./viewTypes";

/**
 * Every item holding intimate images that the application does not cover,
 * with why the order cannot reach it and what deals with it instead: a term of
 * another order applied for, or the intimate image content report drafted for
 * it (by its number in the reports, which src/rules/support/platformReports.ts
 * numbers for both documents). Null when there is nothing to list, so the
 * application has no such section.
 */
export function beyondTheOrder(theCase: Case, law: LawTable, others: OtherOrders): BeyondView | null {
  const applied = new Set(theCase.applications?.deprivation?.property ?? []);
  const reports = new Map(reportedItems(theCase, law).map((reported) => [reported.item, reported]));
  const items = theCase.property
    .filter((item) => item.holdsIntimateImages === true && !applied.has(item.id))
    .map((item) => beyondItemView(item, others, reportView(reports.get(item)?.number, item)));
  if (items.length === 0) return null;
  return {
    items,
    platformReport: items.some((item) => item.platformReport !== null),
    severalReports: reports.size > 1,
    retentionTerm: items.some((item) => item.remedies.some((remedy) => remedy.terms.some((term) => term.id === "no-retaining-images"))),
    remedyOrders: [...new Set(items.flatMap((item) => item.remedies.map((remedy) => remedy.order)))].map((order) => ({ order })),
  };
}

/** The report drafted for the item, by number and service; null when none is (not online, or the hearing came before the report existed). */
function reportView(number: number | undefined, item: PropertyItem): ItemReportView | null {
  return number === undefined ? null : { number, platform: item.platform === undefined ? null : escapeUserText(item.platform) };
}

function beyondItemView(item: PropertyItem, others: OtherOrders, report: ItemReportView | null): BeyondItemView {
  const nature = judgeItemNature(item).nature;
  const physical = nature === "physical";
  const notSeized = physical && (item.seizure === undefined || item.seizure.route === "not-seized");
  const noUse = physical && item.use === undefined;
  return {
    description: escapeUserText(item.description),
    exhibit: item.identifiers?.exhibit === undefined ? null : escapeUserText(item.identifiers.exhibit),
    online: nature === "online",
    information: nature === "information",
    notSeized,
    noUse,
    notApplied: physical && !notSeized && !noUse,
    remedies: others.remediesFor(item),
    platformReport: report,
  };
}
