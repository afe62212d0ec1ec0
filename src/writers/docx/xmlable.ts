/**
 * XML text for docx components (paragraphs, tables), written the way the docx
 * library's own packer writes it, byte for byte (a test holds this to docx's
 * output), but without formatting the whole package around them.
 *
 * A component's `prepForXml` gives an object such as
 * `{ "w:p": [{ _attr: {...} }, { "w:r": [...] }, "text"] }`: the key is the
 * element name, `_attr` entries are attributes, objects are child elements and
 * strings or numbers are text.
 */
import type { IContext, IXmlableObject, XmlComponent } from "../../vendor/docx";

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };
/** As docx escapes: markup characters become entities, forbidden controls go. */
const TO_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

function escape(value: unknown): string {
  return escapeXmlText(String(value));
}

/** Text as docx writes it in an element or attribute. */
export function escapeXmlText(text: string): string {
  TO_ESCAPE.lastIndex = 0;
  return TO_ESCAPE.test(text) ? text.replace(TO_ESCAPE, (char) => ESCAPES[char] ?? "") : text;
}

/** The XML of one component, or "" when docx leaves it out (an empty optional element). */
export function componentXml(component: XmlComponent, context: IContext): string {
  const prepared = component.prepForXml(context);
  return prepared === undefined ? "" : elementXml(prepared);
}

function attributesXml(attributes: Record<string, unknown>): string {
  let out = "";
  for (const key in attributes) out += ` ${key}="${escape(attributes[key])}"`;
  return out;
}

function firstKey(object: object): string | undefined {
  for (const key in object) return key;
  return undefined;
}

function elementXml(element: IXmlableObject): string {
  const name = firstKey(element) ?? "";
  const value: unknown = element[name];
  if (value === null) return `<${name}/>`;
  if (typeof value !== "object") return `<${name}>${value === undefined ? "" : escape(value)}</${name}>`;
  const node = value as { _attr?: Record<string, unknown>; _cdata?: string };
  let attributes = node._attr === undefined ? "" : attributesXml(node._attr);
  let content = "";
  let hasContent = false;
  if (typeof node._cdata === "string") {
    content += `<![CDATA[${node._cdata.replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>`;
    hasContent = true;
  }
  if (Array.isArray(value)) {
    // An array always gives an open and a close tag, even with only attributes in it.
    hasContent = true;
    const parts: string[] = [""];
    for (const child of value as unknown[]) {
      if (typeof child === "object" && child !== null) {
        if (firstKey(child) === "_attr") attributes += attributesXml((child as { _attr: Record<string, unknown> })._attr);
        else parts.push(elementXml(child as IXmlableObject));
      } else {
        // As docx's writer does: text takes the place of whatever came just
        // before it. Elements holding text (w:t, w:instrText) hold only that.
        parts.pop();
        parts.push(escape(child));
      }
    }
    content += parts.join("");
  }
  return hasContent ? `<${name}${attributes}>${content}</${name}>` : `<${name}${attributes}/>`;
}
