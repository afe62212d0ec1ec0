/**
 * docProps/core.xml: title, subject, author, language and dates.
 *
 * Written here rather than taken from docx, whose core properties stamp
 * dcterms:created and dcterms:modified with the current time (with no option
 * to set them), call a missing author "Un-named" and have no dc:language,
 * which tagged-PDF export and document inspectors read. Both dates are the
 * document's own date, so the same document always gives the same part.
 */
import type { DocumentProperties } from "../../document/model";
import { xmlSafe } from "./xmlText";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const NAMESPACES =
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** `YYYY-MM-DD` as the W3CDTF timestamp of that day's start, in UTC. */
export function documentTimestamp(date: string): string {
  const stamp = `${date}T00:00:00Z`;
  const time = new Date(stamp).getTime();
  // Date accepts 2024-02-30 (as 1 March), so a real date must survive a round trip.
  if (!ISO_DATE.test(date) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Document date must be a real YYYY-MM-DD date, not ${JSON.stringify(date)}`);
  }
  return stamp;
}

export function coreXml(properties: DocumentProperties): string {
  const stamp = documentTimestamp(properties.date);
  const creator = properties.creator ?? "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<cp:coreProperties ${NAMESPACES}>` +
    element("dc:title", properties.title) +
    element("dc:subject", properties.subject ?? "") +
    element("dc:creator", creator) +
    element("cp:lastModifiedBy", creator) +
    element("dc:language", properties.language) +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/** An element with the text, or nothing for empty text (as docx leaves them out). */
function element(name: string, text: string): string {
  const safe = escapeXml(xmlSafe(text));
  return safe === "" ? "" : `<${name}>${safe}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
