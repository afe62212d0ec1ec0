import type { StructuredDocument } from "../document/model";
import { parseMarkup } from "./markup";
import { loadTemplates, type DocumentTemplate } from "./templates";

export interface RenderedDocument {
  fileName: string;
  format: DocumentTemplate["format"];
  document: StructuredDocument;
}

/** Which documents to render: a template's file name in the templates folder, and the file it becomes. */
export interface DocumentToRender {
  template: string;
  fileName: string;
}

let cached: DocumentTemplate[] | undefined;

/** The templates folder's document templates, compiled once per process. */
export function defaultTemplates(): DocumentTemplate[] {
  return (cached ??= loadTemplates());
}

/**
 * Renders the named documents with one view; the caller (an order type) says
 * which templates are its documents, so rendering knows nothing about orders.
 */
export function renderDocuments(view: object, isoDate: string, documents: ReadonlyArray<DocumentToRender>, templates: DocumentTemplate[] = defaultTemplates()): RenderedDocument[] {
  return documents.map((wanted) => {
    const template = findTemplate(templates, wanted.template);
    return { fileName: wanted.fileName, format: template.format, document: parseMarkup(template.render(view), isoDate) };
  });
}

/** The document template of that file name; a template an order names but the folder lacks is a fault of the package, not the case. */
export function findTemplate(templates: ReadonlyArray<DocumentTemplate>, template: string): DocumentTemplate {
  const found = templates.find((t) => `${t.fileName}.hbs` === template);
  if (found === undefined) throw new Error(`there is no document template ${template} in the templates folder`);
  return found;
}
