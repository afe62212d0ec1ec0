import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "./sha256";

/**
 * The files a (re)draft would replace in a case folder that this batch cannot
 * vouch for: there, but neither with the bytes its manifest recorded nor with
 * the bytes about to be written. Replacing those needs --force. A file that
 * already holds exactly the new bytes (what a killed run wrote before recording
 * it) is no conflict: it is kept.
 */
export function foreignFiles(folder: string, recorded: ReadonlyArray<{ fileName: string; sha256: string }>, files: ReadonlyArray<{ fileName: string; sha256: string }>): string[] {
  const vouched = new Map(recorded.map((o) => [o.fileName, o.sha256]));
  return files
    .filter((file) => {
      const bytes = readIfThere(join(folder, file.fileName));
      if (bytes === null) return false;
      if (bytes === undefined) return true;
      const found = sha256(bytes);
      return found !== file.sha256 && found !== vouched.get(file.fileName);
    })
    .map((file) => file.fileName);
}

/** A file's bytes; null when there is no such file, undefined when there is one that cannot be read. */
export function readIfThere(path: string): Buffer | null | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? null : undefined;
  }
}
