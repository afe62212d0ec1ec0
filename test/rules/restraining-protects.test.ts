import { findingText, findingsFor, restrainingCase } from "../support/cases";

describe("restraining-protects", () => {
  it("accepts an order protecting a complainant the case lists", () => {
    expect(findingsFor("restraining-protects", restrainingCase())).toEqual([]);
  });

  it("refuses an order protecting someone the case does not list, pointing at the entry without repeating it", () => {
    const findings = findingsFor("restraining-protects", restrainingCase({ protects: ["C1", "Pelham"] }));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "restraining", "protects", 1] })]);
    expect(findingText(findings)).not.toContain("Pelham");
  });

  it("warns of a person listed twice", () => {
    expect(findingsFor("restraining-protects", restrainingCase({ protects: ["C1", "C1"] }))).toEqual([
      expect.objectContaining({ severity: "warning", path: ["applications", "restraining", "protects", 1] }),
    ]);
  });
});
