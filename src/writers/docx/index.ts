/**
 * The DOCX writer: a StructuredDocument as the bytes of a Word file.
 *
 * The docx library builds the XML parts; this writer fixes what it would
 * otherwise leave to the clock (core.xml timestamps, zip entry dates) and
 * packs the parts itself, so the same document always gives the same bytes.
 * It is synchronous: nothing in it waits on I/O, and `await writeDocx(doc)`
 * works as well.
 */
import { Document, PageOrientation } from "docx";
import type { StructuredDocument } from "../../document/model";
import { bodyContent } from "./blocks";
import { reproducibleCoreXml } from "./coreProperties";
import { deterministicZip, type ZipPart } from "./deterministicZip";
import { wordFooter } from "./footer";
import { packageParts } from "./packageParts";
import { houseNumbering, houseStyles, PAGE } from "./styles";
import { xmlSafe } from "./xmlText";

const CORE_PROPERTIES = "docProps/core.xml";
const CONTENT_TYPES = "[Content_Types].xml";
/** Parts that change with the document; every other part is the same each time. */
const VARYING_PART = /^(word\/document\.xml|docProps\/core\.xml|word\/footer\d*\.xml)$/;

export function writeDocx(doc: StructuredDocument): Uint8Array {
  const { properties } = doc;
  const language = xmlSafe(properties.language);
  const parts = packageParts(
    new Document({
      title: xmlSafe(properties.title),
      subject: properties.subject === undefined ? undefined : xmlSafe(properties.subject),
      // docx writes "Un-named" for a missing author; an empty one is left out.
      creator: xmlSafe(properties.creator ?? ""),
      lastModifiedBy: xmlSafe(properties.creator ?? ""),
      styles: houseStyles(language),
      numbering: houseNumbering(),
      sections: [
        {
          properties: {
            page: {
              size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
              margin: {
                top: PAGE.margin,
                right: PAGE.margin,
                bottom: PAGE.margin,
                left: PAGE.margin,
                footer: PAGE.footerDistance,
              },
            },
          },
          footers: properties.footer === undefined ? undefined : { default: wordFooter(properties.footer) },
          children: bodyContent(doc.blocks),
        },
      ],
    }),
  );
  const core = parts.get(CORE_PROPERTIES);
  if (typeof core === "string") parts.set(CORE_PROPERTIES, reproducibleCoreXml(core, properties.date, language));
  return deterministicZip(inZipOrder(parts));
}

/**
 * A fixed entry order, whatever order docx happens to produce: the content
 * types first, as Office itself writes them, then the rest by path.
 */
function inZipOrder(parts: Map<string, string | Uint8Array>): ZipPart[] {
  const paths = [...parts.keys()].sort((a, b) => {
    if (a === CONTENT_TYPES || b === CONTENT_TYPES) return a === CONTENT_TYPES ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return paths.map((path) => ({ path, data: parts.get(path)!, reuse: !VARYING_PART.test(path) }));
}
