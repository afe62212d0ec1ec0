import { findingsFor, validCase } from "../support/cases";

describe("deprivation-not-sought", () => {
  it("accepts a case that seeks the order for the phone holding the images", () => {
    expect(findingsFor("deprivation-not-sought", validCase())).toEqual([]);
  });

  it("warns where there is no application at all (CPS guidance, March 2025)", () => {
    const c = validCase();
    delete c.applications;
    const findings = findingsFor("deprivation-not-sought", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["property", 0, "holdsIntimateImages"] });
    expect(findings[0].citation).toContain("CPS");
  });

  it("warns of an item holding images left out of the application", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "USB memory stick", kind: "storage-media", holdsIntimateImages: true });
    expect(findingsFor("deprivation-not-sought", c).map((f) => f.path)).toEqual([["property", 1, "holdsIntimateImages"]]);
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

  it("does not ask for an order over an account, which it cannot reach", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Photo storage account", kind: "cloud-account", holdsIntimateImages: true });
    expect(findingsFor("deprivation-not-sought", c)).toEqual([]);
  });

  it("says nothing of items not marked as holding images", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Laptop", kind: "device" });
    expect(findingsFor("deprivation-not-sought", c)).toEqual([]);
  });
});
