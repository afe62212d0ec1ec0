/**
 * The parts (XML files) of a docx package, as the docx library writes them,
 * without its zipping.
 *
 * `Packer` zips with the current time on every entry and offers no way to
 * change it, so the writer takes the parts from Packer's compiler (once per
 * package template, see packageTemplate.ts) and zips them itself. The
 * compiler is not in docx's public types, hence the narrow cast; docx is
 * pinned to an exact version and the tests fail loudly if this stops working.
 */
import { Packer, type File } from "docx";

export type PartData = string | Uint8Array;

interface DocxCompiler {
  compile(file: File): Map<string, PartData>;
}

const compiler = (Packer as unknown as { compiler?: DocxCompiler }).compiler;

export function packageParts(file: File): Map<string, PartData> {
  if (compiler === undefined || typeof compiler.compile !== "function") {
    throw new Error("docx's Packer no longer exposes its compiler; check the docx version the writer was built for");
  }
  return compiler.compile(file);
}
