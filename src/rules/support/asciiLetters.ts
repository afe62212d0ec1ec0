/**
 * A character as ASCII letters and digits, lower case, by the `transliteration`
 * library (ß to ss, ł to l, æ to ae, Cyrillic and Arabic to Latin).
 *
 * The library takes ~100 ms to load, more than checking a case, and a case written
 * in English meets only characters of a few Latin and punctuation blocks. The build
 * (scripts/build-ascii-table.js) writes the library's answer for every character of
 * those blocks into asciiTable.json beside this module; the library loads only for a
 * character outside them (or when running from the sources, as the tests do).
 */
import { join } from "node:path";

/** The blocks the table holds: Latin-1 and Latin Extended-A and -B, Latin Extended Additional, punctuation, currency. */
export const TABLE_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0080, 0x024f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
];

/** The table's file name, beside this module's compiled form. */
export const ASCII_TABLE_FILE = "asciiTable.json";

/** What the library makes of `lower` (one lower-case character), kept to ASCII letters and digits. */
export function asciiByLibrary(lower: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { transliterate } = require("transliteration") as typeof import("transliteration");
  return transliterate(lower).toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The table the build writes: every character of TABLE_BLOCKS, lower-cased, to its letters. */
export function buildAsciiTable(): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [first, last] of TABLE_BLOCKS) {
    for (let code = first; code <= last; code++) {
      const lower = String.fromCodePoint(code).toLowerCase();
      table[lower] = asciiByLibrary(lower);
    }
  }
  return table;
}

let prebuilt: Map<string, string> | undefined;

function prebuiltTable(): Map<string, string> {
  if (prebuilt === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      prebuilt = new Map(Object.entries(require(join(__dirname, ASCII_TABLE_FILE)) as Record<string, string>));
    } catch {
      prebuilt = new Map();
    }
  }
  return prebuilt;
}

/** `lower` (one lower-case character) as ASCII letters and digits: from the build's table, or the library. */
export function asciiLetters(lower: string): string {
  return prebuiltTable().get(lower) ?? asciiByLibrary(lower);
}
