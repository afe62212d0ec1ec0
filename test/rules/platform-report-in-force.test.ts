import { findingsFor, instagramPost, validCase } from "../support/cases";

const post = instagramPost();

describe("platform-report-in-force", () => {
  it("notes, for a hearing the day before 29 June 2026, that no report is drafted because the duty did not exist", () => {
    const c = validCase();
    c.hearing.date = "2026-06-28";
    c.property.push(post);
    const findings = findingsFor("platform-report-in-force", c);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", path: ["property", 1] });
    expect(findings[0].message).toContain("no intimate image content report is drafted for it");
    expect(findings[0].message).toContain("did not exist until 29 June 2026");
    expect(findings[0].citation).toBe("Online Safety Act 2023, s.20A and s.10(3A) (SI 2026/689, reg. 2(1)(j))");
  });

  it("says nothing for a hearing on 29 June 2026, when the report is drafted", () => {
    const c = validCase();
    c.hearing.date = "2026-06-29";
    c.property.push(post);
    expect(findingsFor("platform-report-in-force", c)).toEqual([]);
  });

  it("says nothing of an earlier case with nothing held online", () => {
    const c = validCase();
    c.hearing.date = "2026-06-28";
    expect(findingsFor("platform-report-in-force", c)).toEqual([]);
  });
});
