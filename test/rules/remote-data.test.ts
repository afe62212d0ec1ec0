import { findingsFor, validCase } from "../support/cases";
import type { PropertyItem } from "../../src/case/types";

const account: PropertyItem = {
  id: "P2",
  description: "The defendant's cloud photo storage account",
  kind: "cloud-account",
  identifiers: { account: "m.oakes.photos" },
  use: { route: "used-to-facilitate", offences: ["O1"] },
  holdsIntimateImages: true,
};

describe("remote-data", () => {
  it("accepts a phone", () => {
    expect(findingsFor("remote-data", validCase())).toEqual([]);
  });

  it("refuses a cloud account in the application and says what can reach it", () => {
    const c = validCase();
    c.property.push(account);
    c.applications!.deprivation!.property.push("P2");
    const findings = findingsFor("remote-data", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["property", 1, "kind"] });
    expect(findings[0].citation).toContain("Your Response Ltd v Datateam Business Media Ltd [2014] EWCA Civ 281");
    expect(findings[0].message).toContain("Sentencing Act 2020, ss.359-360");
    expect(findings[0].message).toContain("Online Safety Act 2023");
  });

  it("refuses an `other` item described as online storage, at the description, without echoing it", () => {
    const c = validCase();
    c.property.push({ ...account, kind: "other", description: "Dropbox folder of photographs" });
    c.applications!.deprivation!.property.push("P2");
    const [finding] = findingsFor("remote-data", c);
    expect(finding.path).toEqual(["property", 1, "description"]);
    expect(finding.message).not.toContain("Dropbox folder");
  });

  it("accepts a phone whose description mentions the account signed in on it", () => {
    const c = validCase();
    c.property[0].description = "iPhone 14, signed in to the defendant's iCloud account";
    expect(findingsFor("remote-data", c)).toEqual([]);
  });

  it("ignores an account listed but not sought", () => {
    const c = validCase();
    c.property.push(account);
    expect(findingsFor("remote-data", c)).toEqual([]);
  });
});
