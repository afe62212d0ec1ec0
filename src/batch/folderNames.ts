import { safeFileName } from "../files/safeName";
import { NameSet } from "./nameSet";

/** Names that must never be a case folder: the manifest (and the one of versions before 3) sits beside the folders. */
const RESERVED = ["manifest.jsonl", "manifest.json"];
const MAX_NAME = 80;

/**
 * Gives each case its own folder, named from its reference made safe for a file
 * name; a second case with the same reference gets `-2`, a third `-3`, and so on.
 * Names are compared without case, as macOS and Windows compare them. Claims are
 * made in input order, so the same inputs always get the same folders.
 */
export class FolderNames {
  /** Every name taken, in lower case: one a case for the whole batch, so kept compact (nameSet.ts). */
  private readonly taken = new NameSet();
  /**
   * For each stem (the part before `-n`, lower case) and number of digits, the
   * suffix to try next: every smaller one with as many digits is taken. Without
   * it the 1,000th case with one reference would try the 999 names before its
   * own, and a batch of repeats would take quadratic time.
   */
  private readonly nextSuffix = new Map<string, number>();

  constructor() {
    for (const name of RESERVED) this.taken.add(name);
  }

  /** Marks a folder as used (one named by an earlier run's manifest). */
  reserve(name: string): void {
    this.taken.add(name.toLowerCase());
  }

  claim(reference: string): string {
    const base = safeFileName(reference, "case");
    if (this.take(base)) return base;
    for (let digits = 1; ; digits++) {
      // A suffix keeps within the 80 characters safeFileName allows, so the name reads back as plain.
      const stem = base.slice(0, MAX_NAME - digits - 1);
      const key = `${digits}:${stem.toLowerCase()}`;
      const last = 10 ** digits - 1;
      for (let n = this.nextSuffix.get(key) ?? Math.max(2, 10 ** (digits - 1)); n <= last; n++) {
        this.nextSuffix.set(key, n + 1);
        const name = `${stem}-${n}`;
        if (this.take(name)) return name;
      }
    }
  }

  /** Takes a name if it is free (compared without case); says whether it was. */
  private take(name: string): boolean {
    return this.taken.add(name.toLowerCase());
  }
}

/** True when a name is one a case folder could have been given (for names read back from a manifest). */
export function isPlainFolderName(name: string): boolean {
  return name !== "" && !RESERVED.includes(name.toLowerCase()) && safeFileName(name, "") === name;
}
