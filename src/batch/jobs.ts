/**
 * How many threads `batch` and `report` use when --jobs is not given: chosen by
 * what measured faster (bench/README.md, "Threads that pay"). Each worker is its
 * own V8 isolate that loads and compiles the pipeline again, which a short run
 * on few cores does not earn back: there one thread is as fast and uses less
 * CPU. From POOL_FROM_CASES cases on, one thread a core is faster.
 */
import { availableParallelism } from "node:os";
import { withThousands } from "../view/format";

/** Cores at or below which a short run keeps to one thread. */
export const FEW_CORES = 2;
/** Cases from which a run on few cores uses one thread a core. */
export const POOL_FROM_CASES = 1000;

/** The default number of threads for a run of `cases` cases; never more than the cores or the cases. */
export function defaultJobs(cases: number, cores: number = availableParallelism()): number {
  const jobs = cores <= FEW_CORES && cases < POOL_FROM_CASES ? 1 : cores;
  return Math.max(1, Math.min(jobs, cases));
}

/** What --help says about the default. */
export const DEFAULT_JOBS_HELP = `one a core; on ${FEW_CORES} cores or fewer, one below ${withThousands(POOL_FROM_CASES)} cases, where more measured no faster`;
