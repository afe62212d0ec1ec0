import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";

const root = join(__dirname, "..", "..");

describe("bench/worker.js, the bench's one-worker harness", () => {
  let cases: string;
  beforeAll(() => {
    cases = mkdtempSync(join(tmpdir(), "ancillary-bench-worker-"));
    mkdirSync(join(cases, "list"));
    // The examples that draft: the one at charge applies for nothing yet.
    const drafts = (name: string) => parse(readFileSync(join(root, "examples", name), "utf8")).applications !== undefined;
    for (const example of readdirSync(join(root, "examples")).filter((name) => name.endsWith(".yaml") && drafts(name))) {
      copyFileSync(join(root, "examples", example), join(cases, "list", example));
    }
  });
  afterAll(() => rmSync(cases, { recursive: true, force: true }));

  it("drafts every case with the worker's own code and reports the load, the first case and the rest apart", () => {
    const out = execFileSync(process.execPath, [join(root, "bench", "worker.js"), cases], { encoding: "utf8" });
    const stretches = JSON.parse(out) as Array<{ cases: string; cpuMs: number; wallMs: number }>;
    const count = readdirSync(join(cases, "list")).length;
    expect(stretches.map((s) => s.cases)).toEqual(["load", "1-1", `2-${count}`]);
    for (const stretch of stretches) expect(stretch.cpuMs).toBeGreaterThan(0);
    // It writes nothing beside the cases.
    expect(readdirSync(cases)).toEqual(["list"]);
  });
});
