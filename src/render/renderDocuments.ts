import { dirname, join } from "node:path";
import type { StructuredDocument } from "../document/model";
import { InputError } from "../load/errors";
import { displayPath, templatesDir } from "../paths";
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

/** The document template of that file name; one an order names but the folder lacks is one line, exit 2 (InputError). */
export function findTemplate(templates: ReadonlyArray<DocumentTemplate>, template: string): DocumentTemplate {
  const found = templates.find((t) => `${t.fileName}.hbs` === template);
  if (found === undefined) {
    const dir = templates.length > 0 ? dirname(templates[0].sourcePath) : templatesDir;
    throw new InputError(displayPath(join(dir, template)), "is missing: an order drafts a document from it; restore it (or reinstall ancillary)");
  }
  return found;
}
