import { findingsFor, validCase } from "../support/cases";

describe("property-condition", () => {
  it("accepts a phone lawfully seized from the offender", () => {
    expect(findingsFor("property-condition", validCase())).toEqual([]);
  });

  it.each(["possessed-at-apprehension", "possessed-at-summons"] as const)("accepts a phone in the offender's possession or control (%s)", (route) => {
    const c = validCase();
    c.property[0].seizure = { route };
    expect(findingsFor("property-condition", c)).toEqual([]);
  });

  it("refuses a phone neither seized nor held at arrest or summons", () => {
    const c = validCase();
    c.property[0].seizure = { route: "not-seized" };
    const findings = findingsFor("property-condition", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["property", 0, "seizure", "route"], citation: "Sentencing Act 2020, s.153(2)" });
    expect(findings[0].hint).toContain("R v Hall [2014] EWCA Crim 2413");
  });

  it("refuses an item sought with no seizure at all, at the item", () => {
    const c = validCase();
    delete c.property[0].seizure;
    expect(findingsFor("property-condition", c).map((f) => f.path)).toEqual([["property", 0]]);
  });

  it("warns, never refuses, of a phone held when a written charge and requisition were issued, and points to lawful seizure", () => {
    const c = validCase();
    c.property[0].seizure = { route: "possessed-at-requisition", date: "2026-03-20" };
    const findings = findingsFor("property-condition", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["property", 0, "seizure", "route"] });
    expect(findings[0].message).toContain("unconfirmed");
    expect(findings[0].citation).toBe("Sentencing Act 2020, s.153(2); Criminal Justice Act 2003, s.29");
    expect(findings[0].hint).toContain("Sentencing Act 2020, s.153(2)(a)");
  });

  it("ignores an item that is not in the application", () => {
    const c = validCase();
    c.property.push({ ...c.property[0], id: "P2", seizure: { route: "not-seized" } });
    expect(findingsFor("property-condition", c)).toEqual([]);
  });
});
