import { InvalidArgumentError, Option } from "commander";

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

/**
 * -j, --jobs, whose help ends with the default of batch/jobs.ts. That module
 * formats a number for the help with Intl (about 10 ms of ICU start-up), so
 * it is loaded only when the help is printed: every command is registered on
 * each run, and a `draft` has no use for it.
 */
export function jobsOption(purpose: string, cores: number): Option {
  const option = new Option("-j, --jobs <n>").argParser(positiveInteger("--jobs"));
  Object.defineProperty(option, "description", {
    get: () => {
      const { DEFAULT_JOBS_HELP } = require("../batch/jobs") as typeof import("../batch/jobs");
      return `${purpose} (default: ${DEFAULT_JOBS_HELP}; this machine has ${cores} cores)`;
    },
  });
  return option;
}
