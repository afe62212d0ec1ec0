import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { allRules } from "../../src/orders/index";
import { ruleSeverities } from "../support/cases";

const fixturesDir = join(__dirname, "..", "fixtures", "rules");
const examplesDir = join(__dirname, "..", "..", "examples");

/** Every fixture and the exact set of (rule, severity) it must produce. */
const expected: Record<string, string[]> = {
  "jurisdiction.yaml": ["jurisdiction:error"],
  "code-commencement.yaml": ["code-commencement:error"],
  "references-resolve.yaml": ["references-resolve:error"],
  "conviction-required.yaml": ["conviction-required:error"],
  "offence-in-force.yaml": ["offence-in-force:error"],
  "provision-precise.yaml": ["provision-precise:warning"],
  "dates-consistent.yaml": ["dates-consistent:error", "dates-consistent:warning"],
  "property-condition.yaml": ["property-condition:error"],
  "purpose-condition.yaml": ["purpose-condition:error"],
  "no-possession-offence.yaml": ["no-possession-offence:error"],
  "information-not-property.yaml": ["information-not-property:error"],
  "property-identified.yaml": ["property-identified:error"],
  "value-and-effects.yaml": ["value-and-effects:error"],
  "proportionality.yaml": ["proportionality:warning"],
  "remote-data.yaml": ["remote-data:warning"],
  "complainant-named.yaml": ["complainant-named:error"],
  "evidence-of-use.yaml": ["evidence-of-use:error"],
  "third-party-property.yaml": ["third-party-property:info", "third-party-property:warning"],
  "destruction-scope.yaml": ["destruction-scope:info", "destruction-scope:warning"],
  "lawful-material.yaml": ["lawful-material:warning"],
  "deprivation-not-sought.yaml": ["deprivation-not-sought:warning"],
  "restraining-protects.yaml": ["restraining-protects:error"],
  "restraining-necessity.yaml": ["restraining-necessity:error"],
  "restraining-period.yaml": ["restraining-period:error"],
  "restraining-prohibits-only.yaml": ["restraining-prohibits-only:error"],
  "restraining-double-negative.yaml": ["restraining-double-negative:error"],
  "restraining-place.yaml": ["restraining-place:warning"],
  "restraining-retention.yaml": ["restraining-retention:warning"],
  "shpo-listing.yaml": ["shpo-listing:error"],
  "shpo-listing-unverified.yaml": ["shpo-listing-unverified:warning"],
  "shpo-necessity.yaml": ["shpo-listing-unverified:warning", "shpo-necessity:error"],
  "shpo-terms.yaml": ["shpo-listing-unverified:warning", "shpo-terms:error"],
  "shpo-period.yaml": ["shpo-listing-unverified:warning", "shpo-period:error"],
  "shpo-prohibitions-forbid.yaml": ["shpo-listing-unverified:warning", "shpo-prohibitions-forbid:error"],
  "shpo-requirements-require.yaml": ["shpo-listing-unverified:warning", "shpo-requirements-require:error"],
  "shpo-unsettled-terms.yaml": ["shpo-listing-unverified:warning", "shpo-unsettled-terms:warning"],
  "shpo-holiday-data.yaml": ["law-currency:info", "shpo-holiday-data:warning", "shpo-listing-unverified:warning"],
  "platform-report-location.yaml": ["platform-report-location:warning", "remote-data:warning"],
  "platform-report-in-force.yaml": ["platform-report-in-force:info", "remote-data:warning"],
  "unverified-law.yaml": ["unverified-law:info"],
  "law-currency.yaml": ["law-currency:info"],
  "outcome-references.yaml": ["outcome-references:error"],
  "outcome-date.yaml": ["outcome-date:error"],
  "outcome-decision.yaml": ["outcome-decision:error"],
};

const files = readdirSync(fixturesDir).filter((f) => f.endsWith(".yaml")).sort();

describe("rule fixtures", () => {
  it("has an expectation for every fixture file, and a file for every expectation", () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it("exercises every rule", () => {
    const covered = new Set(Object.values(expected).flat().map((s) => s.split(":")[0]));
    expect(allRules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(files)("%s produces exactly its expected rules and severities", (file) => {
    const text = readFileSync(join(fixturesDir, file), "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../../../schemas/case.schema.json");
    const analysis = analyseCaseText(text);
    expect(analysis.case).toBeDefined();
    expect(ruleSeverities(analysis.diagnostics)).toEqual(expected[file]);
  });

  it("never prints the complainant's name in any diagnostic", () => {
    for (const file of files) {
      const analysis = analyseCaseText(readFileSync(join(fixturesDir, file), "utf8"));
      const printed = JSON.stringify(analysis.diagnostics);
      expect(printed).not.toMatch(/joanna|pelham/i);
    }
  });

  it.each(readdirSync(examplesDir).filter((f) => f.endsWith(".yaml")))("example %s has no errors", (file) => {
    const analysis = analyseCaseText(readFileSync(join(examplesDir, file), "utf8"));
    expect(analysis.case).toBeDefined();
    expect(analysis.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});
