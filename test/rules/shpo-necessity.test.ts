import { findingsFor, shpoCase } from "../support/cases";

describe("shpo-necessity", () => {
  it("accepts a proposal that says why the order is necessary", () => {
    expect(findingsFor("shpo-necessity", shpoCase())).toEqual([]);
  });

  it("refuses a proposal that does not say why it is necessary to protect from sexual harm", () => {
    const findings = findingsFor("shpo-necessity", shpoCase({ necessity: undefined }));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "shpo"], citation: "Sentencing Act 2020, ss.345-346" })]);
    expect(findings[0].message).toContain("sexual harm");
  });

  it("refuses a reason that is only spaces", () => {
    expect(findingsFor("shpo-necessity", shpoCase({ necessity: " \n " }))).toHaveLength(1);
  });
});
