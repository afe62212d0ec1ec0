/**
 * A problem reading input that is not about the case's content: missing file,
 * unreadable file, too large. The CLI maps it to exit code 2.
 */
export class InputError extends Error {
  constructor(
    readonly filePath: string,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}
