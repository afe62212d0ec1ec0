import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHECK_RULES, CHECK_RULES_PAGE } from "../../src/check/checkRules";

const root = join(__dirname, "..", "..");

/** Every rule id the check's source can report: each string of a rule id's form there (they are nothing else). */
function reportedIds(): Set<string> {
  const files = [
    ...readdirSync(join(root, "src", "check")).map((f) => join("src", "check", f)),
    join("src", "render", "templateLimits.ts"),
    join("src", "render", "templates.ts"),
  ].filter((f) => f.endsWith(".ts") && !f.endsWith("checkRules.ts"));
  const ids = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(root, file), "utf8");
    for (const match of text.matchAll(/ruleId: "([a-z-]+)"/g)) ids.add(match[1]);
    for (const match of text.matchAll(/"((?:template|golden|wording|example)-[a-z-]+)"/g)) ids.add(match[1]);
  }
  return ids;
}

/** GitHub's anchor for a heading: lower case, punctuation but hyphens dropped, spaces as hyphens. */
function anchors(markdown: string): Set<string> {
  return new Set(
    [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      m[1]
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, "")
        .replace(/\s/g, "-"),
    ),
  );
}

describe("the check's rules, as code scanning is told of them", () => {
  it("describe every kind of finding the check reports", () => {
    const described = new Set(CHECK_RULES.map((r) => r.id));
    const reported = reportedIds();
    expect(reported.size).toBeGreaterThan(15);
    expect([...reported].filter((id) => !described.has(id))).toEqual([]);
    expect([...described].filter((id) => !reported.has(id))).toEqual([]);
  });

  it("each have a section of docs/templates.md under their id, for the help link", () => {
    const sections = anchors(readFileSync(join(root, CHECK_RULES_PAGE), "utf8"));
    expect(CHECK_RULES.filter((rule) => !sections.has(rule.id)).map((r) => r.id)).toEqual([]);
  });

  it("each say what is wrong in one short sentence, within what code scanning shows", () => {
    expect(new Set(CHECK_RULES.map((r) => r.id)).size).toBe(CHECK_RULES.length);
    for (const rule of CHECK_RULES) {
      expect(rule.summary).toMatch(/^[A-Z{t].*\.$/);
      expect(rule.summary.length).toBeLessThanOrEqual(120);
      for (const text of [rule.description, rule.fix]) expect(text.length).toBeLessThanOrEqual(1000);
    }
  });
});
