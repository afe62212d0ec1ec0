/** Where a command writes: real streams in the CLI, buffers in tests. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal a person watches (progress bars). */
  interactive: boolean;
}

const gone = new WeakSet<NodeJS.WritableStream>();
const watched = new WeakSet<NodeJS.WritableStream>();

/**
 * Writes to a process stream that may be closed under us: `ancillary schema | head -1`
 * closes the pipe after one line. An error on the stream (EPIPE) means no one reads
 * any more: later writes are dropped quietly and the command ends with its own exit
 * code, instead of Node's "Unhandled 'error' event" crash and stack trace.
 */
function writeTo(stream: NodeJS.WriteStream, text: string): void {
  for (const s of [process.stdout, process.stderr]) {
    if (watched.has(s)) continue;
    watched.add(s);
    s.on("error", () => gone.add(s));
  }
  if (gone.has(stream) || stream.destroyed) return;
  stream.write(text);
}

export const processIO: CliIO = {
  out: (text) => writeTo(process.stdout, text),
  err: (text) => writeTo(process.stderr, text),
  interactive: Boolean(process.stderr.isTTY),
};
