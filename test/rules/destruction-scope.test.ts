import { findingsFor, validCase } from "../support/cases";
import type { Case } from "../../src/case/types";

function withLaptop(change: (c: Case) => void): Case {
  const c = validCase();
  c.property.push({ ...c.property[0], id: "P2", description: "Family laptop, silver", identifiers: { exhibit: "KT/2" } });
  c.applications!.deprivation!.property.push("P2");
  change(c);
  return c;
}

describe("destruction-scope", () => {
  it("says nothing when every item holds the images and is the offender's", () => {
    expect(findingsFor("destruction-scope", validCase())).toEqual([]);
  });

  it("notes that a laptop holding no images will not be asked to be destroyed", () => {
    const findings = findingsFor("destruction-scope", withLaptop((c) => (c.property[1].holdsIntimateImages = false)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", path: ["property", 1, "holdsIntimateImages"] });
    expect(findings[0].message).toContain("holds no intimate images");
  });

  it.each(["joint", "third-party"] as const)("warns that a %s laptop will not be asked to be destroyed, and why its owner matters", (ownership) => {
    const findings = findingsFor("destruction-scope", withLaptop((c) => (c.property[1].ownership = ownership)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["property", 1, "ownership"] });
    expect(findings[0].hint).toContain("other owner's position is needed");
  });

  it("warns of an item whose owner is not stated, at the item", () => {
    const findings = findingsFor("destruction-scope", withLaptop((c) => delete c.property[1].ownership));
    expect(findings.map((f) => [f.severity, f.path])).toEqual([["warning", ["property", 1, "id"]]]);
  });

  it("says nothing unless destruction is asked for", () => {
    const c = withLaptop((c) => (c.property[1].ownership = "joint"));
    c.applications!.deprivation!.disposal = "retain-for-evidence";
    expect(findingsFor("destruction-scope", c)).toEqual([]);
  });
});
