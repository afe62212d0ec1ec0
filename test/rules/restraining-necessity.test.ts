import { findingsFor, restrainingCase, validCase } from "../support/cases";

describe("restraining-necessity", () => {
  it("accepts an application that says why the order is needed", () => {
    expect(findingsFor("restraining-necessity", restrainingCase())).toEqual([]);
  });

  it("refuses an application that does not say why the order is needed to protect them (s.360(2))", () => {
    const findings = findingsFor("restraining-necessity", restrainingCase({ necessity: undefined }));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "restraining"], citation: "Sentencing Act 2020, s.360(2)" })]);
    expect(findings[0].hint).toContain("harassment or will cause a fear of violence");
  });

  it("refuses a necessity that is only spaces", () => {
    expect(findingsFor("restraining-necessity", restrainingCase({ necessity: "   " }))).toHaveLength(1);
  });

  it("says nothing of a case that applies for no restraining order", () => {
    expect(findingsFor("restraining-necessity", validCase())).toEqual([]);
  });
});
