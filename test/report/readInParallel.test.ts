import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { discoverInputs } from "../../src/batch/discover";
import { summariseCases } from "../../src/report/readCases";
import { summariseInParallel } from "../../src/report/readInParallel";
import { SummaryBuilder } from "../../src/report/summary";
import { packageRoot } from "../support/cli";

describe("reading a report's cases on several threads", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-report-threads-"));
    const examples = join(packageRoot, "examples", "report");
    const sources = readdirSync(examples).filter((f) => f.endsWith(".yaml")).sort();
    // 300 cases: the twenty examples over and over, with a file that is not a case and one too big among them.
    for (let i = 0; i < 300; i++) writeFileSync(join(scratch, `case-${String(i).padStart(3, "0")}.yaml`), readFileSync(join(examples, sources[i % sources.length]), "utf8"));
    writeFileSync(join(scratch, "case-150-broken.yaml"), "court: [unclosed\n");
    writeFileSync(join(scratch, "case-151-big.yaml"), `# ${"x".repeat(5000)}\n`);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("gives the same figures as one thread, whatever the number of threads", async () => {
    const inputs = discoverInputs([scratch]);
    const alone = summariseCases(inputs, { maxBytes: 4096 });
    expect(alone.totals.cases).toBe(300);
    expect(alone.notCounted.map((n) => n.kind)).toEqual(["not-a-case", "unreadable"]);
    const workerCounts = jest.spyOn(SummaryBuilder.prototype, "addSummary");
    try {
      for (const jobs of [2, 3]) {
        workerCounts.mockClear();
        const shared = await summariseInParallel(inputs, { maxBytes: 4096, jobs, minCasesAWorker: 50 });
        // Each worker's counts are added once: jobs - 1 workers, beside this thread.
        expect(workerCounts).toHaveBeenCalledTimes(jobs - 1);
        expect(shared).toEqual(alone);
      }
    } finally {
      workerCounts.mockRestore();
    }
  });

  it("reads on this thread alone when the cases are too few to pay for a worker", async () => {
    const inputs = discoverInputs([scratch]).slice(0, 40);
    const workerCounts = jest.spyOn(SummaryBuilder.prototype, "addSummary");
    try {
      expect(await summariseInParallel(inputs, { jobs: 4 })).toEqual(summariseCases(inputs));
      expect(workerCounts).not.toHaveBeenCalled();
    } finally {
      workerCounts.mockRestore();
    }
  });
});
