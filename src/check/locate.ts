import type { TemplateSource } from "./compile";

export interface TemplateLine {
  file: string;
  line: number;
}

/**
 * Guesses which template line a paragraph of a drafted document comes from,
 * so a wording change is reported (and annotated by code scanning) where the
 * template was edited: the line holding the words the change added, or else
 * the line sharing the most fixed wording with the paragraph. Falls back to
 * the document template's first line.
 */
export function locateWording(paragraph: string | undefined, added: string[], sources: TemplateSource[]): TemplateLine {
  return bestLine(paragraph, added, sources) ?? { file: sources[0].path, line: 1 };
}

/**
 * Where a paragraph the templates no longer draft was: just above the line of
 * the paragraph that now follows it, in the file where the paragraphs around it
 * are (a following paragraph from a partial that the one before does not share
 * is placed at the line that includes the partial); when nothing follows, just
 * below the last wording of the document template.
 */
export function locateRemoval(previous: string | undefined, next: string | undefined, sources: TemplateSource[]): TemplateLine {
  const document = sources[0];
  const after = bestLine(next, [], sources);
  if (after) return after.file === document.path || bestLine(previous, [], sources)?.file === after.file ? after : includedAt(after, sources);
  const lines = document.text.split(/\r?\n/);
  let last = lines.length;
  while (last > 1 && lines[last - 1].trim() === "") last--;
  return { file: document.path, line: Math.min(last + 1, lines.length) };
}

/** A line of a partial as the document template sees it: the line that includes the partial (through others, if need be). */
function includedAt(at: TemplateLine, sources: TemplateSource[]): TemplateLine {
  let current = at;
  for (let hops = 0; hops < sources.length && current.file !== sources[0].path; hops++) {
    const partial = sources.find((s) => s.path === current.file);
    if (!partial || partial.kind !== "partial") break;
    const include = new RegExp(`\\{\\{~?>\\s*${partial.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=[\\s}~])`);
    const parent = sources.map((source) => ({ source, line: source.text.split(/\r?\n/).findIndex((l) => include.test(l)) })).find((found) => found.line >= 0);
    if (!parent) break;
    current = { file: parent.source.path, line: parent.line + 1 };
  }
  return current;
}

/** The line sharing the most with the paragraph (the words added first), or undefined if none shares anything. */
function bestLine(paragraph: string | undefined, added: string[], sources: TemplateSource[]): TemplateLine | undefined {
  if (paragraph === undefined) return undefined;
  const text = normalise(paragraph);
  let best: (TemplateLine & { score: number }) | undefined;
  for (const source of sources) {
    source.text.split(/\r?\n/).forEach((raw, index) => {
      const segments = fixedWording(raw);
      if (segments.length === 0) return;
      const overlap = segments.filter((s) => s.length >= 8 && text.includes(s)).reduce((sum, s) => sum + s.length, 0);
      const addedHere = added.filter((words) => segments.some((s) => s.includes(words))).reduce((sum, words) => sum + words.length, 0);
      const score = (addedHere > 0 ? 10_000 + addedHere * 10 : 0) + overlap;
      if (score > (best?.score ?? 0)) best = { score, file: source.path, line: index + 1 };
    });
  }
  return best && { file: best.file, line: best.line };
}

/** The fixed wording of a template line: the text between its {{ }} tags, without markup. */
function fixedWording(line: string): string[] {
  return line
    .replace(/^\s*(@\w+|#{1,3}|\d+\.|-)\s*/, "")
    .split(/\{\{[\s\S]*?\}\}/)
    .map((s) => normalise(s.replace(/\*\*|\|/g, " ")))
    .filter((s) => s.length >= 3);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
