import { findingsFor, shpoCase, validCase } from "../support/cases";

describe("shpo-listing", () => {
  it("accepts a proposal that states the listing it relies on", () => {
    expect(findingsFor("shpo-listing", shpoCase())).toEqual([]);
  });

  it("refuses a proposal that does not state a listing, as the order is available only for a listed offence", () => {
    const findings = findingsFor("shpo-listing", shpoCase({ listing: undefined }));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "shpo"], citation: "Sentencing Act 2020, ss.345-346" })]);
    expect(findings[0].message).toContain("Schedule 3 or 5");
  });

  it("refuses a listing that is only spaces", () => {
    expect(findingsFor("shpo-listing", shpoCase({ listing: "   " }))).toHaveLength(1);
  });

  it("says nothing of a case that proposes no such order", () => {
    expect(findingsFor("shpo-listing", validCase())).toEqual([]);
  });
});
