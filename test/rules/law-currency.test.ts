import { lawTable } from "../../src/law/lawTable";
import { findingsFor, validCase } from "../support/cases";

describe("law-currency", () => {
  it("says nothing for a hearing on or before the day the law table was checked", () => {
    const c = validCase();
    c.hearing.date = lawTable.verified;
    expect(findingsFor("law-currency", c)).toEqual([]);
  });

  it("notes a hearing after the law table was checked", () => {
    const c = validCase();
    c.hearing.date = "2027-03-01";
    const findings = findingsFor("law-currency", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", path: ["hearing", "date"] });
    expect(findings[0].message).toContain("1 December 2026");
  });

  it("reads the date from the law table, not from code", () => {
    const c = validCase();
    expect(findingsFor("law-currency", c, { ...lawTable, verified: "2026-01-01" })).toHaveLength(1);
  });
});
