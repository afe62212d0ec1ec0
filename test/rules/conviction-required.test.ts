import { findingsFor, validCase } from "../support/cases";

describe("conviction-required", () => {
  it("accepts an application where an offence has a conviction", () => {
    expect(findingsFor("conviction-required", validCase())).toEqual([]);
  });

  it("refuses an application where no offence has a conviction", () => {
    const c = validCase();
    delete c.offences[0].conviction;
    const findings = findingsFor("conviction-required", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["applications", "deprivation"], citation: "Sentencing Act 2020, s.153(1)" });
  });

  it("refuses an application resting only on an offence taken into consideration", () => {
    const c = validCase();
    delete c.offences[0].conviction;
    c.offences[0].takenIntoConsideration = true;
    expect(findingsFor("conviction-required", c)).toHaveLength(1);
  });

  it("accepts a case with no conviction and no application yet", () => {
    const c = validCase();
    delete c.offences[0].conviction;
    delete c.applications;
    expect(findingsFor("conviction-required", c)).toEqual([]);
  });

  it("accepts an item used for an unconvicted offence when another offence is convicted (any offence will do)", () => {
    const c = validCase();
    c.offences.push({ ...c.offences[0], id: "O2", conviction: undefined });
    c.property[0].use = { route: "used-to-commit", offences: ["O2"], evidence: "x" };
    expect(findingsFor("conviction-required", c)).toEqual([]);
  });
});
