import { findingsFor, validCase } from "../support/cases";

describe("value-and-effects", () => {
  it("accepts an application with each item's value and the effects on the offender", () => {
    expect(findingsFor("value-and-effects", validCase())).toEqual([]);
  });

  it("accepts an item valued at nothing", () => {
    const c = validCase();
    c.property[0].value = { amount: 0, currency: "GBP" };
    expect(findingsFor("value-and-effects", c)).toEqual([]);
  });

  it("refuses an item sought with no value, citing s.155", () => {
    const c = validCase();
    delete c.property[0].value;
    const findings = findingsFor("value-and-effects", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["property", 0], citation: "Sentencing Act 2020, s.155" });
  });

  it("refuses an application that does not say what the order would mean for the offender", () => {
    const c = validCase();
    delete c.applications!.deprivation!.effectsOnOffender;
    expect(findingsFor("value-and-effects", c).map((f) => f.path)).toEqual([["applications", "deprivation"]]);
  });

  it("asks nothing of a case with no application", () => {
    const c = validCase();
    delete c.applications;
    delete c.property[0].value;
    expect(findingsFor("value-and-effects", c)).toEqual([]);
  });
});
