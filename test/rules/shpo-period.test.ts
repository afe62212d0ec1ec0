import { yearsAfter } from "../../src/rules/shpo-period";
import { findingsFor, shpoCase } from "../support/cases";

describe("shpo-period", () => {
  it("accepts an order ending on the fifth anniversary of the hearing", () => {
    expect(findingsFor("shpo-period", shpoCase({ until: "2031-09-14" }))).toEqual([]);
  });

  it("accepts an order until further order", () => {
    expect(findingsFor("shpo-period", shpoCase({ until: "further-order" }))).toEqual([]);
  });

  it("refuses a fixed period that ends a day short of five years from the hearing", () => {
    const findings = findingsFor("shpo-period", shpoCase({ until: "2031-09-13" }));
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: ["applications", "shpo", "until"] })]);
    expect(findings[0].message).toContain("at least 5 years");
    expect(findings[0].message).toContain("14 September 2031");
  });

  it("refuses a last day that is not a real date", () => {
    expect(findingsFor("shpo-period", shpoCase({ until: "2031-02-30" }))[0].message).toContain("not a real date");
  });

  it("counts five years from 29 February to 1 March, so the period is never short", () => {
    expect(yearsAfter("2028-02-29", 5)).toBe("2033-03-01");
    expect(yearsAfter("2026-09-14", 5)).toBe("2031-09-14");
  });
});
