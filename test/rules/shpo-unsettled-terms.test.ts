import { findingsFor, shpoCase } from "../support/cases";

describe("shpo-unsettled-terms", () => {
  it("says nothing of terms about devices alone", () => {
    expect(findingsFor("shpo-unsettled-terms", shpoCase())).toEqual([]);
  });

  it("warns of each term about online storage or encryption, as Morgan's holding on them is unconfirmed", () => {
    const findings = findingsFor("shpo-unsettled-terms", shpoCase({ prohibitions: ["no-undisclosed-storage", "no-encryption"], requirements: ["notify-accounts"] }));
    expect(findings.map((f) => [f.severity, f.path])).toEqual([
      ["warning", ["applications", "shpo", "prohibitions", 0]],
      ["warning", ["applications", "shpo", "prohibitions", 1]],
      ["warning", ["applications", "shpo", "requirements", 0]],
    ]);
    expect(findings[1].message).toContain("encryption");
    expect(findings[0].citation).toBe("R v Parsons; Morgan [2017] EWCA Crim 2163");
  });
});
