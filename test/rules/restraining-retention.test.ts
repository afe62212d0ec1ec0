import { findingsFor, restrainingCase } from "../support/cases";

describe("restraining-retention", () => {
  it("warns of the library term forbidding him to keep images, as unsettled", () => {
    const findings = findingsFor("restraining-retention", restrainingCase({ terms: ["no-contact", "no-retaining-images"] }));
    expect(findings).toEqual([expect.objectContaining({ severity: "warning", path: ["applications", "restraining", "terms", 1] })]);
    expect(findings[0].message).toContain("unsettled");
  });

  it("warns of a term of its own forbidding him to keep photographs", () => {
    expect(findingsFor("restraining-retention", restrainingCase({ terms: [{ text: "not to keep any photograph of the complainant on any device" }] }))).toHaveLength(1);
  });

  it("says nothing of terms that forbid sharing, not keeping", () => {
    expect(findingsFor("restraining-retention", restrainingCase())).toEqual([]);
  });

  it("says nothing of keeping something other than images", () => {
    expect(findingsFor("restraining-retention", restrainingCase({ terms: [{ text: "not to keep a note of the complainant's movements" }] }))).toEqual([]);
  });
});
