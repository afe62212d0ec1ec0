import { findingsFor, validCase } from "../support/cases";
import type { PropertyKind } from "../../src/case/types";

describe("evidence-of-use", () => {
  it("accepts a phone with evidence of its use", () => {
    expect(findingsFor("evidence-of-use", validCase())).toEqual([]);
  });

  it("refuses a laptop no one examined (Wright-Hadley)", () => {
    const c = validCase();
    c.property[0].description = "Lenovo ThinkPad laptop, black";
    delete c.property[0].use!.evidence;
    const findings = findingsFor("evidence-of-use", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["property", 0, "use"] });
    expect(findings[0].citation).toContain("R v Wright-Hadley [2022] EWCA Crim 446");
    expect(findings[0].message).toContain("criminal standard");
  });

  it.each<PropertyKind>(["device", "storage-media", "printed-material", "other"])("refuses an item of kind %s sought with no evidence", (kind) => {
    const c = validCase();
    c.property[0].kind = kind;
    delete c.property[0].use!.evidence;
    expect(findingsFor("evidence-of-use", c).map((f) => f.severity)).toEqual(["error"]);
  });

  it("refuses a memory card sought with blank evidence", () => {
    const c = validCase();
    c.property[0].kind = "storage-media";
    c.property[0].use!.evidence = "   ";
    expect(findingsFor("evidence-of-use", c)).toHaveLength(1);
  });

  it("leaves an item with no use at all to purpose-condition", () => {
    const c = validCase();
    delete c.property[0].use;
    expect(findingsFor("evidence-of-use", c)).toEqual([]);
  });

  it("ignores a device not sought", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Laptop", kind: "device", use: { route: "used-to-commit", offences: ["O1"] } });
    expect(findingsFor("evidence-of-use", c)).toEqual([]);
  });
});
