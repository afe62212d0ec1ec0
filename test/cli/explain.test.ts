import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PRE_RULE_CHECKS } from "../../src/diagnostics/preRuleChecks";
import { packageRoot, runCli } from "../support/cli";

const findingsDir = join(packageRoot, "docs", "findings");

/** Every ruleId written in the code of a folder (and the folders below it). */
function ruleIdsIn(folder: string): string[] {
  const dir = join(packageRoot, folder);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .flatMap((file) => [...readFileSync(join(dir, file), "utf8").matchAll(/ruleId: "([a-z-]+)"/g)].map((m) => m[1]));
}

describe("ancillary explain, for the checks before the rules", () => {
  it.each(["yaml-syntax", "schema"])("prints the page for %s", (id) => {
    const result = runCli(["explain", id]);
    expect(result).toEqual({ code: 0, stdout: readFileSync(join(findingsDir, `${id}.md`), "utf8"), stderr: "" });
  });

  it("has a page, in the shape of the rules' pages, for every finding the YAML and schema stages write", () => {
    const emitted = [...new Set([...ruleIdsIn("src/load"), ...ruleIdsIn("src/schema")])].sort();
    expect(emitted).toEqual(["schema", "yaml-syntax"]);
    expect(PRE_RULE_CHECKS.map((c) => c.id).sort()).toEqual(emitted);
    for (const check of PRE_RULE_CHECKS) {
      const page = readFileSync(join(findingsDir, `${check.id}.md`), "utf8");
      expect(page.split("\n")[0]).toBe(`# ${check.id}`);
      expect(page).toMatch(new RegExp(`^\\*\\*Severity:\\*\\* ${check.severity}\\b`, "m"));
      for (const heading of ["## What it checks", "## Why", "## How to fix"]) expect(page).toContain(heading);
    }
  });

  it("lists them apart from the legal rules in `ancillary rules`", () => {
    const result = runCli(["rules"]);
    expect(result.code).toBe(0);
    const [rules, before] = result.stdout.split("\nBefore the rules, the file itself is checked (no legal authority):\n");
    expect(rules).toContain("jurisdiction");
    expect(before.split("\n").filter(Boolean).map((line) => line.split(/\s+/)[0])).toEqual(["yaml-syntax", "schema"]);
  });

  it("still refuses an id that is neither a rule nor a check, exit 2", () => {
    expect(runCli(["explain", "yaml"])).toMatchObject({ code: 2, stderr: 'ancillary: there is no rule "yaml"; run `ancillary rules` to list them\n' });
  });
});
