/** Exit codes: the contract with shells and CI. */
export const ExitCode = {
  ok: 0,
  /** The case has errors. */
  caseErrors: 1,
  /** Usage, I/O or anything else that is not the case's fault. */
  usage: 2,
} as const;

/** A mistake in how the command was called: printed as one line, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
