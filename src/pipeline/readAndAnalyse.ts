import { readCaseText, type ReadOptions } from "../load/readCaseText";
import { analyseCaseFile, type Analysis } from "./analyse";

/**
 * Reads one case file (refusing what is not a case file) and analyses it. Throws
 * InputError for I/O, and CaseFileNameRefused for a file whose path (as given,
 * and so as it will be printed) names a protected complainant.
 */
export async function readAndAnalyse(filePath: string, options: ReadOptions = {}): Promise<Analysis> {
  return analyseCaseFile(await readCaseText(filePath, options), [filePath]);
}
