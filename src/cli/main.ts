import { Command, CommanderError } from "../vendor/commander";
import { processIO, type CliIO } from "./io";
import { ExitCode, UsageError } from "./errors";
import { InputError } from "../load/errors";
import { registerCommands } from "./commands";
import { printablePath } from "../output/printable";

const VERSION: string = (require("../../package.json") as { version: string }).version;

/** Builds the program; each command lives in its own file under commands/. */
export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command("ancillary")
    .description(
      "Drafts deprivation orders (Sentencing Act 2020, s.153) for intimate image cases in England and Wales: " +
        "checks a YAML case against the statute, then writes the order wording and court-ready DOCX.",
    )
    .version(VERSION, "-V, --version", "print the version")
    .option("--debug", "print a stack trace for unexpected errors")
    .helpOption("-h, --help", "show help for a command")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerCommands(program, io, setExit);
  program.addHelpText(
    "after",
    "\nGetting started:\n" +
      "  $ ancillary init case.yaml          write a commented case to fill in\n" +
      "  $ ancillary validate case.yaml      every problem, at its line, with the law behind it\n" +
      "  $ ancillary draft case.yaml --out out/\n" +
      "  $ ancillary explain property-condition\n\n" +
      "Exit codes: 0 success, 1 the case has errors, 2 usage or I/O problem.",
  );
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return program;
}

/** Runs the CLI and resolves to the exit code; never throws, never prints a stack unless --debug. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  if (argv.length <= 2) {
    io.err(program.helpInformation());
    return ExitCode.usage;
  }
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return reportFailure(error, io, argv.includes("--debug"));
  }
}

function reportFailure(error: unknown, io: CliIO, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version are successes.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return ExitCode.ok;
    return ExitCode.usage;
  }
  if (error instanceof InputError) {
    io.err(`${printablePath(error.filePath)}: ${error.message}\n`);
    return ExitCode.usage;
  }
  // By name: the pipeline (and its class) loads only with the commands that read cases.
  if (error instanceof Error && error.name === "CaseFileNameRefused") {
    io.err(`${printablePath((error as Error & { withheldPath: string }).withheldPath)}: ${error.message}\n`);
    return ExitCode.caseErrors;
  }
  if (error instanceof UsageError) {
    io.err(`ancillary: ${error.message}\n`);
    return ExitCode.usage;
  }
  // Each command loads its modules when it runs, so a missing piece of the build shows here, not in bin/.
  if (!debug && isMissingModule(error)) {
    io.err(`ancillary: cannot start: the installation is incomplete or damaged (MODULE_NOT_FOUND); run \`npm ci\` (or \`npm run build\`) in the package folder\n`);
    return ExitCode.usage;
  }
  if (debug) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`ancillary: unexpected error: ${message}\n`);
    if (error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return ExitCode.usage;
  }
  io.err(`ancillary: unexpected error: ${describeUnexpected(error)}\n`);
  io.err("  (this is a bug in ancillary; run again with --debug for details and report it)\n");
  return ExitCode.usage;
}

function isMissingModule(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND";
}

/**
 * What went wrong, without the error's own message unless it is the system's: a
 * library's message may quote the case it was working on, and nothing printed may
 * name a complainant. --debug prints everything, for the person who asks.
 */
function describeUnexpected(error: unknown): string {
  const system = error as NodeJS.ErrnoException | undefined;
  if (error instanceof Error && typeof system?.code === "string" && typeof system.syscall === "string") return error.message;
  const name = error instanceof Error ? error.name : typeof error;
  return `${name} (details withheld, as they may quote the case)`;
}
