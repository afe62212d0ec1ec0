import type { Case } from "../case/types";
import type { OutputFile } from "../files/writeOutputs";
import { orderTypes, ordersAppliedFor, viewOf } from "../orders/index";
import type { OrderType } from "../orders/types";
import { renderDocuments, type RenderedDocument } from "../render/renderDocuments";
import type { DocumentTemplate } from "../render/templates";
import { writeText } from "../writers/text";
import { writeDocx } from "../writers/docx";

/** typed, rule-checked case -> each applied-for order's view -> its templates -> text and DOCX bytes. */
export async function draftCase(theCase: Case): Promise<OutputFile[]> {
  return renderCase(theCase).map((doc) => ({ fileName: doc.fileName, bytes: layOut(doc) }));
}

/**
 * The first half of drafting: the documents of every order the case applies
 * for (the registry's order, then each order's own), as structured documents.
 */
export function renderCase(theCase: Case, orders: ReadonlyArray<OrderType> = orderTypes, templates?: DocumentTemplate[]): RenderedDocument[] {
  return ordersAppliedFor(theCase, orders).flatMap((order) => renderDocuments(viewOf(order, theCase, orders), theCase.prosecutor.date, order.documents, templates));
}

/**
 * The documents orders draft only when asked (`draft --confidential-schedule`),
 * each from its order's confidential view, with the warning to print for each
 * order: never part of renderCase, so nothing else drafts them.
 */
export function renderConfidential(theCase: Case, orders: ReadonlyArray<OrderType> = orderTypes, templates?: DocumentTemplate[]): { documents: RenderedDocument[]; warnings: string[] } {
  const asking = ordersAppliedFor(theCase, orders).flatMap((order) => (order.confidential ? [order.confidential] : []));
  return {
    documents: asking.flatMap((c) => renderDocuments(c.buildView(theCase), theCase.prosecutor.date, c.documents, templates)),
    warnings: asking.map((c) => c.warning),
  };
}

/** The second half: one structured document as the bytes of its file. */
export function layOut(doc: Pick<RenderedDocument, "format" | "document">): Uint8Array {
  return doc.format === "docx" ? writeDocx(doc.document) : Buffer.from(writeText(doc.document), "utf8");
}
