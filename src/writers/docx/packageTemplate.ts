/**
 * The package a document is written into, once per language and footer choice
 * in a process: the layout the build compiled (prebuiltPackage.ts) or, for a
 * choice it did not, one docx compiles now (housePackage.ts).
 */
import type { File, IContext } from "../../vendor/docx";
import { compileHousePackage, emptyHouseDocument, houseContext, type PackageLayout } from "./housePackage";
import { packageKey, prebuiltLayout } from "./prebuiltPackage";

export { CORE_PROPERTIES_PART, DOCUMENT_PART } from "./housePackage";

export interface PackageTemplate extends PackageLayout {
  /** A fresh context to format body and footer components in, as docx would. */
  context(): IContext;
}

const templates = new Map<string, PackageTemplate>();

export function packageTemplate(language: string, withFooter: boolean): PackageTemplate {
  const key = packageKey(language, withFooter);
  let template = templates.get(key);
  if (template === undefined) {
    template = buildTemplate(language, withFooter, key);
    templates.set(key, template);
  }
  return template;
}

function buildTemplate(language: string, withFooter: boolean, key: string): PackageTemplate {
  const prebuilt = prebuiltLayout(key);
  if (prebuilt === undefined) {
    const { layout, file } = compileHousePackage(language, withFooter);
    return { ...layout, context: () => houseContext(file) };
  }
  // The document to format components in is needed only for a shape of block not written before.
  let file: File | undefined;
  return { ...prebuilt, context: () => houseContext((file ??= emptyHouseDocument(language, withFooter))) };
}
