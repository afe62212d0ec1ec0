import { analyseCaseFile } from "../../src/pipeline/analyse";
import { CaseFileNameRefused, checkCaseFileName, protectedNameParts } from "../../src/pipeline/caseFileName";
import { validCase } from "../support/cases";
import type { Case } from "../../src/case/types";
import { stringify } from "yaml";

/** The paths of a case whose complainant is Joanna Pelham and whose defendant is Martin OAKES (see validCase). */
function refusal(theCase: Case, ...paths: string[]): CaseFileNameRefused | undefined {
  try {
    checkCaseFileName(paths, protectedNameParts(theCase, undefined));
    return undefined;
  } catch (error) {
    if (error instanceof CaseFileNameRefused) return error;
    throw error;
  }
}

describe("a case file's path that names a protected complainant", () => {
  it.each(["joanna-pelham.yaml", "Pelham.yml", "cases/JOANNA_2026.yaml", "joannapelham.yaml", "pelham-joanna.yaml", "Jóanna.yaml", "joanna1990.yaml"])("refuses %s, withholding the name", (path) => {
    const refused = refusal(validCase(), path);
    expect(refused?.message).toBe("this file's name contains a protected complainant's name: rename the file (the name is withheld here)");
    expect(refused?.withheldPath).toMatch(/^(cases\/)?\[name withheld\]\.ya?ml$/);
  });

  it("refuses a folder in the path that names her, keeping the file's own name", () => {
    const refused = refusal(validCase(), "../cases/pelham/case-1.yaml");
    expect(refused?.message).toMatch(/^a folder in this file's path contains a protected complainant's name: rename the folder/);
    expect(refused?.withheldPaths).toEqual(["../cases/[name withheld]/case-1.yaml"]);
  });

  it("withholds the name in every form of the path given (as printed, and as recorded)", () => {
    expect(refusal(validCase(), "cases/a.yaml", "../cases/joanna.yaml")?.withheldPaths).toEqual(["cases/a.yaml", "../cases/[name withheld].yaml"]);
  });

  it("refuses a surname that is also an ordinary word: file names are written in lower case", () => {
    const theCase = validCase();
    theCase.complainants![0].name = "Sarah Hall";
    expect(refusal(theCase, "hall.yaml")).toBeInstanceOf(CaseFileNameRefused);
  });

  it("accepts names that do not name her: the defendant's own name, other words, . and ..", () => {
    const theCase = validCase();
    theCase.complainants![0].name = "Joanna Oakes";
    expect(refusal(theCase, "../../oakes-sentencing.yaml", "./41LN0456726.yaml", "cases/threat.yaml")).toBeUndefined();
  });

  it("protects only the complainants whose offences carry anonymity, as the complainant-named rule does", () => {
    const theCase = validCase();
    theCase.offences[0].provision = "CJCA2015:33";
    expect(refusal(theCase, "joanna-pelham.yaml")).toBeUndefined();
  });

  it("protects every named complainant when the case does not match the schema, since whose anonymity applies cannot be trusted", () => {
    const broken = { ...validCase(), version: 99 } as unknown as Case;
    expect(() => analyseCaseFile(stringify(broken), ["pelham.yaml"])).toThrow(CaseFileNameRefused);
    expect(() => analyseCaseFile(stringify(broken), ["case.yaml"])).not.toThrow();
  });
});
