import { findingsFor, validCase } from "../support/cases";

describe("property-identified", () => {
  it("accepts a phone with an exhibit reference and an IMEI", () => {
    expect(findingsFor("property-identified", validCase())).toEqual([]);
  });

  it.each([{ exhibit: "KT/1" }, { imei: "356789104563218" }, { serial: "R58N12ABCDE" }])("accepts any one identifier: %o", (identifiers) => {
    const c = validCase();
    c.property[0].identifiers = identifiers;
    expect(findingsFor("property-identified", c)).toEqual([]);
  });

  it("refuses an item sought with no identifiers, at the item", () => {
    const c = validCase();
    delete c.property[0].identifiers;
    const findings = findingsFor("property-identified", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["property", 0] });
    expect(findings[0].citation).toContain("R v Wright-Hadley [2022] EWCA Crim 446");
  });

  it("refuses an item identified only by an account name", () => {
    const c = validCase();
    c.property[0].identifiers = { account: "m.oakes" };
    expect(findingsFor("property-identified", c).map((f) => f.path)).toEqual([["property", 0, "identifiers"]]);
  });

  it("ignores items not in the application", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Laptop", kind: "device" });
    expect(findingsFor("property-identified", c)).toEqual([]);
  });
});
