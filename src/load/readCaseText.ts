import { constants as fsConstants, promises as fs } from "node:fs";
import { InputError } from "./errors";

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface ReadOptions {
  /** Files larger than this are refused before they are parsed. */
  maxBytes?: number;
}

/**
 * Reads a case file as UTF-8 text, refusing what cannot be a case file
 * (directories, oversized files, binary data, other encodings) before any parsing.
 */
export async function readCaseText(filePath: string, options: ReadOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let handle: fs.FileHandle;
  try {
    // Non-blocking open: a named pipe must be refused below, not wait forever for a writer.
    handle = await fs.open(filePath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new InputError(filePath, describeOpenError(error));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(filePath, "is a folder, not a case file: name a .yaml file inside it");
    if (!stat.isFile()) throw new InputError(filePath, "is not a regular file: name a .yaml case file");
    if (stat.size > maxBytes) {
      throw new InputError(
        filePath,
        `is ${stat.size} bytes, over the ${maxBytes}-byte limit for a case file: check it is the right file, or raise the limit with --max-bytes`,
      );
    }
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) {
      throw new InputError(filePath, `grew past the ${maxBytes}-byte limit while being read: try again once it is complete`);
    }
    return decodeUtf8(filePath, bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(filePath, describeOpenError(error));
  } finally {
    await handle.close();
  }
}

function decodeUtf8(filePath: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new InputError(filePath, "is empty: start from `ancillary init` to get a case to fill in");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(filePath, "is UTF-16 text, not UTF-8: save it as UTF-8 from your editor and try again");
  }
  if (bytes.includes(0)) throw new InputError(filePath, "holds binary data (a NUL byte), not UTF-8 YAML text: check it is the right file, and save it as UTF-8");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(filePath, "is not UTF-8 text: save it as UTF-8 from your editor and try again");
  }
  // A byte-order mark is legal but invisible; drop it so positions match the editor.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeOpenError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "does not exist: check the path";
    case "EACCES":
    case "EPERM":
      return "cannot be read (permission denied): check its permissions";
    case "EISDIR":
      return "is a folder, not a case file: name a .yaml file inside it";
    default:
      return `cannot be read (${code ?? "unknown error"})`;
  }
}
