import { findingsFor, restrainingCase } from "../support/cases";

describe("restraining-period", () => {
  it("accepts an order for a fixed period ending after the hearing", () => {
    expect(findingsFor("restraining-period", restrainingCase({ until: "2031-09-13" }))).toEqual([]);
  });

  it("accepts an order until further order (s.359(2))", () => {
    expect(findingsFor("restraining-period", restrainingCase({ until: "further-order" }))).toEqual([]);
  });

  it("refuses an order that would end before the hearing at which it is sought", () => {
    const findings = findingsFor("restraining-period", restrainingCase({ until: "2026-09-13" }));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "restraining", "until"], citation: "Sentencing Act 2020, s.359(2)" })]);
    expect(findings[0].message).toContain("14 September 2026");
  });

  it("accepts an order whose last day is the day of the hearing itself", () => {
    expect(findingsFor("restraining-period", restrainingCase({ until: "2026-09-14" }))).toEqual([]);
  });

  it("refuses a last day that is not a real date", () => {
    expect(findingsFor("restraining-period", restrainingCase({ until: "2031-02-30" }))[0].message).toContain("not a real date");
  });
});
