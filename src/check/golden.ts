import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diffArrays, diffWords, formatPatch, structuredPatch, FILE_HEADERS_ONLY } from "diff";
import type { StructuredDocument } from "../document/model";
import { writeText } from "../writers/text";

/** The last paragraph of a golden file: the document's properties, which the text layout leaves out. */
export const PROPERTIES_HEADING = "[document properties]";

/** test/golden/<case>/<document>.txt */
export function goldenPath(goldenDir: string, caseName: string, document: string): string {
  return join(goldenDir, ...caseName.split("/"), `${document}.txt`);
}

/**
 * The golden text of a document: its plain-text layout (as `ancillary draft`
 * writes order.txt), then its title, subject and footer, which a DOCX shows
 * (the footer on every page) and the layout leaves out.
 */
export function goldenText(document: StructuredDocument): string {
  const { title, subject, footer, language } = document.properties;
  const properties = [PROPERTIES_HEADING, `title: ${title}`, ...(subject ? [`subject: ${subject}`] : []), ...(footer ? [`footer: ${footer}`] : []), `language: ${language}`];
  return `${writeText(document)}\n${properties.join("\n")}\n`;
}

export interface Paragraph {
  text: string;
  /** 1-based line of the file where it starts. */
  line: number;
}

/** Paragraphs are separated by blank lines. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: string[] = [];
  let start = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") {
      if (current.length > 0) out.push({ text: current.join("\n"), line: start });
      current = [];
    } else {
      if (current.length === 0) start = i + 1;
      current.push(line);
    }
  });
  if (current.length > 0) out.push({ text: current.join("\n"), line: start });
  return out;
}

export interface ParagraphChange {
  kind: "changed" | "added" | "removed";
  /** Its number in the new text (in the golden file, for one removed). */
  paragraph: number;
  /** "paragraph 7", or "document properties". */
  label: string;
  before?: string;
  after?: string;
  /** The line of the golden file where the approved paragraph starts (for one added, the line it follows; 0 at the top). */
  goldenLine: number;
  /** For a removed paragraph: the paragraphs around the place it was, as drafted now (the document properties are none). */
  previous?: string;
  next?: string;
  /** The unified diff's hunk, numbered by the lines of the golden file and the new text. */
  hunk: string;
}

/** Compares the golden text with the new text paragraph by paragraph. */
export function compareParagraphs(golden: string, now: string): ParagraphChange[] {
  const before = paragraphs(golden);
  const after = paragraphs(now);
  const changes: ParagraphChange[] = [];
  let b = 0;
  let a = 0;
  const parts = diffArrays(
    before.map((p) => p.text),
    after.map((p) => p.text),
  );
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.added && !part.removed) {
      b += part.count ?? part.value.length;
      a += part.count ?? part.value.length;
      continue;
    }
    const removed = part.removed ? part.value.length : 0;
    const next = part.removed && parts[i + 1]?.added ? parts[++i] : undefined;
    const added = part.added ? part.value.length : (next?.value.length ?? 0);
    const paired = Math.min(removed, added);
    for (let k = 0; k < Math.max(removed, added); k++) {
      if (k < paired) changes.push(changed(before[b + k], after[a + k], a + k + 1));
      else if (k < removed) changes.push(removal(before[b + k], b + k + 1, after[a + paired - 1] ?? after[a - 1], after[a + added]));
      else changes.push(addition(after[a + k], a + k + 1, lastLine(before[b + paired - 1] ?? before[b - 1])));
    }
    b += removed;
    a += added;
  }
  return changes;
}

function label(paragraph: Paragraph | undefined, number: number): string {
  return paragraph?.text.startsWith(PROPERTIES_HEADING) ? "document properties" : `paragraph ${number}`;
}

function changed(before: Paragraph, after: Paragraph, number: number): ParagraphChange {
  const patch = structuredPatch("golden", "now", `${before.text}\n`, `${after.text}\n`, undefined, undefined, { context: 3 });
  const hunk = patch.hunks
    .map((h) => [`@@ -${h.oldStart + before.line - 1},${h.oldLines} +${h.newStart + after.line - 1},${h.newLines} @@`, ...h.lines].join("\n"))
    .join("\n");
  return { kind: "changed", paragraph: number, label: label(after, number), before: before.text, after: after.text, goldenLine: before.line, hunk };
}

function removal(before: Paragraph, number: number, previous: Paragraph | undefined, next: Paragraph | undefined): ParagraphChange {
  const lines = before.text.split("\n");
  const hunk = [`@@ -${before.line},${lines.length} +${lastLine(previous)},0 @@`, ...lines.map((l) => `-${l}`)].join("\n");
  const body = (paragraph: Paragraph | undefined) => (paragraph === undefined || paragraph.text.startsWith(PROPERTIES_HEADING) ? undefined : paragraph.text);
  return { kind: "removed", paragraph: number, label: label(before, number), before: before.text, goldenLine: before.line, previous: body(previous), next: body(next), hunk };
}

function addition(after: Paragraph, number: number, oldAfterLine: number): ParagraphChange {
  const lines = after.text.split("\n");
  const hunk = [`@@ -${oldAfterLine},0 +${after.line},${lines.length} @@`, ...lines.map((l) => `+${l}`)].join("\n");
  return { kind: "added", paragraph: number, label: label(after, number), after: after.text, goldenLine: oldAfterLine, hunk };
}

function lastLine(paragraph: Paragraph | undefined): number {
  return paragraph ? paragraph.line + paragraph.text.split("\n").length - 1 : 0;
}

/** A whole unified diff for one document of one case, from its paragraph hunks. */
export function unifiedDiff(goldenFile: string, document: string, hunks: string[]): string {
  const header = formatPatch({ oldFileName: goldenFile, newFileName: `${document} as the templates draft it now`, oldHeader: undefined, newHeader: undefined, hunks: [] }, FILE_HEADERS_ONLY);
  return `${header.trimEnd()}\n${hunks.join("\n")}\n`;
}

/** Every .txt file under the golden folder (a missing folder has none). */
export function listGoldenFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    try {
      const stat = lstatSync(path);
      if (stat.isDirectory()) return listGoldenFiles(path);
      return stat.isFile() && entry.endsWith(".txt") ? [path] : [];
    } catch {
      return [];
    }
  });
}

export function readGolden(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Words added by a change, for finding the template line it came from. */
export function addedWords(before: string, after: string): string[] {
  return diffWords(before, after)
    .filter((part) => part.added)
    .map((part) => part.value.replace(/\s+/g, " ").trim())
    .filter((text) => text.length >= 3);
}
