import type { Case } from "../case/types";
import type { OutputFile } from "../files/writeOutputs";
import { buildViewModel } from "../view/buildViewModel";
import { renderDocuments } from "../render/renderDocuments";
import { writeText } from "../writers/text";
import { writeDocx } from "../writers/docx";

/** typed, rule-checked case -> view model -> templates -> text and DOCX bytes. */
export async function draftCase(theCase: Case): Promise<OutputFile[]> {
  const rendered = renderDocuments(buildViewModel(theCase), theCase.prosecutor.date);
  const files: OutputFile[] = [];
  for (const doc of rendered) {
    const bytes = doc.format === "docx" ? await writeDocx(doc.document) : Buffer.from(writeText(doc.document), "utf8");
    files.push({ fileName: doc.fileName, bytes });
  }
  return files;
}
