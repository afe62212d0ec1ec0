import { findingsFor, validCase } from "../support/cases";
import type { PropertyItem } from "../../src/case/types";

/** The case with a second item, in the application, described as given. */
function withItem(kind: PropertyItem["kind"], description: string) {
  const c = validCase();
  c.property.push({ ...c.property[0], id: "P2", kind, description });
  c.applications!.deprivation!.property.push("P2");
  return c;
}

describe("information-not-property", () => {
  it("accepts a phone", () => {
    expect(findingsFor("information-not-property", validCase())).toEqual([]);
  });

  it.each([
    ["storage-media", "image files"],
    ["other", "the photographs"],
    ["other", "Video files of the complainant"],
    ["device", "WhatsApp messages sent to the complainant's colleagues"],
    ["other", "Data extracted from the phone"],
    ["other", "Images stored on the laptop"],
    ["printed-material", "Digital copies of the photographs"],
  ] as const)("refuses %s described as %j: the information, not the thing that holds it", (kind, description) => {
    const findings = findingsFor("information-not-property", withItem(kind, description));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", path: ["property", 1, "description"] });
    expect(findings[0].hint).toContain("phone, drive or print");
    expect(findings[0].message).not.toContain(description);
  });

  it("refuses a cloud account in the application, at its kind", () => {
    const [finding] = findingsFor("information-not-property", withItem("cloud-account", "Photo storage"));
    expect(finding).toMatchObject({ severity: "error", path: ["property", 1, "kind"] });
    expect(finding.message).toContain("has not been decided");
    expect(finding.citation).toContain("Your Response Ltd v Datateam Business Media Ltd [2014] EWCA Civ 281 (by analogy)");
  });

  it.each([
    ["other", "Dropbox account holding the videos"],
    ["other", "Google Drive folder of photographs"],
    ["other", "Instagram profile"],
  ] as const)("refuses %s described as %j: an online place", (kind, description) => {
    const [finding] = findingsFor("information-not-property", withItem(kind, description));
    expect(finding.message).toContain("online account");
  });

  it.each([
    ["device", "a phone holding the images"],
    ["storage-media", "a USB stick of image files"],
    ["printed-material", "printed photographs"],
    ["printed-material", "Six photographs, 6 by 4 inches"],
    ["device", "iPhone 14 with the defendant's iCloud account signed in"],
    ["storage-media", "SanDisk 64 GB memory card from the camera, holding the video files"],
    ["device", "Canon camera and its memory card holding the footage"],
    ["other", "Black holdall"],
  ] as const)("accepts %s described as %j: a physical thing", (kind, description) => {
    expect(findingsFor("information-not-property", withItem(kind, description))).toEqual([]);
  });

  it("ignores information listed but not sought", () => {
    const c = validCase();
    c.property.push({ id: "P2", kind: "other", description: "image files" });
    expect(findingsFor("information-not-property", c)).toEqual([]);
  });
});
