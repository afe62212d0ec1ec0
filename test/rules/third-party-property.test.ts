import { findingsFor, validCase } from "../support/cases";

describe("third-party-property", () => {
  it("accepts property the offender owns", () => {
    expect(findingsFor("third-party-property", validCase())).toEqual([]);
  });

  it("accepts property whose ownership is not stated (destruction-scope speaks of it)", () => {
    const c = validCase();
    delete c.property[0].ownership;
    expect(findingsFor("third-party-property", c)).toEqual([]);
  });

  it.each(["joint", "third-party"] as const)("warns of %s ownership, giving the other owner's position as the law gives it", (ownership) => {
    const c = validCase();
    c.property[0].ownership = ownership;
    const findings = findingsFor("third-party-property", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["property", 0, "ownership"] });
    expect(findings[0].message).toContain("O'Leary International Ltd v Chief Constable of North Wales [2012] EWHC 1516 (Admin)");
    expect(findings[0].message).toContain("Police (Property) Act 1897, s.1");
    expect(findings[0].message).toContain("Powers of Criminal Courts (Sentencing) Act 2000, s.144(1)");
    expect(findings[0].message).toContain("time limit and conditions of such a claim after a deprivation order are unconfirmed");
  });

  it("never states a bare six months for a claim", () => {
    for (const ownership of ["joint", "third-party", "unknown"] as const) {
      const c = validCase();
      c.property[0].ownership = ownership;
      const [finding] = findingsFor("third-party-property", c);
      expect(`${finding.message} ${finding.hint}`).not.toMatch(/six months|6 months/i);
    }
  });

  it("notes (info) an unknown owner", () => {
    const c = validCase();
    c.property[0].ownership = "unknown";
    expect(findingsFor("third-party-property", c).map((f) => f.severity)).toEqual(["info"]);
  });

  it("ignores property not sought", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Laptop", kind: "device", ownership: "third-party" });
    expect(findingsFor("third-party-property", c)).toEqual([]);
  });
});
