import { lstatSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Case } from "../case/types";
import { hasErrors } from "../diagnostics/types";
import { reasonNotDraftable } from "../pipeline/draftable";
import { InputError } from "../load/errors";
import { readCaseText } from "../load/readCaseText";
import { analyseCaseFile } from "../pipeline/analyse";
import { CaseFileNameRefused } from "../pipeline/caseFileName";
import { displayPath, type Located } from "./located";

/** A case the templates are drafted for: every example, and every test fixture that drafts. */
export interface SampleCase {
  /** Its folder under the golden folder: "<example>" or "fixtures/<path>". */
  name: string;
  file: string;
  theCase: Case;
}

export interface SampleCases {
  cases: SampleCase[];
  /** Fixtures left out because they do not draft (deliberately invalid ones). */
  skippedFixtures: number;
  diagnostics: Located[];
}

/**
 * Reads the examples (which must draft: one that does not is reported) and
 * the fixtures (which need not: those with errors are left out). Throws
 * InputError if the examples folder, or a fixtures folder that was asked
 * for, cannot be read.
 */
export async function loadSampleCases(examplesDir: string, fixturesDir: string | undefined, fixturesRequired: boolean): Promise<SampleCases> {
  const diagnostics: Located[] = [];
  const cases: SampleCase[] = [];
  let skippedFixtures = 0;
  const examples = caseFiles(examplesDir, false, true);
  if (examples.length === 0) throw new InputError(displayPath(examplesDir), "holds no .yaml cases to draft the templates with");
  for (const file of examples) {
    const theCase = await draftable(file);
    // An example with no errors that applies for no order (a case at charge, for `plan`) has no documents to check.
    if (theCase === APPLIES_FOR_NOTHING) continue;
    if (theCase instanceof CaseFileNameRefused) {
      // Its name would become a golden folder's and be printed with every change: it is left out.
      diagnostics.push({ file: theCase.withheldPath, ruleId: "example-not-drafted", severity: "warning", message: theCase.message, path: [], line: 1, column: 1 });
    } else if (theCase) cases.push({ name: caseName(examplesDir, file), file, theCase });
    else {
      diagnostics.push({
        file,
        ruleId: "example-not-drafted",
        severity: "warning",
        message: "this example has errors, so the templates are not checked against it",
        hint: `run \`ancillary validate ${displayPath(file)}\` and fix it`,
        path: [],
        line: 1,
        column: 1,
      });
    }
  }
  if (fixturesDir !== undefined) {
    for (const file of caseFiles(fixturesDir, true, fixturesRequired)) {
      const theCase = await draftable(file);
      if (theCase && theCase !== APPLIES_FOR_NOTHING && !(theCase instanceof CaseFileNameRefused)) cases.push({ name: `fixtures/${caseName(fixturesDir, file)}`, file, theCase });
      else skippedFixtures++;
    }
  }
  return { cases, skippedFixtures, diagnostics };
}

const APPLIES_FOR_NOTHING = "applies for nothing";

/** The case, if the file is a case that drafts (no errors); APPLIES_FOR_NOTHING for one with no errors and no order to draft; anything else is left out. */
async function draftable(file: string): Promise<Case | CaseFileNameRefused | typeof APPLIES_FOR_NOTHING | undefined> {
  try {
    const analysis = analyseCaseFile(await readCaseText(file), [displayPath(file)]);
    if (!analysis.case || hasErrors(analysis.diagnostics)) return undefined;
    return reasonNotDraftable(analysis.case) ? APPLIES_FOR_NOTHING : analysis.case;
  } catch (error) {
    if (error instanceof InputError) return undefined;
    if (error instanceof CaseFileNameRefused) return error;
    throw error;
  }
}

function caseName(dir: string, file: string): string {
  return relative(dir, file).split(sep).join("/").replace(/\.ya?ml$/, "");
}

function caseFiles(dir: string, recursive: boolean, required: boolean): string[] {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a folder");
    entries = readdirSync(dir).sort();
  } catch {
    if (!required) return [];
    throw new InputError(displayPath(dir), "cannot be read as a folder of cases");
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    let stat;
    try {
      // Links are not followed: a fixture folder may hold odd files on purpose.
      stat = lstatSync(path);
    } catch {
      return [];
    }
    if (stat.isDirectory()) return recursive ? caseFiles(path, true, false) : [];
    return stat.isFile() && /\.ya?ml$/.test(entry) ? [path] : [];
  });
}
