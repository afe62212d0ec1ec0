import { lawTable, type LawTable } from "../../src/law/lawTable";
import { findingsFor, validCase } from "../support/cases";

describe("no-possession-offence", () => {
  it("accepts the use routes", () => {
    expect(findingsFor("no-possession-offence", validCase())).toEqual([]);
  });

  it("refuses the unlawful-possession route for an intimate image offence: possession is not itself an offence", () => {
    const c = validCase();
    c.property[0].use = { route: "unlawful-possession", offences: ["O1"] };
    const findings = findingsFor("no-possession-offence", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["property", 0, "use", "route"] });
    expect(findings[0].message).toContain("not itself an offence");
  });

  it("cites the route as s.153(5), and its content as the old power's", () => {
    const c = validCase();
    c.property[0].use = { route: "unlawful-possession", offences: ["O1"] };
    const [finding] = findingsFor("no-possession-offence", c);
    expect(finding.citation).toBe("Sentencing Act 2020, s.153(5)");
    expect(finding.message).toContain("Powers of Criminal Courts (Sentencing) Act 2000, s.143(2)");
    expect(finding.message).not.toContain("unconfirmed");
  });

  it("refuses the route for an item that names no offence at all", () => {
    const c = validCase();
    c.property[0].use = { route: "unlawful-possession" };
    expect(findingsFor("no-possession-offence", c)).toHaveLength(1);
  });

  it("accepts the route where a named offence is one of possession (table field `possessionOffence`)", () => {
    const base = lawTable;
    const law: LawTable = {
      ...base,
      offence: (key) => {
        const entry = base.offence(key);
        return entry && key === "PHA1997:2" ? { ...entry, possessionOffence: true } : entry;
      },
    };
    const c = validCase();
    c.offences.push({ id: "O2", provision: "PHA1997:2", committed: { on: "2026-03-03" }, particulars: "x", takenIntoConsideration: true });
    c.property[0].use = { route: "unlawful-possession", offences: ["O1", "O2"] };
    expect(findingsFor("no-possession-offence", c, law)).toEqual([]);
  });
});
