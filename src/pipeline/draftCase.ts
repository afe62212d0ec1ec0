import type { Case } from "../case/types";
import type { OutputFile } from "../files/writeOutputs";
import { buildViewModel } from "../view/buildViewModel";
import { renderDocuments, type RenderedDocument } from "../render/renderDocuments";
import { writeText } from "../writers/text";
import { writeDocx } from "../writers/docx";

/** typed, rule-checked case -> view model -> templates -> text and DOCX bytes. */
export async function draftCase(theCase: Case): Promise<OutputFile[]> {
  return renderCase(theCase).map((doc) => ({ fileName: doc.fileName, bytes: layOut(doc) }));
}

/** The first half of drafting: the case's documents as structured documents, in template order. */
export function renderCase(theCase: Case): RenderedDocument[] {
  return renderDocuments(buildViewModel(theCase), theCase.prosecutor.date);
}

/** The second half: one structured document as the bytes of its file. */
export function layOut(doc: Pick<RenderedDocument, "format" | "document">): Uint8Array {
  return doc.format === "docx" ? writeDocx(doc.document) : Buffer.from(writeText(doc.document), "utf8");
}
