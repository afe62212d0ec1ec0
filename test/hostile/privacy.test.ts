/**
 * The complainant's name must never be printed: not in a document, a diagnostic,
 * an error message, a summary or a batch manifest, in any --format. Each fixture
 * names the complainant (Joanna Pelham) in its own way; each case is refused, and
 * nothing ancillary prints or writes repeats the name.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../support/cli";
import { filesUnder, fixturesDir, folded, scratch, STACK_LINE } from "./helpers";

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
    expect(filesUnder(out)).toEqual(["manifest.json"]);
    const manifest = readFileSync(join(out, "manifest.json"), "utf8");
    const parsed = JSON.parse(manifest) as { cases: Array<{ status: string; folder: string | null }> };
    expect(parsed.cases.map((c) => [c.status, c.folder])).toEqual(FIXTURES.map(() => ["failed", null]));
    expect(nameWordsIn(manifest)).toEqual([]);
  });
});
