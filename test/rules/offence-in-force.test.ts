import { lawTable } from "../../src/law/lawTable";
import { findingsFor, validCase } from "../support/cases";

describe("offence-in-force", () => {
  it("accepts s.66B(4) committed after 31 January 2024", () => {
    expect(findingsFor("offence-in-force", validCase())).toEqual([]);
  });

  it("accepts s.66B(4) committed on its first day in force", () => {
    const c = validCase();
    c.offences[0].committed = { on: "2024-01-31" };
    expect(findingsFor("offence-in-force", c)).toEqual([]);
  });

  it("refuses s.66B(4) committed before it came into force, citing the provision", () => {
    const c = validCase();
    c.offences[0].committed = { on: "2024-01-30" };
    const findings = findingsFor("offence-in-force", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["offences", 0, "committed", "on"], citation: "Sexual Offences Act 2003, s.66B(4)" });
    expect(findings[0].message).toContain("31 January 2024");
    expect(findings[0].hint).toContain("CJCA2015:33");
  });

  it("refuses a period that straddles the day s.66B came into force, at `from`, and suggests splitting it", () => {
    const c = validCase();
    c.offences[0].committed = { from: "2024-01-20", to: "2024-02-10" };
    const [finding] = findingsFor("offence-in-force", c);
    expect(finding.path).toEqual(["offences", 0, "committed", "from"]);
    expect(finding.message).toContain("part of the period");
    expect(finding.hint).toContain("split the charge");
  });

  it("accepts CJCA 2015 s.33 for conduct before its repeal", () => {
    const c = validCase();
    c.offences[0].provision = "CJCA2015:33";
    c.offences[0].committed = { on: "2024-01-30" };
    expect(findingsFor("offence-in-force", c)).toEqual([]);
  });

  it("refuses CJCA 2015 s.33 for conduct on the day of its repeal, at `on`", () => {
    const c = validCase();
    c.offences[0].provision = "CJCA2015:33";
    c.offences[0].committed = { on: "2024-01-31" };
    const findings = findingsFor("offence-in-force", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: ["offences", 0, "committed", "on"], citation: "Criminal Justice and Courts Act 2015, s.33" });
    expect(findings[0].message).toContain("repealed");
    expect(findings[0].hint).toContain("SOA2003:66B(4)");
  });

  it("refuses CJCA 2015 s.33 for a period running past its repeal, at `to`", () => {
    const c = validCase();
    c.offences[0].provision = "CJCA2015:33";
    c.offences[0].committed = { from: "2023-12-01", to: "2024-02-01" };
    const [finding] = findingsFor("offence-in-force", c);
    expect(finding.path).toEqual(["offences", 0, "committed", "to"]);
  });

  it("refuses CJCA 2015 s.33 for conduct before it came into force in 2015", () => {
    const c = validCase();
    c.offences[0].provision = "CJCA2015:33";
    c.offences[0].committed = { on: "2015-04-12" };
    expect(findingsFor("offence-in-force", c)[0].message).toContain("13 April 2015");
  });

  it("skips the in-force check where the table does not record the commencement date (s.67A)", () => {
    const c = validCase();
    c.offences[0].provision = "SOA2003:67A(2)";
    c.offences[0].committed = { on: "1990-01-01" };
    expect(findingsFor("offence-in-force", c)).toEqual([]);
  });

  it("refuses voyeurism by recording before s.67 came into force", () => {
    const c = validCase();
    c.offences[0].provision = "SOA2003:67(3)";
    c.offences[0].committed = { on: "2004-04-30" };
    const [finding] = findingsFor("offence-in-force", c);
    expect(finding).toMatchObject({ severity: "error", citation: "Sexual Offences Act 2003, s.67(3)" });
    expect(finding.message).toContain("1 May 2004");
  });

  it("refuses a threat to disclose under CJCA 2015 s.33 before the threat limb existed (29 June 2021)", () => {
    const c = validCase();
    c.offences[0].provision = "CJCA2015:33(threat)";
    c.offences[0].committed = { on: "2021-06-28" };
    const [finding] = findingsFor("offence-in-force", c);
    expect(finding.severity).toBe("error");
    expect(finding.message).toContain("29 June 2021");
  });

  it("accepts a threat to disclose under CJCA 2015 s.33 between 29 June 2021 and its repeal", () => {
    const c = validCase();
    c.offences[0].provision = "CJCA2015:33(threat)";
    c.offences[0].committed = { on: "2023-05-01" };
    expect(findingsFor("offence-in-force", c)).toEqual([]);
  });

  it("warns, never refuses, of s.67(3) conduct from 29 June 2026, whose repeal is unconfirmed", () => {
    const c = validCase();
    c.offences[0].provision = "SOA2003:67(3)";
    c.offences[0].committed = { from: "2026-06-20", to: "2026-07-02" };
    const findings = findingsFor("offence-in-force", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["offences", 0, "committed", "to"] });
    expect(findings[0].message).toContain("unconfirmed");
    expect(findings[0].hint).toContain("`SOA2003:66AB`");
  });

  it("says nothing of s.67(3) conduct before 29 June 2026", () => {
    const c = validCase();
    c.offences[0].provision = "SOA2003:67(3)";
    c.offences[0].committed = { on: "2026-06-28" };
    expect(findingsFor("offence-in-force", c)).toEqual([]);
  });

  it("says the entry is unconfirmed when the table marks it `check` (s.66E)", () => {
    const c = validCase();
    c.offences[0].provision = "SOA2003:66E";
    c.offences[0].committed = { on: "2026-02-05" };
    const [finding] = findingsFor("offence-in-force", c);
    expect(finding.message).toContain("6 February 2026");
    expect(finding.message).toContain("unconfirmed: verify");
  });

  it("refuses an unknown provision key, naming the few known keys nearest to it and suggesting the nearest", () => {
    const c = validCase();
    c.offences[0].provision = "SOA 2003 s.66B(2)";
    const findings = findingsFor("offence-in-force", c);
    expect(findings).toHaveLength(1);
    expect(findings[0].path).toEqual(["offences", 0, "provision"]);
    const named = lawTable.offenceKeys().filter((key) => findings[0].message.includes(`\`${key}\``));
    expect(named).toHaveLength(5);
    expect(named).toContain("SOA2003:66B(2)");
    expect(findings[0].message).toContain(`and ${lawTable.offenceKeys().length - 5} more (\`ancillary explain offence-in-force\` lists them all)`);
    expect(findings[0].hint).toContain("`SOA2003:66B(2)`");
  });

  it("suggests CJCA2015:33 for a near miss", () => {
    const c = validCase();
    c.offences[0].provision = "CJCA2015:s33";
    expect(findingsFor("offence-in-force", c)[0].hint).toContain("`CJCA2015:33`");
  });

  it("does not echo the unknown provision text, which is free text", () => {
    const c = validCase();
    c.offences[0].provision = "Pelham threat";
    const [finding] = findingsFor("offence-in-force", c);
    expect(finding.message + finding.hint).not.toContain("Pelham");
  });
});
