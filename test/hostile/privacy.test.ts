/**
 * The complainant's name must never be printed: not in a document, a diagnostic,
 * an error message, a summary or a batch manifest, in any --format. Each fixture
 * names the complainant (Joanna Pelham) in its own way; each case is refused, and
 * nothing ancillary prints or writes repeats the name.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../support/cli";
import { exampleCase, filesUnder, fixturesDir, folded, scratch, STACK_LINE } from "./helpers";
import { readManifestLines } from "../support/manifest";

const NAME_WORDS = ["joanna", "pelham"];

const FIXTURES = readdirSync(fixturesDir)
  .filter((file) => file.startsWith("names-complainant-"))
  .sort();

/** Which words of the name a text shows, however it is cased, accented or split by invisible characters. */
function nameWordsIn(text: string): string[] {
  const plain = folded(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ""));
  return NAME_WORDS.filter((word) => plain.includes(word));
}

let area: ReturnType<typeof scratch>;
beforeAll(() => {
  area = scratch("privacy");
});
afterAll(() => area.remove());

it("has the fixtures it means to test, and each really names the complainant", () => {
  expect(FIXTURES).toEqual([
    "names-complainant-after-stray-bracket.yaml",
    "names-complainant-as-key.yaml",
    "names-complainant-hidden.yaml",
    "names-complainant-in-text.yaml",
    "names-complainant-in-yaml-error.yaml",
  ]);
  for (const file of FIXTURES) expect({ file, words: nameWordsIn(readFileSync(join(fixturesDir, file), "utf8")) }).toEqual({ file, words: NAME_WORDS });
});

describe.each(FIXTURES)("%s", (file) => {
  const input = join(fixturesDir, file);

  it.each(["text", "json", "sarif"])("validate --format %s: refused (exit 1), and nothing printed names the complainant", (format) => {
    const result = runCli(["validate", "--format", format, input]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error/);
    expect(nameWordsIn(result.stdout + result.stderr)).toEqual([]);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it.each(["text", "json"])("draft --format %s: refused (exit 1), nothing written, and nothing printed names the complainant", (format) => {
    const out = join(area.dir, "draft", `${file}-${format}`);
    const result = runCli(["draft", "--format", format, input, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nothing was written");
    expect(nameWordsIn(result.stdout + result.stderr)).toEqual([]);
    expect(filesUnder(out)).toEqual([]);
  });
});

describe("batch over every fixture that names the complainant", () => {
  it.each(["text", "json"])("--format %s: every case fails, no folder is written, and neither the output nor the manifest names the complainant", (format) => {
    const out = join(area.dir, `batch-${format}`);
    const result = runCli(["batch", ...FIXTURES.map((f) => join(fixturesDir, f)), "--out", out, "--jobs", "2", "--format", format]);
    expect(result.code).toBe(1);
    expect(nameWordsIn(result.stdout + result.stderr)).toEqual([]);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
    expect(filesUnder(out)).toEqual(["manifest.jsonl"]);
    const manifest = readFileSync(join(out, "manifest.jsonl"), "utf8");
    const parsed = readManifestLines<{ input: string; status: string; folder: string | null }>(out);
    expect(parsed.cases.map((c) => [c.status, c.folder])).toEqual(FIXTURES.map(() => ["failed", null]));
    expect(nameWordsIn(manifest)).toEqual([]);
  });
});

describe("a case file whose name is the complainant's", () => {
  // exampleCase names its complainant Joanna Pelham; a copy is saved under her name.
  const text = () => readFileSync(exampleCase, "utf8");
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(area.dir, "named-"));
    mkdirSync(join(dir, "cases"));
    writeFileSync(join(dir, "cases", "joanna-pelham.yaml"), text());
    writeFileSync(join(dir, "cases", "other.yaml"), text().replace('reference: "41LN0456726"', 'reference: "41LN0456727"'));
  });

  const FILE_REFUSED = "cases/[name withheld].yaml: this file's name contains a protected complainant's name: rename the file (the name is withheld here)";

  it("validate refuses it in one line, exit 1, and still checks the other files", () => {
    const result = runCli(["validate", "cases/joanna-pelham.yaml", "cases/other.yaml"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${FILE_REFUSED}\n`);
    expect(result.stdout).toMatch(/^1 file checked: no errors/m);
    expect(nameWordsIn(result.stdout + result.stderr)).toEqual([]);
  });

  it("validate refuses it even when the case does not match the schema, printing none of its findings", () => {
    writeFileSync(join(dir, "cases", "joanna-pelham.yaml"), text().replace("version: 1", "version: 7"));
    const result = runCli(["validate", "--format", "json", "cases/joanna-pelham.yaml"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${FILE_REFUSED}\n`);
    expect(nameWordsIn(result.stdout + result.stderr)).toEqual([]);
  });

  it("draft refuses it in one line, exit 1, and writes nothing", () => {
    const result = runCli(["draft", "cases/joanna-pelham.yaml", "--out", "out"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${FILE_REFUSED}\n`);
    expect(result.stdout).toBe("");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("draft refuses a folder in the path that names her", () => {
    mkdirSync(join(dir, "Pelham"));
    writeFileSync(join(dir, "Pelham", "case.yaml"), text());
    const result = runCli(["draft", "Pelham/case.yaml", "--out", "out"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("[name withheld]/case.yaml: a folder in this file's path contains a protected complainant's name: rename the folder (the name is withheld here)\n");
  });

  it("batch refuses it (exit 1), drafts the others, and neither its output nor its manifest records the name, on --resume too", () => {
    const bytes = readFileSync(join(dir, "cases", "joanna-pelham.yaml"));
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    for (const args of [[], ["--resume"], ["--resume"]]) {
      const result = runCli(["batch", "cases", "--out", "out", ...args], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^1 drafted, 1 failed, 0 skipped of 2 cases|^0 drafted, 1 failed, 1 skipped of 2 cases/);
      expect(result.stderr).toBe(`${FILE_REFUSED}; its SHA-256 is ${sha256}\n`);
      const manifestText = readFileSync(join(dir, "out", "manifest.jsonl"), "utf8");
      expect(nameWordsIn(result.stdout + result.stderr + manifestText)).toEqual([]);
      const manifest = readManifestLines<{ input: string; withheld?: boolean; status: string; inputSha256: string | null; folder: string | null }>(join(dir, "out"));
      // On --resume the earlier run's records come first, then this run's (the last line for an input wins).
      expect(manifest.cases.map((c) => [c.input, c.withheld ?? false, c.status, c.inputSha256, c.folder]).sort()).toEqual([
        ["../cases/[name withheld].yaml", true, "failed", sha256, null],
        ["../cases/other.yaml", false, args.length === 0 ? "drafted" : "skipped", expect.any(String), "41LN0456727"],
      ]);
    }
    expect(filesUnder(join(dir, "out")).filter((f) => nameWordsIn(f).length > 0)).toEqual([]);
  });
});
