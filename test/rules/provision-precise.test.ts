import { findingsFor, validCase } from "../support/cases";

describe("provision-precise", () => {
  it("says nothing of an offence charged by its subsection", () => {
    expect(findingsFor("provision-precise", validCase())).toEqual([]);
  });

  it("warns of voyeurism charged as the whole of s.67, listing the subsection keys", () => {
    const c = validCase();
    c.offences[0].provision = "SOA2003:67";
    const findings = findingsFor("provision-precise", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["offences", 0, "provision"], citation: "Sexual Offences Act 2003, s.67" });
    for (const key of ["SOA2003:67(1)", "SOA2003:67(2)", "SOA2003:67(3)", "SOA2003:67(4)"]) expect(findings[0].hint).toContain(`\`${key}\``);
  });

  it("warns of s.67A charged as a whole", () => {
    const c = validCase();
    c.offences[0].provision = "SOA2003:67A";
    expect(findingsFor("provision-precise", c)[0].hint).toContain("`SOA2003:67A(2)`");
  });

  it("warns where the old disclosure offence's particulars describe a threat, pointing to the threat key", () => {
    const c = validCase();
    c.offences[0].provision = "CJCA2015:33";
    c.offences[0].committed = { on: "2020-05-01" };
    c.offences[0].particulars = "Threatened to disclose a private sexual photograph of the complainant, intending to cause her distress.";
    const [finding] = findingsFor("provision-precise", c);
    expect(finding.hint).toContain("`CJCA2015:33(threat)`");
    expect(finding.hint).toContain("29 June 2021");
  });

  it("says nothing of a disclosure charged as the disclosure offence", () => {
    const c = validCase();
    c.offences[0].provision = "CJCA2015:33";
    c.offences[0].committed = { on: "2020-05-01" };
    c.offences[0].particulars = "Disclosed a private sexual photograph of the complainant, intending to cause her distress.";
    expect(findingsFor("provision-precise", c)).toEqual([]);
  });
});
