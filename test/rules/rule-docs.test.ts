import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { allRules } from "../../src/orders/index";

const docsDir = join(__dirname, "..", "..", "docs", "rules");

describe("rule docs (read by `ancillary explain`)", () => {
  it.each(allRules.map((r) => [r.id, r] as const))("%s has a doc in the shape of jurisdiction.md", (id, rule) => {
    const file = join(docsDir, `${id}.md`);
    expect(existsSync(file)).toBe(true);
    const doc = readFileSync(file, "utf8");
    expect(doc.split("\n")[0]).toBe(`# ${id}`);
    expect(doc).toMatch(new RegExp(`^\\*\\*Severity:\\*\\* ${rule.severity}\\b`, "m"));
    const authority = /^\*\*Authority:\*\* (.*)$/m.exec(doc)?.[1] ?? "";
    expect(authority).toContain(rule.citation);
    for (const heading of ["## What it checks", "## Why", "## How to fix"]) expect(doc).toContain(heading);
  });

  it("ids are unique kebab-case, and each rule has a summary and a citation", () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(rule.citation.length).toBeGreaterThan(5);
    }
  });

  it("keeps the public ids and severities", () => {
    expect(Object.fromEntries(allRules.map((r) => [r.id, r.severity]))).toEqual({
      jurisdiction: "error",
      "code-commencement": "error",
      "references-resolve": "error",
      "conviction-required": "error",
      "offence-in-force": "error",
      "provision-precise": "warning",
      "dates-consistent": "error",
      "property-condition": "error",
      "purpose-condition": "error",
      "no-possession-offence": "error",
      "information-not-property": "error",
      "property-identified": "error",
      "value-and-effects": "error",
      proportionality: "warning",
      "remote-data": "warning",
      "complainant-named": "error",
      "evidence-of-use": "error",
      "third-party-property": "warning",
      "destruction-scope": "warning",
      "lawful-material": "warning",
      "deprivation-not-sought": "warning",
      "restraining-protects": "error",
      "restraining-necessity": "error",
      "restraining-period": "error",
      "restraining-prohibits-only": "error",
      "restraining-double-negative": "error",
      "restraining-place": "warning",
      "restraining-retention": "warning",
      "shpo-listing": "error",
      "shpo-listing-unverified": "warning",
      "shpo-necessity": "error",
      "shpo-terms": "error",
      "shpo-period": "error",
      "shpo-prohibitions-forbid": "error",
      "shpo-requirements-require": "error",
      "shpo-unsettled-terms": "warning",
      "shpo-holiday-data": "warning",
      "platform-report-location": "warning",
      "platform-report-in-force": "info",
      "unverified-law": "info",
      "law-currency": "info",
      "outcome-references": "error",
      "outcome-date": "error",
      "outcome-decision": "error",
    });
  });
});
