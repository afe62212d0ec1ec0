import type { Case } from "../case/types";
import { rulesAfterOrders, rulesBeforeOrders } from "../rules/index";
import type { Rule } from "../rules/types";
import { caseViewShape, type ShapeNode } from "../view/shape";
import type { OrderDocument, OrderType, OtherOrders } from "./types";
import deprivation from "./deprivation";
import restraining from "./restraining";
import { resultSheet } from "../result/index";

/**
 * Every order type ancillary can draft. Adding one: its folder under
 * src/orders/ and a line here (docs/architecture.md has the checklist).
 */
export const orderTypes: ReadonlyArray<OrderType> = [deprivation, restraining];

/** The order types the case applies for, in the registry's order: the ones whose documents are drafted. */
export function ordersAppliedFor(theCase: Case, orders: ReadonlyArray<OrderType> = orderTypes): OrderType[] {
  return orders.filter((order) => order.isAppliedFor(theCase));
}

/**
 * Every rule, in the order `ancillary rules` lists them: the rules for every
 * case, with each order type's own between them; a rule two lists name is
 * listed (and run) once, at its first place.
 */
export function rulesOf(orders: ReadonlyArray<OrderType>): ReadonlyArray<Rule> {
  return [...new Set([...rulesBeforeOrders, ...orders.flatMap((order) => order.rules), ...rulesAfterOrders])];
}

export const allRules: ReadonlyArray<Rule> = rulesOf(orderTypes);

/**
 * The shape of the view a document template is rendered with (by its file
 * name, e.g. "order.docx.hbs"): its order's (or the results sheet's), or the case's alone for a
 * template no order drafts.
 */
export function viewShapeOf(template: string, orders: ReadonlyArray<OrderType> = orderTypes): ShapeNode {
  const confidential = orders.find((order) => order.confidential?.documents.some((d) => d.template === template))?.confidential;
  if (confidential) return confidential.viewShape;
  if (resultSheet.documents.some((d) => d.template === template)) return resultSheet.viewShape;
  return orders.find((order) => order.documents.some((d) => d.template === template))?.viewShape ?? caseViewShape;
}

/** Every document an order may draft: its own, then those it drafts only when asked (for `ancillary check`'s ownership of templates). */
export function everyDocumentOf(order: OrderType): ReadonlyArray<OrderDocument> {
  return [...order.documents, ...(order.confidential?.documents ?? [])];
}

/** What each order's view may learn of the others the case applies for: their remedies for items beyond it. */
export function otherOrdersOf(theCase: Case, order: OrderType, orders: ReadonlyArray<OrderType> = orderTypes): OtherOrders {
  const others = ordersAppliedFor(theCase, orders).filter((other) => other !== order);
  return {
    remediesFor: (item) =>
      others.flatMap((other) => {
        const remedy = other.remedyFor?.(theCase, item);
        return remedy ? [remedy] : [];
      }),
  };
}

/** An order's view of the case, knowing what the other orders applied for would do. */
export function viewOf(order: OrderType, theCase: Case, orders: ReadonlyArray<OrderType> = orderTypes): object {
  return order.buildView(theCase, undefined, otherOrdersOf(theCase, order, orders));
}
