/**
 * Reads every case file of a report, one at a time, and adds each to the
 * summary: a file that cannot be read, parsed or matched to the case format is
 * counted as not counted, by its path (withheld where it names a complainant,
 * as batch does), never a crash and never its contents.
 */
import type { BatchInput } from "../batch/discover";
import { hasErrors } from "../diagnostics/types";
import { InputError } from "../load/errors";
import { readCaseFile } from "../load/readCaseText";
import { analyseCaseFile } from "../pipeline/analyse";
import { CaseFileNameRefused } from "../pipeline/caseFileName";
import { caseFacts } from "./facts";
import { SummaryBuilder, type Summary } from "./summary";

export interface ReadOptions {
  maxBytes?: number;
}

export function summariseCases(inputs: ReadonlyArray<BatchInput>, options: ReadOptions = {}): Summary {
  const summary = new SummaryBuilder();
  addCases(summary, inputs, options);
  return summary.build();
}

/** Reads each case and adds it to the summary: one thread's share of a report. */
export function addCases(summary: SummaryBuilder, inputs: ReadonlyArray<BatchInput>, options: ReadOptions = {}): void {
  for (const input of inputs) {
    let text: string;
    try {
      text = readCaseFile(input.path, { maxBytes: options.maxBytes }).text;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      summary.addNotCounted({ path: input.shown, kind: "unreadable", reason: `not read: ${error.message}` });
      continue;
    }
    let analysis;
    try {
      analysis = analyseCaseFile(text, [input.shown]);
    } catch (error) {
      if (!(error instanceof CaseFileNameRefused)) throw error;
      summary.addNotCounted({ path: error.withheldPath, kind: "name-refused", reason: `not counted: ${error.message}` });
      continue;
    }
    if (!analysis.case) {
      // Where, never what: a message could quote the file's text.
      const first = analysis.diagnostics.find((d) => d.severity === "error");
      const at = first ? ` (first error at line ${first.line}, column ${first.column})` : "";
      const what = analysis.data === undefined ? "does not parse as YAML" : "does not match the case format";
      summary.addNotCounted({ path: input.shown, kind: "not-a-case", reason: `not counted: ${what}${at}; ancillary validate shows why` });
      continue;
    }
    const courtNamesSomeone = analysis.diagnostics.some((d) => d.ruleId === "complainant-named" && d.path[0] === "court");
    summary.addCase(caseFacts(analysis.case, courtNamesSomeone), hasErrors(analysis.diagnostics));
  }
}
