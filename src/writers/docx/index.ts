/**
 * The DOCX writer: a StructuredDocument as the bytes of a Word file.
 *
 * docx builds the body and footer paragraphs (see bodyXml.ts); the parts
 * every document shares come from a package docx compiled once, at build time
 * for the templates' choices, and kept compressed (see packageTemplate.ts); core.xml is written with the document's own date; and
 * the parts are zipped with a fixed entry date and order. So the same document always gives the same
 * bytes, whatever the clock says.
 *
 * It is synchronous: nothing in it waits on I/O (`await writeDocx(doc)` works
 * as well).
 */
import type { StructuredDocument } from "../../document/model";
import { bodyXml, footerXml } from "./bodyXml";
import { coreXml } from "./coreProperties";
import { deterministicZip, type ZipPart } from "./deterministicZip";
import { estimatePages } from "./pageEstimate";
import { CORE_PROPERTIES_PART, DOCUMENT_PART, packageTemplate } from "./packageTemplate";
import { xmlSafe } from "./xmlText";

export function writeDocx(doc: StructuredDocument): Uint8Array {
  const { properties } = doc;
  const template = packageTemplate(xmlSafe(properties.language), properties.footer !== undefined);
  const variable = new Map<string, string>();

  const { documentShell } = template;
  variable.set(DOCUMENT_PART, documentShell.head + bodyXml(doc.blocks, template.context()) + documentShell.tail);
  if (template.footer !== undefined && properties.footer !== undefined) {
    const { path, shell } = template.footer;
    variable.set(path, shell.head + footerXml(properties.footer, template.context(), estimatePages(doc.blocks)) + shell.tail);
  }
  variable.set(CORE_PROPERTIES_PART, coreXml(properties));

  const parts: ZipPart[] = template.paths.map((path) => {
    const data = variable.get(path);
    // Shared parts are the same every time: the zip takes their compressed bytes as they are.
    return data !== undefined ? { path, data } : { path, entry: template.fixedParts.get(path)! };
  });
  return deterministicZip(parts);
}
