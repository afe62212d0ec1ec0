/**
 * Reading a .docx back in tests: its parts as text, and the plain text of
 * each paragraph of the body.
 */
import { unzipSync } from "fflate";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Every part of the package by path, in zip order, decoded as UTF-8 text. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([path, data]) => [path, decoder.decode(data)]));
}

/**
 * The plain text of each paragraph of word/document.xml, in document order,
 * table cell paragraphs included. A Word tab is "\t" and a line break "\n";
 * page breaks, field codes and paragraph properties give no text.
 */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = docxParts(bytes).get("word/document.xml");
  if (xml === undefined) throw new Error("no word/document.xml in the package");
  return paragraphsOf(xml);
}

/** Paragraph starts and ends, paragraph properties (skipped whole), text, tabs and breaks. */
const TOKEN =
  /<w:pPr>[\s\S]*?<\/w:pPr>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>/g;

export function paragraphsOf(documentXml: string): string[] {
  const paragraphs: string[] = [];
  let current: string | undefined;
  for (const match of documentXml.matchAll(TOKEN)) {
    const token = match[0];
    if (token.startsWith("<w:pPr>")) continue;
    if (token.startsWith("<w:p") && token.endsWith("/>")) paragraphs.push("");
    else if (token.startsWith("<w:p")) current = "";
    else if (token === "</w:p>") {
      paragraphs.push(current ?? "");
      current = undefined;
    } else if (current === undefined) continue;
    else if (token === "<w:tab/>") current += "\t";
    else if (token.startsWith("<w:t")) current += decodeEntities(match[1] ?? "");
    else if (!token.includes('w:type="page"')) current += "\n";
  }
  return paragraphs;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (entity, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED[name] ?? entity;
  });
}
