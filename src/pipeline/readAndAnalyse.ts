import { readCaseText, type ReadOptions } from "../load/readCaseText";
import { analyseCaseText, type Analysis } from "./analyse";

/** Reads one case file (refusing what is not a case file) and analyses it. Throws InputError for I/O. */
export async function readAndAnalyse(filePath: string, options: ReadOptions = {}): Promise<Analysis> {
  return analyseCaseText(await readCaseText(filePath, options));
}
