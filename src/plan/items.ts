import type { Case, PropertyItem } from "../case/types";
import type { OrderType, RemedyView } from "../orders/types";
import { ordersAppliedFor } from "../orders/index";
import { appliedIds, printableId } from "../rules/support/caseIndex";
import { judgeItemNature, type ItemNature } from "../rules/support/itemNature";

/** A property item as the plan speaks of it. */
export interface PlanItem {
  value: PropertyItem;
  index: number;
  /** Its id, or "#3" (its position) where the id might name the complainant. */
  ref: string;
  /** "P1 (Google Pixel 8 mobile telephone, black)": how an action names it. */
  label: string;
  nature: ItemNature;
  /** In the deprivation application. */
  applied: boolean;
}

/** Every item of the case as the plan speaks of it. */
export function planItems(theCase: Case): PlanItem[] {
  const applied = new Set(appliedIds(theCase));
  return theCase.property.map((value, index) => {
    const ref = printableId(theCase, value.id) ?? `#${index + 1}`;
    return { value, index, ref, label: `${ref} (${value.description.replace(/\s+/g, " ").trim()})`, nature: judgeItemNature(value).nature, applied: applied.has(value.id) };
  });
}

/**
 * The things a deprivation order could take: physical items that hold intimate
 * images, are recorded as used for an offence, or are already applied for.
 * An item listed as holding no images and used for nothing is left alone.
 */
export function itemsAnOrderCouldTake(theCase: Case): PlanItem[] {
  return planItems(theCase).filter(
    (item) => item.nature === "physical" && (item.value.holdsIntimateImages === true || item.value.use !== undefined || item.applied),
  );
}

/** Whether an item is something that is examined (a device or storage) rather than printed material. */
export function isExaminable(item: PlanItem): boolean {
  return item.value.kind !== "printed-material";
}

/** "restraining order", from the registry's "restraining order application". */
export function orderName(order: Pick<OrderType, "applicationName" | "id">): string {
  return (order.applicationName ?? order.id).replace(/ application$/, "");
}

/**
 * What the orders the case applies for would do about an item beyond a
 * deprivation order, asked of every order type in the registry: an order
 * added later answers through its own `remedyFor`, with no change here.
 */
export function remediesFor(theCase: Case, item: PropertyItem, orders: ReadonlyArray<OrderType>): Array<RemedyView & { name: string }> {
  return ordersAppliedFor(theCase, orders).flatMap((order) => {
    const remedy = order.remedyFor?.(theCase, item);
    return remedy ? [{ ...remedy, name: orderName(order) }] : [];
  });
}
