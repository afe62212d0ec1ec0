/**
 * The XML of the body's content (what goes between <w:body> and the section
 * properties) and of the footer paragraph.
 *
 * Documents drafted from the same templates share most of their blocks
 * (boilerplate paragraphs, headings, signature blocks), so the XML of each
 * block is kept, keyed by the block itself, and a block seen before costs a
 * JSON.stringify instead of building and formatting docx components. The XML
 * of a block depends only on the block: these components take nothing from
 * the context but numbering and hyperlinks, which the writer does not use.
 */
import type { IContext } from "docx";
import type { Block } from "../../document/model";
import { bodyItems, itemContent } from "./blocks";
import { footerParagraph } from "./footer";
import { componentXml } from "./xmlable";

const known = new Map<string, string>();
/** Enough for the blocks of many templates; cleared when full to bound memory. */
const MAX_KNOWN = 5000;

export function bodyXml(blocks: readonly Block[], context: IContext): string {
  let xml = "";
  for (const item of bodyItems(blocks)) {
    xml += remembered(JSON.stringify(item), () =>
      itemContent(item)
        .map((component) => componentXml(component, context))
        .join(""),
    );
  }
  return xml;
}

export function footerXml(template: string, context: IContext): string {
  return remembered(`footer ${template}`, () => componentXml(footerParagraph(template), context));
}

function remembered(key: string, make: () => string): string {
  let xml = known.get(key);
  if (xml === undefined) {
    xml = make();
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(key, xml);
  }
  return xml;
}
