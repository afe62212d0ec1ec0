import { findingsFor, validCase } from "../support/cases";

describe("evidence-of-use", () => {
  it("accepts a phone with evidence of its use", () => {
    expect(findingsFor("evidence-of-use", validCase())).toEqual([]);
  });

  it("warns of a device sought with no evidence of use (Wright-Hadley)", () => {
    const c = validCase();
    delete c.property[0].use!.evidence;
    const findings = findingsFor("evidence-of-use", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["property", 0, "use"] });
    expect(findings[0].citation).toContain("R v Wright-Hadley [2022] EWCA Crim 446");
  });

  it("warns of a memory card sought with blank evidence", () => {
    const c = validCase();
    c.property[0].kind = "storage-media";
    c.property[0].use!.evidence = "   ";
    expect(findingsFor("evidence-of-use", c)).toHaveLength(1);
  });

  it("does not ask printed material for forensic evidence", () => {
    const c = validCase();
    c.property[0].kind = "printed-material";
    delete c.property[0].use!.evidence;
    expect(findingsFor("evidence-of-use", c)).toEqual([]);
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
