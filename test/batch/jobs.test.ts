import { defaultJobs, POOL_FROM_CASES } from "../../src/batch/jobs";

describe("the default number of threads", () => {
  it("keeps a short run on two cores to one thread, where a second measured no faster", () => {
    expect(defaultJobs(1, 2)).toBe(1);
    expect(defaultJobs(POOL_FROM_CASES - 1, 2)).toBe(1);
    expect(defaultJobs(POOL_FROM_CASES - 1, 1)).toBe(1);
  });

  it("uses one thread a core from a thousand cases, and on more than two cores", () => {
    expect(POOL_FROM_CASES).toBe(1000);
    expect(defaultJobs(POOL_FROM_CASES, 2)).toBe(2);
    expect(defaultJobs(100_000, 2)).toBe(2);
    expect(defaultJobs(500, 8)).toBe(8);
  });

  it("never uses more threads than cases or fewer than one", () => {
    expect(defaultJobs(3, 8)).toBe(3);
    expect(defaultJobs(0, 8)).toBe(1);
  });
});
