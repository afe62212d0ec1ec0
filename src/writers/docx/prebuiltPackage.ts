/**
 * House packages compiled and compressed at build time.
 *
 * scripts/build-docx-parts.js compiles the house package for each language and
 * footer choice the templates use and writes their layouts, the fixed parts
 * already compressed, into prebuiltPackages.json beside this module's compiled
 * form. Drafting then deflates only each document's own parts (body, footer,
 * core properties). The bytes are the ones the writer would make at run time:
 * the same docx compile and the same pure-JavaScript DEFLATE, done earlier.
 * Running from the sources (the tests), there is no file and docx compiles them.
 */
import { join } from "node:path";
import type { CompressedEntry } from "./deterministicZip";
import type { PackageLayout } from "./housePackage";

export const PREBUILT_FILE = "prebuiltPackages.json";

/** The language and footer choices the build compiles: the templates' (none sets @language). */
export const PREBUILT_CHOICES: ReadonlyArray<{ language: string; withFooter: boolean }> = [
  { language: "en-GB", withFooter: true },
  { language: "en-GB", withFooter: false },
];

export function packageKey(language: string, withFooter: boolean): string {
  return `${withFooter ? "footer" : "plain"} ${language}`;
}

interface StoredEntry {
  crc: number;
  size: number;
  /** The DEFLATE bytes, in base64. */
  compressed: string;
}

interface StoredLayout {
  paths: string[];
  fixedParts: Array<[string, StoredEntry]>;
  documentShell: PackageLayout["documentShell"];
  footer?: PackageLayout["footer"];
}

/** A layout as JSON text, for the build. */
export function storedLayouts(layouts: ReadonlyMap<string, PackageLayout>): string {
  const stored: Record<string, StoredLayout> = {};
  for (const [key, layout] of layouts) {
    stored[key] = {
      paths: [...layout.paths],
      fixedParts: [...layout.fixedParts].map(([path, entry]) => [path, { crc: entry.crc, size: entry.size, compressed: Buffer.from(entry.compressed).toString("base64") }]),
      documentShell: layout.documentShell,
      ...(layout.footer ? { footer: layout.footer } : {}),
    };
  }
  return `${JSON.stringify(stored)}\n`;
}

let loaded: Map<string, StoredLayout> | undefined;

/** The layout the build compiled for a key, or undefined (another language, or running from the sources). */
export function prebuiltLayout(key: string): PackageLayout | undefined {
  if (loaded === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded = new Map(Object.entries(require(join(__dirname, PREBUILT_FILE)) as Record<string, StoredLayout>));
    } catch {
      loaded = new Map();
    }
  }
  const stored = loaded.get(key);
  if (stored === undefined) return undefined;
  const fixedParts = new Map<string, CompressedEntry>(
    stored.fixedParts.map(([path, entry]) => [path, { crc: entry.crc, size: entry.size, compressed: new Uint8Array(Buffer.from(entry.compressed, "base64")) }]),
  );
  return { paths: stored.paths, fixedParts, documentShell: stored.documentShell, footer: stored.footer };
}
