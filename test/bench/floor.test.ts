import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { copyDraftingExamples } from "../support/draftingExamples";

const root = join(__dirname, "..", "..");

/** Every file under dir with its bytes and mode, and every folder with its mode. */
function tree(dir: string, under = dir): Array<[string, number, string]> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const mode = statSync(path).mode & 0o777;
    if (entry.isDirectory()) return [[relative(under, path), mode, "folder"] as [string, number, string], ...tree(path, under)];
    return [[relative(under, path), mode, readFileSync(path).toString("base64")] as [string, number, string]];
  });
}

describe("bench/floor.js, the floor a batch is measured against", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "ancillary-bench-floor-"));
    mkdirSync(join(work, "cases"));
    copyDraftingExamples(join(work, "cases"));
    execFileSync(process.execPath, [join(root, "bin", "ancillary.js"), "batch", "cases", "--out", "reference", "--quiet"], { cwd: work });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each([[[]], [["--deflate"]]])("writes the very bytes of the reference batch into the same layout, owner-only (%j)", (extra: string[]) => {
    const out = join(work, `floor${extra.join("")}`);
    const printed = JSON.parse(execFileSync(process.execPath, [join(root, "bench", "floor.js"), join(work, "reference"), out, ...extra], { encoding: "utf8" })) as { cases: number; load: { cpuMs: number; wallMs: number } };
    expect(printed.cases).toBe(readdirSync(join(work, "cases")).length);
    expect(printed.load.wallMs).toBeGreaterThan(0);
    expect(tree(out)).toEqual(tree(join(work, "reference")));
  });
});
