import { findingsFor, shpoCase, validCase } from "../support/cases";

describe("shpo-terms", () => {
  it("accepts a proposal with prohibitions alone, or requirements alone", () => {
    expect(findingsFor("shpo-terms", shpoCase({ requirements: undefined }))).toEqual([]);
    expect(findingsFor("shpo-terms", shpoCase({ prohibitions: [] }))).toEqual([]);
  });

  it("refuses a proposal with no term at all, which would otherwise draft nothing without a word", () => {
    const findings = findingsFor("shpo-terms", shpoCase({ prohibitions: [], requirements: undefined }));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "shpo"], citation: "Sentencing Act 2020, s.343(1A)" })]);
  });

  it("says nothing of a case that proposes no such order", () => {
    expect(findingsFor("shpo-terms", validCase())).toEqual([]);
  });
});
