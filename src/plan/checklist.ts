import type { Case } from "../case/types";
import type { OrderDocument } from "../orders/types";
import { renderDocuments, type RenderedDocument } from "../render/renderDocuments";
import type { DocumentTemplate } from "../render/templates";
import { buildChecklistView } from "./checklistView";
import type { PlannedAction } from "./types";

/** The plan's one document: a one-page checklist for the case file. */
export const planDocuments: ReadonlyArray<OrderDocument> = [{ template: "plan-checklist.docx.hbs", fileName: "plan-checklist.docx" }];

/** The checklist as a structured document, through the templates like any order's documents. */
export function renderChecklist(theCase: Case, actions: ReadonlyArray<PlannedAction>, templates?: DocumentTemplate[]): RenderedDocument[] {
  return renderDocuments(buildChecklistView(theCase, actions), theCase.prosecutor.date, planDocuments, templates);
}
