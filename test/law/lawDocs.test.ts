import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import table from "../../src/law/table.json";
import { lawTable } from "../../src/law/lawTable";

const root = join(__dirname, "..", "..");
const read = (...parts: string[]) => readFileSync(join(root, ...parts), "utf8");
const lawPage = read("docs", "law.md");

/** Each fact of docs/law.md: its id and its text (the list item it heads). */
function facts(): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of lawPage.split(/\n(?=- \*\*\[)/)) {
    const match = /^- \*\*\[([a-z0-9-]+)\]\*\* ([\s\S]*?)(?:\n\n|\n(?=#)|$)/.exec(item);
    if (match) out.set(match[1], match[2]);
  }
  return out;
}

/** Every `law` value anywhere in the law table. */
function lawIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(lawIds);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === "law" && typeof inner === "string" ? [inner] : lawIds(inner)));
}

/** Every certainty anywhere in the law table, with where it sits. */
function certainties(value: unknown, path = ""): Array<[string, unknown]> {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === "certainty" ? [[path, inner] as [string, unknown]] : certainties(inner, `${path}.${key}`)));
}

describe("docs/law.md: the law the software relies on, shipped with it", () => {
  const known = facts();

  it("gives every fact a unique id, a certainty and a source", () => {
    const ids = [...lawPage.matchAll(/^- \*\*\[([a-z0-9-]+)\]\*\*/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(30);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, text] of known) {
      expect([id, /Certainty:\s+(statute|secondary|check)/.test(text)]).toEqual([id, true]);
      expect([id, /Sources?:\s+S\d+/.test(text)]).toEqual([id, true]);
    }
  });

  it("lists every source key a fact cites", () => {
    const listed = new Set([...lawPage.matchAll(/^- (S\d+) /gm)].map((m) => m[1]));
    const cited = new Set([...lawPage.matchAll(/\bS(\d+)\b/g)].map((m) => `S${m[1]}`).filter((key) => key !== "S40-S49"));
    for (const key of cited) expect([key, listed.has(key)]).toEqual([key, true]);
  });

  it("backs every value of the law table with a fact", () => {
    const ids = lawIds(table);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect([id, known.has(id)]).toEqual([id, true]);
  });

  it("gives every value of the law table one of the three certainties", () => {
    for (const [path, certainty] of certainties(table)) expect([path, ["statute", "secondary", "check"].includes(String(certainty))]).toEqual([path, true]);
  });

  it("has a row for every offence key of the law table", () => {
    for (const key of lawTable.offenceKeys()) {
      const shown = key.replace(/\((\w+)\)$/, "");
      expect([key, lawPage.includes(`\`${key}\``) || lawPage.includes(`\`${shown}`)]).toEqual([key, true]);
    }
  });

  it("backs every rule document: each names the facts it rests on", () => {
    for (const file of readdirSync(join(root, "docs", "rules"))) {
      const doc = read("docs", "rules", file);
      const line = /^\*\*Law:\*\* docs\/law\.md (.+)$/m.exec(doc);
      expect([file, line !== null]).toEqual([file, true]);
      for (const [, id] of line![1].matchAll(/\[([a-z0-9-]+)\]/g)) expect([file, id, known.has(id)]).toEqual([file, id, true]);
    }
  });

  it("backs every note in the templates that names a fact", () => {
    const dir = join(root, "templates");
    const files = [...readdirSync(dir).filter((f) => f.endsWith(".hbs")), ...readdirSync(join(dir, "partials")).map((f) => join("partials", f))];
    let named = 0;
    for (const file of files) {
      for (const note of read("templates", file).matchAll(/\{\{!--([\s\S]*?)--\}\}/g)) {
        for (const [, id] of note[1].matchAll(/\[([a-z0-9-]+)\]/g)) {
          named++;
          expect([file, id, known.has(id)]).toEqual([file, id, true]);
        }
      }
    }
    expect(named).toBeGreaterThan(10);
  });

  it("is what the project points to: no file refers to notes outside the repository", () => {
    const places = ["README.md", "docs/templates.md", "docs/architecture.md", "schemas/case.schema.json", "schemas/starter-case.yaml", "src/law/table.json"];
    for (const file of readdirSync(join(root, "docs", "rules"))) places.push(`docs/rules/${file}`);
    for (const file of readdirSync(join(root, "docs", "plan"))) places.push(`docs/plan/${file}`);
    for (const place of places) expect([place, /\.\.\/shared|law notes/i.test(read(place))]).toEqual([place, false]);
  });

  it("ships in the package", () => {
    const pkg = JSON.parse(read("package.json")) as { files: string[] };
    expect(pkg.files).toContain("docs/law.md");
  });
});
