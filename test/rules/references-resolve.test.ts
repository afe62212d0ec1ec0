import { findingText, findingsFor, validCase } from "../support/cases";

describe("references-resolve", () => {
  it("accepts a case whose ids all resolve", () => {
    expect(findingsFor("references-resolve", validCase())).toEqual([]);
  });

  it("refuses an application listing an item that does not exist, at the id, quoting no id from the case", () => {
    const c = validCase();
    c.property[0].id = "Px1";
    c.applications!.deprivation!.property = ["Px1", "Pz7"];
    const findings = findingsFor("references-resolve", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["applications", "deprivation", "property", 1] });
    expect(`${findings[0].message} ${findings[0].hint}`).not.toMatch(/Px1|Pz7/);
  });

  it("warns of an item listed twice", () => {
    const c = validCase();
    c.applications!.deprivation!.property = ["P1", "P1"];
    expect(findingsFor("references-resolve", c).map((f) => f.severity)).toEqual(["warning"]);
  });

  it("refuses a use naming an offence that does not exist", () => {
    const c = validCase();
    c.property[0].use!.offences = ["O1", "O2"];
    expect(findingsFor("references-resolve", c).map((f) => f.path)).toEqual([["property", 0, "use", "offences", 1]]);
  });

  it("refuses an offence naming a complainant who is not listed, without printing the ids when one might be a name", () => {
    const c = validCase();
    c.complainants![0].id = "Joanna";
    const findings = findingsFor("references-resolve", c);
    expect(findings.map((f) => f.path)).toEqual([["offences", 0, "complainant"]]);
    expect(findingText(findings)).not.toContain("Joanna");
  });

  it("refuses duplicate ids", () => {
    const c = validCase();
    c.property.push({ ...c.property[0] });
    c.offences.push({ ...c.offences[0] });
    expect(findingsFor("references-resolve", c).map((f) => f.path)).toEqual([
      ["offences", 1, "id"],
      ["property", 1, "id"],
    ]);
  });

  it("keeps each finding short however many references are broken: no id from the case is listed", () => {
    const c = validCase();
    for (let i = 2; i <= 3000; i++) c.property.push({ ...c.property[0], id: `P${i}` });
    c.applications!.deprivation!.property = Array.from({ length: 3000 }, (_, i) => `Q${i}`);
    const findings = findingsFor("references-resolve", c);
    expect(findings).toHaveLength(3000);
    for (const finding of findings) expect(finding.message.length).toBeLessThan(120);
  });
});
