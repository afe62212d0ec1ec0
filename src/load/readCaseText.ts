import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from "node:fs";
import { InputError } from "./errors";

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface ReadOptions {
  /** Files larger than this are refused before they are parsed. */
  maxBytes?: number;
}

/** A case file as read: its bytes (what a manifest hashes) and the text they decode to. */
export interface CaseFile {
  bytes: Buffer;
  text: string;
}

/**
 * Reads a case file as UTF-8 text, refusing what cannot be a case file
 * (directories, oversized files, binary data, other encodings) before any parsing.
 */
export async function readCaseText(filePath: string, options: ReadOptions = {}): Promise<string> {
  return readCaseFile(filePath, options).text;
}

/**
 * readCaseText's work, synchronously, keeping the bytes too. Synchronous on
 * purpose: a case file is small, and fs.promises' FileHandle (open, stat, read,
 * close, each a trip through libuv's thread pool) cost a batch worker about
 * 2.5 ms of CPU a case, more than parsing and checking the case.
 */
export function readCaseFile(filePath: string, options: ReadOptions = {}): CaseFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let fd: number;
  try {
    // Non-blocking open: a named pipe must be refused below, not wait forever for a writer.
    fd = openSync(filePath, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new InputError(filePath, describeOpenError(error));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(filePath, "is a folder, not a case file: name a .yaml file inside it");
    if (!stat.isFile()) throw new InputError(filePath, "is not a regular file: name a .yaml case file");
    if (stat.size > maxBytes) {
      throw new InputError(
        filePath,
        `is ${stat.size} bytes, over the ${maxBytes}-byte limit for a case file: check it is the right file, or raise the limit with --max-bytes`,
      );
    }
    const bytes = readUpTo(fd, stat.size, maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new InputError(filePath, `grew past the ${maxBytes}-byte limit while being read: try again once it is complete`);
    }
    return { bytes, text: decodeUtf8(filePath, bytes) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(filePath, describeOpenError(error));
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end of the file or `limit` bytes, whichever comes first; `expected` is the size stat gave. */
function readUpTo(fd: number, expected: number, limit: number): Buffer {
  // One byte more than stat said, so a file that grew meanwhile is seen to have grown.
  let buffer = Buffer.allocUnsafe(Math.min(expected + 1, limit));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) break;
      const larger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
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
