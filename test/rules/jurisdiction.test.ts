import { findingsFor, validCase } from "../support/cases";

describe("jurisdiction", () => {
  it("accepts a court in England and Wales", () => {
    expect(findingsFor("jurisdiction", validCase())).toEqual([]);
  });

  it("refuses a court in Scotland, at the jurisdiction field", () => {
    const c = validCase();
    c.court.jurisdiction = "scotland";
    const [finding, ...rest] = findingsFor("jurisdiction", c);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "jurisdiction", severity: "error", path: ["court", "jurisdiction"] });
    expect(finding.hint).toContain("england-and-wales");
  });
});
