import { findingsFor, validCase } from "../support/cases";

describe("deprivation-not-sought", () => {
  it("accepts a case that seeks the order for the phone used and holding the images", () => {
    expect(findingsFor("deprivation-not-sought", validCase())).toEqual([]);
  });

  it("warns where a phone used for the offence is not sought (CPS guidance, March 2025)", () => {
    const c = validCase();
    delete c.applications;
    const findings = findingsFor("deprivation-not-sought", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["property", 0, "holdsIntimateImages"] });
    expect(findings[0].citation).toContain("Crown Prosecution Service");
    expect(findings[0].hint).toContain("add it to `applications.deprivation.property`");
  });

  it("does not push a drive that merely holds the images into the application", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "USB memory stick", kind: "storage-media", holdsIntimateImages: true });
    const findings = findingsFor("deprivation-not-sought", c);
    expect(findings.map((f) => f.path)).toEqual([["property", 1, "holdsIntimateImages"]]);
    expect(findings[0].message).toContain("holding the images is not enough");
    expect(findings[0].citation).toBe("Sentencing Act 2020, s.153(3)");
    expect(findings[0].hint).not.toContain("add it to `applications.deprivation.property`");
  });

  it("points a drive that merely holds the images to the routes that can reach them", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "USB memory stick", kind: "storage-media", holdsIntimateImages: true });
    const [finding] = findingsFor("deprivation-not-sought", c);
    expect(finding.hint).toContain("restraining order terms");
    expect(finding.hint).toContain("sexual harm prevention order where one is available");
    expect(finding.hint).toContain("Online Safety Act 2023, s.20A");
  });

  it("says nothing without a conviction", () => {
    const c = validCase();
    delete c.offences[0].conviction;
    delete c.applications;
    expect(findingsFor("deprivation-not-sought", c)).toEqual([]);
  });

  it("says nothing where the conviction is not for an intimate image offence", () => {
    const c = validCase();
    c.offences[0].provision = "PHA1997:2";
    delete c.applications;
    expect(findingsFor("deprivation-not-sought", c)).toEqual([]);
  });

  it("leaves an account, which the order does not reach, to remote-data", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Photo storage account", kind: "cloud-account", holdsIntimateImages: true });
    c.property.push({ id: "P3", description: "Dropbox account holding the photograph", kind: "other", holdsIntimateImages: true });
    expect(findingsFor("deprivation-not-sought", c)).toEqual([]);
  });

  it("says nothing of items not marked as holding images", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Laptop", kind: "device" });
    expect(findingsFor("deprivation-not-sought", c)).toEqual([]);
  });
});
