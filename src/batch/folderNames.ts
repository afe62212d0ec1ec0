import { safeFileName } from "../files/safeName";

/** Names that must never be a case folder: the manifest sits beside the folders. */
const RESERVED = ["manifest.json"];
const MAX_NAME = 80;

/**
 * Gives each case its own folder, named from its reference made safe for a file
 * name; a second case with the same reference gets `-2`, a third `-3`, and so on.
 * Names are compared without case, as macOS and Windows compare them. Claims are
 * made in input order, so the same inputs always get the same folders.
 */
export class FolderNames {
  private readonly taken = new Set<string>(RESERVED);

  /** Marks a folder as used (one named by an earlier run's manifest). */
  reserve(name: string): void {
    this.taken.add(name.toLowerCase());
  }

  claim(reference: string): string {
    const base = safeFileName(reference, "case");
    let name = base;
    // A suffix keeps within the 80 characters safeFileName allows, so the name reads back as plain.
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_NAME - String(n).length - 1)}-${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/** True when a name is one a case folder could have been given (for names read back from a manifest). */
export function isPlainFolderName(name: string): boolean {
  return name !== "" && !RESERVED.includes(name.toLowerCase()) && safeFileName(name, "") === name;
}
