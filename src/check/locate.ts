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
  const fallback = { file: sources[0].path, line: 1 };
  if (paragraph === undefined) return fallback;
  const text = normalise(paragraph);
  let best = { score: 0, ...fallback };
  for (const source of sources) {
    source.text.split(/\r?\n/).forEach((raw, index) => {
      const segments = fixedWording(raw);
      if (segments.length === 0) return;
      const overlap = segments.filter((s) => s.length >= 8 && text.includes(s)).reduce((sum, s) => sum + s.length, 0);
      const addedHere = added.filter((words) => segments.some((s) => s.includes(words))).reduce((sum, words) => sum + words.length, 0);
      const score = (addedHere > 0 ? 10_000 + addedHere * 10 : 0) + overlap;
      if (score > best.score) best = { score, file: source.path, line: index + 1 };
    });
  }
  return { file: best.file, line: best.line };
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
