import { orderTypes, viewShapeOf, everyDocumentOf } from "../orders/index";
import type { OrderDocument, OrderType } from "../orders/types";
import { planDocuments } from "../plan/checklist";
import { checklistViewShape } from "../plan/checklistView";
import { resultSheet } from "../result/index";
import type { ShapeNode } from "../view/shape";

/**
 * Documents a command drafts from the templates folder that belong to no
 * order: `plan --docx`'s checklist and `result`'s results sheet. Their templates are checked like an
 * order's, against their own view; the examples drafted for the golden files
 * are the orders' documents only.
 */
const commandDocuments: ReadonlyArray<{ documents: ReadonlyArray<OrderDocument>; viewShape: ShapeNode }> = [
  { documents: planDocuments, viewShape: checklistViewShape },
  { documents: resultSheet.documents, viewShape: resultSheet.viewShape },
];

/** The shape of the view a document template (by file name, e.g. "order.docx.hbs") is rendered with. */
export function documentShapeOf(template: string, orders: ReadonlyArray<OrderType> = orderTypes): ShapeNode {
  return commandDocuments.find((owner) => owner.documents.some((d) => d.template === template))?.viewShape ?? viewShapeOf(template, orders);
}

/** Every template some document is drafted from: each order's, and each command's. */
export function ownedTemplates(orders: ReadonlyArray<OrderType> = orderTypes): Set<string> {
  return new Set([...orders.flatMap((order) => everyDocumentOf(order)), ...commandDocuments.flatMap((owner) => owner.documents)].map((d) => d.template));
}
