/**
 * The docx package every document shares, as docx compiles it.
 *
 * Styles, numbering, theme, settings, fonts and the relationship parts are
 * the same for every document with the same language and footer choice, and
 * formatting them is most of docx's time (styles and theme alone take
 * milliseconds). So docx compiles one house-style document with an empty body
 * per (language, footer) pair; the writer keeps those parts, compressed, and
 * for each document writes only the body and footer paragraphs into the shells
 * of word/document.xml and the footer part. The build does this once for the
 * packages the templates use (scripts/build-docx-parts.js, see prebuiltPackage.ts).
 */
import { Document, Footer, PageOrientation, Paragraph, type File, type IContext, type Table } from "../../vendor/docx";
import { compressPart, type CompressedEntry } from "./deterministicZip";
import { packageParts, type PartData } from "./packageParts";
import { houseNumbering, houseStyles, PAGE, STYLE } from "./styles";

export const DOCUMENT_PART = "word/document.xml";
export const CORE_PROPERTIES_PART = "docProps/core.xml";
const CONTENT_TYPES_PART = "[Content_Types].xml";
const FOOTER_PART = /^word\/footer\d+\.xml$/;

/** The text of a part before and after its variable content. */
export interface Shell {
  head: string;
  tail: string;
}

/** A package's layout: what the writer needs of it besides docx itself. */
export interface PackageLayout {
  /** Every part's path, in the order the zip holds them. */
  paths: readonly string[];
  /** The parts that are the same in every document, compressed. */
  fixedParts: ReadonlyMap<string, CompressedEntry>;
  documentShell: Shell;
  footer?: { path: string; shell: Shell };
}

/** A whole docx File in house style, with the body and footer paragraph given. */
export function houseDocument(options: {
  language: string;
  children: ReadonlyArray<Paragraph | Table>;
  footer?: Paragraph;
}): File {
  return new Document({
    styles: houseStyles(options.language),
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
        footers: options.footer === undefined ? undefined : { default: new Footer({ children: [options.footer] }) },
        children: [...options.children],
      },
    ],
  });
}

/** The empty house document the body and footer components are formatted in. */
export function emptyHouseDocument(language: string, withFooter: boolean): File {
  return houseDocument({ language, children: [], footer: withFooter ? new Paragraph({ style: STYLE.footer }) : undefined });
}

/** A fresh context to format body and footer components in, as docx would. */
export function houseContext(file: File): IContext {
  return { file, viewWrapper: file.Document, stack: [] };
}

/** Compiles the house package for a language and footer choice: its layout, and the File it came from. */
export function compileHousePackage(language: string, withFooter: boolean): { layout: PackageLayout; file: File } {
  const file = emptyHouseDocument(language, withFooter);
  const parts = packageParts(file);
  const footerPath = [...parts.keys()].find((path) => FOOTER_PART.test(path));
  const fixedParts = new Map<string, CompressedEntry>();
  for (const [path, data] of parts) {
    if (path !== DOCUMENT_PART && path !== CORE_PROPERTIES_PART && path !== footerPath) fixedParts.set(path, compressPart(path, data));
  }
  const layout: PackageLayout = {
    paths: zipOrder([...parts.keys()]),
    fixedParts,
    documentShell: documentShell(text(parts, DOCUMENT_PART)),
    footer: footerPath === undefined ? undefined : { path: footerPath, shell: footerShell(text(parts, footerPath), footerPath) },
  };
  return { layout, file };
}

function text(parts: Map<string, PartData>, path: string): string {
  const data = parts.get(path);
  if (typeof data !== "string") throw new Error(`docx did not write ${path} as text`);
  return data;
}

/** word/document.xml around the body's content: after <w:body>, before the section properties. */
function documentShell(xml: string): Shell {
  const body = xml.indexOf("<w:body>");
  return shell(xml, body === -1 ? -1 : body + "<w:body>".length, xml.lastIndexOf("<w:sectPr"), DOCUMENT_PART);
}

/** The footer part around its paragraph: the template's empty placeholder paragraph is left out. */
function footerShell(xml: string, path: string): Shell {
  return shell(xml, xml.indexOf("<w:p>"), xml.lastIndexOf("</w:ftr>"), path);
}

function shell(xml: string, headEnd: number, tailStart: number, path: string): Shell {
  if (headEnd === -1 || tailStart === -1 || tailStart < headEnd) {
    throw new Error(`docx wrote ${path} in a shape the writer does not know`);
  }
  return { head: xml.slice(0, headEnd), tail: xml.slice(tailStart) };
}

/** The content types first, as Office writes them, then the rest by path. */
function zipOrder(paths: string[]): string[] {
  return paths.sort((a, b) => {
    if (a === CONTENT_TYPES_PART || b === CONTENT_TYPES_PART) return a === CONTENT_TYPES_PART ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
