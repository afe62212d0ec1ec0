import type { Case, PropertyItem } from "../../case/types";
import { isOnOrAfter } from "../../case/dates";
import type { LawTable } from "../../law/lawTable";
import { judgeItemNature } from "./itemNature";

/** An item a platform report is drafted for: its place in `property`, and its number among the reports. */
export interface ReportedItem {
  item: PropertyItem;
  index: number;
  /** 1 for the first report in platform-reports.docx, and so on. */
  number: number;
}

/** Every item held online that holds intimate images: each is one place a report could deal with. */
export function onlineItemsHoldingImages(theCase: Case): Array<{ item: PropertyItem; index: number }> {
  return theCase.property.flatMap((item, index) => (item.holdsIntimateImages === true && judgeItemNature(item).nature === "online" ? [{ item, index }] : []));
}

/** Whether the report and the 48-hour duty existed on the day of the hearing ([platform-report-commencement]). */
export function platformReportInForce(theCase: Case, law: LawTable): boolean {
  return isOnOrAfter(theCase.hearing.date, law.otherOrders.platformReport.inForce);
}

/**
 * The items platform-reports.docx has a report for, numbered in the case's
 * order: every online item holding intimate images, when the hearing is on or
 * after the day the report came into force and an offence has a conviction
 * (the report says the content was the subject of one); none otherwise, as at
 * charge. The deprivation
 * application names each by its number, and the report order drafts them, so
 * both ask here and neither imports the other.
 */
export function reportedItems(theCase: Case, law: LawTable): ReportedItem[] {
  if (!platformReportInForce(theCase, law) || !theCase.offences.some((offence) => offence.conviction !== undefined)) return [];
  return onlineItemsHoldingImages(theCase).map(({ item, index }, i) => ({ item, index, number: i + 1 }));
}
