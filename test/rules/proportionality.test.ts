import { findingsFor, validCase } from "../support/cases";

describe("proportionality", () => {
  it("accepts an application that says why the order is proportionate", () => {
    expect(findingsFor("proportionality", validCase())).toEqual([]);
  });

  it("warns of an application silent on proportionality (Wright-Hadley)", () => {
    const c = validCase();
    delete c.applications!.deprivation!.proportionality;
    const findings = findingsFor("proportionality", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["applications", "deprivation"], citation: "R v Wright-Hadley [2022] EWCA Crim 446" });
  });

  it("asks for the rest of the sentence too when the case gives none", () => {
    const c = validCase();
    delete c.applications!.deprivation!.proportionality;
    delete c.otherSentence;
    expect(findingsFor("proportionality", c)[0].hint).toContain("`otherSentence`");
  });

  it("says nothing without an application", () => {
    const c = validCase();
    delete c.applications;
    expect(findingsFor("proportionality", c)).toEqual([]);
  });
});
