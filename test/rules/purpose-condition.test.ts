import { findingsFor, validCase } from "../support/cases";

describe("purpose-condition", () => {
  it("accepts a phone used to commit an offence in the case", () => {
    expect(findingsFor("purpose-condition", validCase())).toEqual([]);
  });

  it.each(["used-to-facilitate", "intended-for-use"] as const)("accepts the %s route", (route) => {
    const c = validCase();
    c.property[0].use = { route, offences: ["O1"] };
    expect(findingsFor("purpose-condition", c)).toEqual([]);
  });

  it("refuses an item sought with no use, at the item", () => {
    const c = validCase();
    delete c.property[0].use;
    const findings = findingsFor("purpose-condition", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["property", 0], citation: "Sentencing Act 2020, s.153(3)" });
  });

  it("refuses a use that names no offence", () => {
    const c = validCase();
    c.property[0].use = { route: "used-to-commit", offences: [] };
    expect(findingsFor("purpose-condition", c).map((f) => f.path)).toEqual([["property", 0, "use"]]);
    delete c.property[0].use.offences;
    expect(findingsFor("purpose-condition", c).map((f) => f.path)).toEqual([["property", 0, "use"]]);
  });

  it("refuses a use whose offences are none of the case's offences", () => {
    const c = validCase();
    c.property[0].use = { route: "used-to-commit", offences: ["O9"] };
    expect(findingsFor("purpose-condition", c).map((f) => f.path)).toEqual([["property", 0, "use", "offences"]]);
  });

  it("accepts a use naming one real offence among unknown ids (references-resolve reports those)", () => {
    const c = validCase();
    c.property[0].use = { route: "used-to-commit", offences: ["O9", "O1"] };
    expect(findingsFor("purpose-condition", c)).toEqual([]);
  });

  it("ignores items not in the application", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Laptop", kind: "device" });
    expect(findingsFor("purpose-condition", c)).toEqual([]);
  });
});
