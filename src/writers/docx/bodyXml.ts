/**
 * The XML of the body's content (what goes between <w:body> and the section
 * properties) and of the footer paragraph, written by stencil (see
 * stencil.ts): docx builds each shape of block once, and its XML is reused
 * with each block's own text put in. The XML of a shape depends only on the
 * shape: these components take nothing from the context but numbering and
 * hyperlinks, which the writer does not use.
 */
import type { IContext } from "../../vendor/docx";
import type { Block } from "../../document/model";
import { bodyItems, itemContent } from "./blocks";
import { footerParagraph } from "./footer";
import { fillStencil, shapeFooter, shapeItem } from "./stencil";
import { componentXml } from "./xmlable";

export function bodyXml(blocks: readonly Block[], context: IContext): string {
  let xml = "";
  for (const bodyItem of bodyItems(blocks)) {
    const { key, item, pieces } = shapeItem(bodyItem);
    xml += fillStencil(key, pieces, () =>
      itemContent(item)
        .map((component) => componentXml(component, context))
        .join(""),
    );
  }
  return xml;
}

/** `pages`: the page count the NUMPAGES field caches (see footer.ts). */
export function footerXml(template: string, context: IContext, pages: number): string {
  const shaped = shapeFooter(template);
  return fillStencil(`${shaped.key} ${pages}`, shaped.pieces, () => componentXml(footerParagraph(shaped.template, pages), context));
}
