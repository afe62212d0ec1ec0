import { findingsFor, restrainingCase, validCase } from "../support/cases";
import type { PropertyItem } from "../../src/case/types";

const account: PropertyItem = {
  id: "P2",
  description: "The defendant's cloud photo storage account",
  kind: "cloud-account",
  identifiers: { account: "m.oakes.photos" },
  holdsIntimateImages: true,
};

describe("remote-data", () => {
  it("says nothing of a phone holding the images", () => {
    expect(findingsFor("remote-data", validCase())).toEqual([]);
  });

  it("warns of an account holding the images that is not in the application, naming what can reach it", () => {
    const c = validCase();
    c.property.push(account);
    const findings = findingsFor("remote-data", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["property", 1, "kind"] });
    expect(findings[0].message).toContain("Sentencing Act 2020, ss.359-360");
    expect(findings[0].message).toContain("cannot require deletion");
    expect(findings[0].message).toContain("Sentencing Act 2020, Part 11, Chapter 2");
  });

  it("treats an item of kind `online-copy` as held online, whatever its description says", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Copy of the photograph", kind: "online-copy", holdsIntimateImages: true });
    const findings = findingsFor("remote-data", c);
    expect(findings).toHaveLength(1);
    expect(findings[0].path).toEqual(["property", 1, "kind"]);
  });

  it("hands the complainant the drafted report, for a hearing from 29 June 2026", () => {
    const c = validCase();
    c.property.push(account);
    expect(findingsFor("remote-data", c)[0].hint).toContain("the intimate image content report drafted for it in platform-reports.docx");
  });

  it("warns of the same account when it is in the application too", () => {
    const c = validCase();
    c.property.push(account);
    c.applications!.deprivation!.property.push("P2");
    expect(findingsFor("remote-data", c)).toHaveLength(1);
  });

  it("never states that a sexual harm prevention order is available: the listing is unconfirmed", () => {
    const c = validCase();
    c.property.push(account);
    const [finding] = findingsFor("remote-data", c);
    expect(finding.message).toMatch(/where one is available.*does not confirm/);
  });

  it("names the platform report, made by the complainant or someone for them, for a hearing from 29 June 2026", () => {
    const c = validCase();
    c.property.push(account);
    const [finding] = findingsFor("remote-data", c);
    expect(finding.message).toContain("Online Safety Act 2023, s.20A and s.10(3A)");
    expect(finding.message).toContain("made by the complainant or someone acting for them");
    expect(finding.message).toContain("48 hours");
  });

  it("does not name the platform report for a hearing before it came into force", () => {
    const c = validCase();
    c.hearing.date = "2026-06-28";
    c.property.push(account);
    const [finding] = findingsFor("remote-data", c);
    expect(finding.message).not.toContain("Online Safety Act");
    expect(finding.message).toContain("ss.359-360");
  });

  it("warns of an `other` item described as a profile, at the description, without echoing it", () => {
    const c = validCase();
    c.property.push({ ...account, kind: "other", description: "Instagram profile where the photograph was posted" });
    const [finding] = findingsFor("remote-data", c);
    expect(finding.path).toEqual(["property", 1, "description"]);
    expect(finding.message).not.toContain("Instagram profile");
  });

  it("says nothing of a phone whose description mentions the account signed in on it", () => {
    const c = validCase();
    c.property[0].description = "iPhone 14, signed in to the defendant's iCloud account";
    expect(findingsFor("remote-data", c)).toEqual([]);
  });

  it("says nothing of an account not said to hold intimate images", () => {
    const c = validCase();
    c.property.push({ ...account, holdsIntimateImages: undefined, description: "Six social media accounts used to send messages" });
    expect(findingsFor("remote-data", c)).toEqual([]);
  });
  it("asks for a restraining order with the term that forbids sharing the images, when none is proposed", () => {
    const c = validCase();
    c.property.push(account);
    expect(findingsFor("remote-data", c)[0].hint).toMatch(/^ask for a restraining order with the `no-images` term/);
  });

  it("does not ask for a restraining order the case already proposes with that term", () => {
    const c = restrainingCase();
    c.property.push(account);
    const [finding] = findingsFor("remote-data", c);
    expect(finding.hint).not.toMatch(/ask for a restraining order/);
    expect(finding.hint).toMatch(/proposed restraining order's `no-images` term forbids sharing them/);
  });

  it("asks for the term that forbids sharing when the proposed restraining order lacks it", () => {
    const c = restrainingCase({ terms: ["no-contact"] });
    c.property.push(account);
    expect(findingsFor("remote-data", c)[0].hint).toMatch(/^add the `no-images` term to the proposed restraining order/);
  });
});
