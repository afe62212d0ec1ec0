import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { actionRules } from "../../src/plan/actions/index";

const root = join(__dirname, "..", "..");
const lawPage = readFileSync(join(root, "docs", "law.md"), "utf8");
const lawIds = new Set([...lawPage.matchAll(/^- \*\*\[([a-z0-9-]+)\]\*\*/gm)].map((m) => m[1]));

describe("the plan's action rules", () => {
  it("each has a unique kebab-case id, one file in src/plan/actions/, a test and a page", () => {
    const ids = actionRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(join(root, "src", "plan", "actions")).filter((f) => f !== "index.ts").map((f) => f.replace(/\.ts$/, ""));
    expect(files.sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect([id, existsSync(join(root, "test", "plan", `${id}.test.ts`))]).toEqual([id, true]);
      expect([id, existsSync(join(root, "docs", "plan", `${id}.md`))]).toEqual([id, true]);
    }
    expect(readdirSync(join(root, "docs", "plan")).sort()).toEqual(ids.map((id) => `${id}.md`).sort());
  });

  it("each page names its authority as the rule does, and the facts of docs/law.md it rests on", () => {
    for (const rule of actionRules) {
      const page = readFileSync(join(root, "docs", "plan", `${rule.id}.md`), "utf8");
      expect(page.startsWith(`# ${rule.id}\n`)).toBe(true);
      const authority = /^\*\*Authority:\*\* (.+)$/m.exec(page)?.[1] ?? "";
      expect([rule.id, authority.startsWith(rule.citation)]).toEqual([rule.id, true]);
      const law = /^\*\*Law:\*\* docs\/law\.md (.+)$/m.exec(page)?.[1] ?? "";
      const facts = [...law.matchAll(/\[([a-z0-9-]+)\]/g)].map((m) => m[1]);
      expect(facts.length).toBeGreaterThan(0);
      for (const fact of facts) expect([rule.id, fact, lawIds.has(fact)]).toEqual([rule.id, fact, true]);
    }
  });

  it("say what is not statute: a rule whose authority is reported or unconfirmed carries that certainty", () => {
    for (const rule of actionRules) {
      const page = readFileSync(join(root, "docs", "plan", `${rule.id}.md`), "utf8");
      const authority = /^\*\*Authority:\*\* (.+)$/m.exec(page)![1];
      if (rule.certainty === "secondary") expect([rule.id, authority]).toEqual([rule.id, expect.stringContaining("(reported")]);
      if (rule.certainty === "check") expect([rule.id, authority]).toEqual([rule.id, expect.stringContaining("check")]);
    }
  });

  it("never import the CLI: the command is a thin layer over src/plan", () => {
    const dir = join(root, "src", "plan");
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".ts"));
    for (const file of files) expect([file, /from "(\.\.\/)+cli\//.test(readFileSync(join(dir, file), "utf8"))]).toEqual([file, false]);
  });
});
