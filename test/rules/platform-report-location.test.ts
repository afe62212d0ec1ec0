import { findingText, findingsFor, instagramPost, validCase } from "../support/cases";

const post = instagramPost();

describe("platform-report-location", () => {
  it("says nothing of a case with nothing held online", () => {
    expect(findingsFor("platform-report-location", validCase())).toEqual([]);
  });

  it("says nothing of an online copy that records its service and where the content is", () => {
    const c = validCase();
    c.property.push(post);
    expect(findingsFor("platform-report-location", c)).toEqual([]);
  });

  it("warns that the report cannot say where the content is when `location` is missing", () => {
    const c = validCase();
    c.property.push({ ...post, location: undefined });
    const findings = findingsFor("platform-report-location", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", path: ["property", 1] });
    expect(findings[0].message).toContain("property item P2 holds intimate images online but has no `location`");
    expect(findings[0].message).toContain("cannot say where the content is");
    expect(findings[0].citation).toBe("Online Safety Act 2023, s.20A(2)(d)");
    expect(findings[0].hint).toContain("never one containing the complainant's name");
  });

  it("warns that the report does not say which service when `platform` is missing", () => {
    const c = validCase();
    c.property.push({ ...post, platform: undefined });
    const findings = findingsFor("platform-report-location", c);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining("has no `platform`")]);
  });

  it("treats a cloud account as a place online too", () => {
    const c = validCase();
    c.property.push({ id: "P2", description: "Photo storage", kind: "cloud-account", holdsIntimateImages: true });
    expect(findingsFor("platform-report-location", c)).toHaveLength(2);
  });

  it("says nothing of an online item that holds no intimate images", () => {
    const c = validCase();
    c.property.push({ ...post, location: undefined, platform: undefined, holdsIntimateImages: false });
    expect(findingsFor("platform-report-location", c)).toEqual([]);
  });

  it("says nothing for a hearing before the report existed: no report is drafted to fill in", () => {
    const c = validCase();
    c.hearing.date = "2026-06-28";
    c.property.push({ ...post, location: undefined });
    expect(findingsFor("platform-report-location", c)).toEqual([]);
  });

  it("never quotes the item's text", () => {
    const c = validCase();
    c.property.push({ ...post, description: "Post by Joanna Pelham", location: undefined });
    expect(findingText(findingsFor("platform-report-location", c))).not.toMatch(/joanna|pelham/i);
  });
});
