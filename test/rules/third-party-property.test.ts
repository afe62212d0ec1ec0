import { findingsFor, validCase } from "../support/cases";

describe("third-party-property", () => {
  it("accepts property the offender owns", () => {
    expect(findingsFor("third-party-property", validCase())).toEqual([]);
  });

  it("accepts property whose ownership is not stated", () => {
    const c = validCase();
    delete c.property[0].ownership;
    expect(findingsFor("third-party-property", c)).toEqual([]);
  });

  it.each(["joint", "third-party"] as const)("warns of %s ownership, naming the Police (Property) Act 1897 and six months", (ownership) => {
    const c = validCase();
    c.property[0].ownership = ownership;
    const findings = findingsFor("third-party-property", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["property", 0, "ownership"] });
    expect(findings[0].message).toContain("Police (Property) Act 1897");
    expect(findings[0].message).toContain("6 months");
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
