/**
 * The parts (XML files) of a docx package, as the docx library writes them,
 * without its zipping.
 *
 * `Packer` zips with the current time on every entry and offers no way to
 * change it, so the writer takes the parts from Packer's compiler (once per
 * house package, see housePackage.ts) and zips them itself. The
 * compiler is not in docx's public types, hence the narrow cast; docx is
 * pinned to an exact version and the tests fail loudly if this stops working.
 * One thing is changed from docx's output: the levels of the lists in use are
 * not marked tentative (see untentative).
 */
import { Packer, type File } from "../../vendor/docx";

export type PartData = string | Uint8Array;

interface DocxCompiler {
  compile(file: File): Map<string, PartData>;
}

const NUMBERING_PART = "word/numbering.xml";
const STYLES_PART = "word/styles.xml";

const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;

export function packageParts(file: File): Map<string, PartData> {
  if (compiler === undefined || typeof compiler.compile !== "function") {
    throw new Error("docx's Packer no longer exposes its compiler; check the docx version the writer was built for");
  }
  const parts = compiler.compile(file);
  const numbering = parts.get(NUMBERING_PART);
  if (typeof numbering === "string") parts.set(NUMBERING_PART, untentative(numbering, usedNumbering(parts.get(STYLES_PART))));
  return parts;
}

/** The numIds the styles' numbering refers to: the lists the documents use. */
function usedNumbering(styles: PartData | undefined): Set<string> {
  if (typeof styles !== "string") return new Set();
  return new Set([...styles.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1]));
}

/**
 * docx marks every level it writes `w:tentative` ("defined but not used yet"),
 * which tells Word and converters the level may be dropped or shown as unused.
 * The levels of the lists the styles use are in use: the mark comes off them.
 * docx's own default list, which nothing uses, keeps it.
 */
export function untentative(numbering: string, numIds: ReadonlySet<string>): string {
  const abstractIds = new Set<string>();
  for (const match of numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*><w:abstractNumId w:val="(\d+)"\/>/g)) {
    if (numIds.has(match[1])) abstractIds.add(match[2]);
  }
  return numbering.replace(/<w:abstractNum w:abstractNumId="(\d+)"[\s\S]*?<\/w:abstractNum>/g, (definition, id: string) =>
    abstractIds.has(id) ? definition.replace(/ w:tentative="1"/g, "") : definition,
  );
}
