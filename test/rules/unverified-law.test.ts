import { findingsFor, validCase } from "../support/cases";

describe("unverified-law", () => {
  it("says nothing of an entry read in the statute (s.66B(4))", () => {
    expect(findingsFor("unverified-law", validCase())).toEqual([]);
  });

  it("notes that the s.67A(2) entry is unconfirmed, with the table's reasons", () => {
    const c = validCase();
    c.offences[0].provision = "SOA2003:67A(2)";
    const findings = findingsFor("unverified-law", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", path: ["offences", 0, "provision"], citation: "Sexual Offences Act 2003, s.67A(2)" });
    expect(findings[0].message).toContain("commencement date unconfirmed");
  });

  it("says nothing of voyeurism by recording, whose entry rests on secondary sources", () => {
    const c = validCase();
    c.offences[0].provision = "SOA2003:67(3)";
    expect(findingsFor("unverified-law", c)).toEqual([]);
  });

  it("says nothing of an unknown key (offence-in-force reports it)", () => {
    const c = validCase();
    c.offences[0].provision = "nonsense";
    expect(findingsFor("unverified-law", c)).toEqual([]);
  });
});
