import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyDraftingExamples } from "../support/draftingExamples";

const root = join(__dirname, "..", "..");

describe("bench/worker.js, the bench's one-worker harness", () => {
  let cases: string;
  beforeAll(() => {
    cases = mkdtempSync(join(tmpdir(), "ancillary-bench-worker-"));
    mkdirSync(join(cases, "list"));
    copyDraftingExamples(join(cases, "list"));
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
