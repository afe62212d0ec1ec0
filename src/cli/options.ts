import { InvalidArgumentError, Option } from "../vendor/commander";
import { DEFAULT_JOBS_HELP } from "../batch/jobs";

export type ReportFormat = "text" | "json" | "sarif";

export function formatOption(choices: ReportFormat[] = ["text", "json", "sarif"]): Option {
  return new Option("--format <format>", "how to print the findings").choices(choices).default("text");
}

export function maxBytesOption(): Option {
  return new Option("--max-bytes <bytes>", "refuse case files larger than this, before parsing").default(1024 * 1024).argParser(positiveInteger("--max-bytes"));
}

export function positiveInteger(flag: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${flag} takes a whole number of 1 or more, not "${value}"`);
    return Number(value);
  };
}

/** -j, --jobs, whose help ends with how batch/jobs.ts chooses the default. */
export function jobsOption(purpose: string, cores: number): Option {
  return new Option("-j, --jobs <n>", `${purpose} (default: ${DEFAULT_JOBS_HELP}; this machine has ${cores} cores)`).argParser(positiveInteger("--jobs"));
}
