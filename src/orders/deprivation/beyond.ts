import type { Case, PropertyItem } from "../../case/types";
import { isOnOrAfter } from "../../case/dates";
import type { LawTable } from "../../law/lawTable";
import { escapeUserText } from "../../render/markupEscape";
import { judgeItemNature } from "../../rules/support/itemNature";
import type { OtherOrders } from "../types";
import type { BeyondItemView, BeyondView } from "./viewTypes";

/**
 * Every item holding intimate images that the application does not cover,
 * with why the order cannot reach it and what deals with it instead: a term of
 * another order applied for, or a report to the online service. Null when
 * there is nothing to list, so the application has no such section.
 */
export function beyondTheOrder(theCase: Case, law: LawTable, others: OtherOrders): BeyondView | null {
  const applied = new Set(theCase.applications?.deprivation?.property ?? []);
  const reportable = isOnOrAfter(theCase.hearing.date, law.otherOrders.platformReport.inForce);
  const items = theCase.property
    .filter((item) => item.holdsIntimateImages === true && !applied.has(item.id))
    .map((item) => beyondItemView(item, others, reportable));
  if (items.length === 0) return null;
  return {
    items,
    platformReport: items.some((item) => item.platformReport),
    retentionTerm: items.some((item) => item.remedies.some((remedy) => remedy.terms.some((term) => term.id === "no-retaining-images"))),
    remedyOrders: [...new Set(items.flatMap((item) => item.remedies.map((remedy) => remedy.order)))].map((order) => ({ order })),
  };
}

function beyondItemView(item: PropertyItem, others: OtherOrders, reportable: boolean): BeyondItemView {
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
    platformReport: nature === "online" && reportable,
  };
}
