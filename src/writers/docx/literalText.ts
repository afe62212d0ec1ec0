/**
 * A w:t element holding text as text.
 *
 * docx treats a string child of a run that equals one of its PageNumber names
 * ("CURRENT", "TOTAL_PAGES", "SECTION"...) as a page-number field rather than
 * as text, so a cell reading "Status:<tab>CURRENT" would print a page number.
 * This element is written as docx writes its own text (xml:space="preserve"),
 * whatever the text says.
 */
import { XmlComponent, type IXmlableObject } from "../../vendor/docx";

export class LiteralText extends XmlComponent {
  constructor(private readonly text: string) {
    super("w:t");
  }

  prepForXml(): IXmlableObject {
    return { "w:t": [{ _attr: { "xml:space": "preserve" } }, this.text] };
  }
}
