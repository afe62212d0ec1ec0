/**
 * The docx package every document shares, built once.
 *
 * Styles, numbering, theme, settings, fonts and the relationship parts are
 * the same for every document with the same language and footer choice, and
 * formatting them is most of docx's time (styles and theme alone take
 * milliseconds). So docx compiles one house-style document with an empty body
 * per (language, footer) pair; the writer keeps those parts, and for each
 * document writes only the body and footer paragraphs into the shells of
 * word/document.xml and the footer part.
 */
import { Document, Footer, PageOrientation, Paragraph, type File, type IContext, type Table } from "docx";
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

export interface PackageTemplate {
  /** Every part's path, in the order the zip holds them. */
  paths: readonly string[];
  /** The parts that are the same in every document. */
  fixedParts: ReadonlyMap<string, PartData>;
  documentShell: Shell;
  footer?: { path: string; shell: Shell };
  /** A fresh context to format body and footer components in, as docx would. */
  context(): IContext;
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

const templates = new Map<string, PackageTemplate>();

export function packageTemplate(language: string, withFooter: boolean): PackageTemplate {
  const key = `${withFooter ? "footer" : "plain"} ${language}`;
  let template = templates.get(key);
  if (template === undefined) {
    template = buildTemplate(language, withFooter);
    templates.set(key, template);
  }
  return template;
}

function buildTemplate(language: string, withFooter: boolean): PackageTemplate {
  const file = houseDocument({
    language,
    children: [],
    footer: withFooter ? new Paragraph({ style: STYLE.footer }) : undefined,
  });
  const parts = packageParts(file);
  const footerPath = [...parts.keys()].find((path) => FOOTER_PART.test(path));
  const fixedParts = new Map(parts);
  fixedParts.delete(DOCUMENT_PART);
  fixedParts.delete(CORE_PROPERTIES_PART);
  if (footerPath !== undefined) fixedParts.delete(footerPath);
  return {
    paths: zipOrder([...parts.keys()]),
    fixedParts,
    documentShell: documentShell(text(parts, DOCUMENT_PART)),
    footer:
      footerPath === undefined ? undefined : { path: footerPath, shell: footerShell(text(parts, footerPath), footerPath) },
    context: () => ({ file, viewWrapper: file.Document, stack: [] }),
  };
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
