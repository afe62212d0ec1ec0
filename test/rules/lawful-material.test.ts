import { findingsFor, validCase } from "../support/cases";

describe("lawful-material", () => {
  it("says nothing of an item with no lawful material", () => {
    expect(findingsFor("lawful-material", validCase())).toEqual([]);
  });

  it("warns of lawful material with no retrieval window proposed (R v Tan)", () => {
    const c = validCase();
    c.property[0].lawfulMaterial = "Photographs of his late father.";
    const findings = findingsFor("lawful-material", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["property", 0, "lawfulMaterial"], citation: "R v Tan [2024] EWCA Crim 1104" });
    expect(findings[0].message).not.toContain("late father");
  });

  it("accepts lawful material with a window", () => {
    const c = validCase();
    c.property[0].lawfulMaterial = "Photographs of his late father.";
    c.applications!.deprivation!.retrieval = { days: 28, arrangement: "Copied by the officer in the case." };
    expect(findingsFor("lawful-material", c)).toEqual([]);
  });

  it("warns of a window with no lawful material to retrieve", () => {
    const c = validCase();
    c.applications!.deprivation!.retrieval = { days: 28, arrangement: "Copied by the officer in the case." };
    expect(findingsFor("lawful-material", c).map((f) => f.path)).toEqual([["applications", "deprivation", "retrieval"]]);
  });

  it("ignores lawful material on an item not sought", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Laptop", kind: "device", lawfulMaterial: "Work files." });
    expect(findingsFor("lawful-material", c)).toEqual([]);
  });
});
