import type { StructuredDocument } from "../document/model";
import type { ViewModel } from "../view/types";
import { parseMarkup } from "./markup";
import { loadTemplates, type DocumentTemplate } from "./templates";

export interface RenderedDocument {
  fileName: string;
  format: DocumentTemplate["format"];
  document: StructuredDocument;
}

let cached: DocumentTemplate[] | undefined;

/** Renders every document template for one case; templates are compiled once per process. */
export function renderDocuments(viewModel: ViewModel, isoDate: string, templates: DocumentTemplate[] = (cached ??= loadTemplates())): RenderedDocument[] {
  return templates.map((template) => ({
    fileName: template.fileName,
    format: template.format,
    document: parseMarkup(template.render(viewModel), isoDate),
  }));
}
