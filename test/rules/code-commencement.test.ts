import { findingsFor, validCase } from "../support/cases";

describe("code-commencement", () => {
  it("accepts a conviction after the Sentencing Code began", () => {
    expect(findingsFor("code-commencement", validCase())).toEqual([]);
  });

  it("accepts a conviction on the Code's first day, 1 December 2020", () => {
    const c = validCase();
    c.offences[0].conviction = { date: "2020-12-01", plea: "guilty" };
    expect(findingsFor("code-commencement", c)).toEqual([]);
  });

  it("refuses a conviction on 30 November 2020 and names the old power", () => {
    const c = validCase();
    c.offences[0].provision = "CJCA2015:33";
    c.offences[0].committed = { on: "2020-06-01" };
    c.offences[0].conviction = { date: "2020-11-30", plea: "guilty" };
    const findings = findingsFor("code-commencement", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["offences", 0, "conviction", "date"], citation: "Sentencing Act 2020, s.2" });
    expect(findings[0].message).toContain("Powers of Criminal Courts (Sentencing) Act 2000, s.143");
    expect(findings[0].message).toContain("1 December 2020");
  });

  it("ignores an offence with no conviction", () => {
    const c = validCase();
    delete c.offences[0].conviction;
    expect(findingsFor("code-commencement", c)).toEqual([]);
  });

  it("reports each pre-Code conviction at its own offence", () => {
    const c = validCase();
    const old = { ...c.offences[0], provision: "CJCA2015:33", committed: { on: "2019-01-01" }, conviction: { date: "2019-05-01", plea: "guilty" as const } };
    c.offences = [c.offences[0], { ...old, id: "O2" }, { ...old, id: "O3" }];
    expect(findingsFor("code-commencement", c).map((f) => f.path[1])).toEqual([1, 2]);
  });
});
