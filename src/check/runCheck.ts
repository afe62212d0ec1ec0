import { dirname, join } from "node:path";
import type { StructuredDocument } from "../document/model";
import { packageRoot, templatesDir as defaultTemplatesDir } from "../paths";
import { parseMarkup } from "../render/markup";
import { loadTemplates, type DocumentTemplate } from "../render/templates";
import { TemplateError } from "../render/templateLimits";
import { buildViewModel } from "../view/buildViewModel";
import type { ViewModel } from "../view/types";
import { loadSampleCases, type SampleCase } from "./cases";
import { loadTemplateSet, type TemplateSource } from "./compile";
import { addedWords, compareParagraphs, goldenPath, goldenText, listGoldenFiles, readGolden, unifiedDiff, type ParagraphChange } from "./golden";
import { goldenKey, INDEX_NAME, ownedBy, readGoldenFolder, updateGoldenFolder } from "./goldenFolder";
import { displayPath, type Located } from "./located";
import { locateWording } from "./locate";
import { loadRequirements, missingElement } from "./requirements";
import { checkVariables } from "./variables";

export interface CheckOptions {
  templatesDir?: string;
  goldenDir?: string;
  examplesDir?: string;
  /** Fixtures folder; when not given, test/fixtures of the package if it exists. */
  fixturesDir?: string;
  /** Rewrite the golden files instead of comparing with them. */
  update?: boolean;
}

export const defaultGoldenDir = join(packageRoot, "test", "golden");
export const defaultExamplesDir = join(packageRoot, "examples");
export const defaultFixturesDir = join(packageRoot, "test", "fixtures");

/** One paragraph change, with every case where the same change appears. */
export interface WordingChange {
  document: string;
  label: string;
  kind: ParagraphChange["kind"];
  /** The cases showing exactly this change (the first one's diff is shown). */
  cases: string[];
  /** Where the wording probably lives in the templates. */
  source: { file: string; line: number };
  diff: string;
}

/** "application.docx paragraph 7 changed in 4 of 6 cases". */
export interface WordingSummary {
  document: string;
  label: string;
  kind: ParagraphChange["kind"];
  cases: string[];
  of: number;
  text: string;
}

export interface CheckResult {
  diagnostics: Located[];
  wording: WordingChange[];
  summary: WordingSummary[];
  /** Golden files written or removed by --update. */
  updated: string[];
  /** Lines for the person running the check (not findings). */
  notes: string[];
  counts: { documents: number; partials: number; cases: number; skippedFixtures: number };
  goldenDir: string;
}

/**
 * `ancillary check`: compiles every template, checks every name it uses
 * against the view model, drafts every example and drafting fixture and
 * checks each document still has what the law requires, then compares the
 * plain text with the golden files (or rewrites them, with update).
 */
export async function runCheck(options: CheckOptions = {}): Promise<CheckResult> {
  const templatesDir = options.templatesDir ?? defaultTemplatesDir;
  const goldenDir = options.goldenDir ?? defaultGoldenDir;
  const set = loadTemplateSet(templatesDir);
  const samples = await loadSampleCases(options.examplesDir ?? defaultExamplesDir, options.fixturesDir ?? defaultFixturesDir, options.fixturesDir !== undefined);
  const variables = checkVariables(set);
  const requirements = loadRequirements(templatesDir, set.documents.map((d) => d.name));
  const diagnostics: Located[] = [...set.diagnostics, ...variables.diagnostics, ...requirements.diagnostics, ...samples.diagnostics];
  const result: CheckResult = {
    diagnostics,
    wording: [],
    summary: [],
    updated: [],
    notes: [],
    counts: { documents: set.documents.length, partials: set.partials.size, cases: samples.cases.length, skippedFixtures: samples.skippedFixtures },
    goldenDir,
  };
  if (diagnostics.some((d) => d.ruleId === "template-syntax")) {
    result.notes.push("The documents were not drafted, so neither the required elements nor the wording were checked: fix the syntax errors first.");
    return result;
  }

  let templates: DocumentTemplate[];
  try {
    templates = loadTemplates(templatesDir);
  } catch (error) {
    // What drafting refuses (a partial that includes itself, nesting too deep) is a finding here, at its place.
    if (!(error instanceof TemplateError)) throw error;
    diagnostics.push({ file: error.templatePath, ruleId: error.ruleId, severity: "error", message: error.message, path: [], line: error.line, column: error.column });
    result.notes.push("The documents were not drafted, so neither the required elements nor the wording were checked: fix the template first.");
    return result;
  }
  const drafts = draftAll(templates, samples.cases, diagnostics);
  const sourcesFor = (document: string): TemplateSource[] => {
    const own = set.documents.find((d) => d.name === document)!;
    const partials = [...(variables.partialsByDocument.get(document) ?? [])].map((name) => set.partials.get(name)!).filter(Boolean);
    return [own, ...partials];
  };

  for (const [document, list] of requirements.byDocument) {
    const source = set.documents.find((d) => d.name === document)!;
    for (const requirement of list) {
      const failures: Array<{ name: string; why: string }> = [];
      for (const draft of drafts.filter((d) => d.document === document && d.structured)) {
        const why = missingElement(requirement, draft.structured!, draft.viewModel);
        if (why !== undefined) failures.push({ name: draft.sample.name, why });
      }
      if (failures.length === 0) continue;
      const total = drafts.filter((d) => d.document === document && d.structured).length;
      diagnostics.push({
        file: source.path,
        ruleId: "template-required-element",
        severity: "error",
        message: `${document} no longer contains ${requirement.element} [${requirement.id}]: missing in ${failures.length} of ${total} case${total === 1 ? "" : "s"} (${failures[0].name}: ${failures[0].why})`,
        hint: `restore it in the template, or change ${displayPath(requirements.path)} (line ${requirement.line}) if the law no longer requires it`,
        citation: requirement.citation,
        path: [],
        line: 1,
        column: 1,
      });
    }
  }

  const blocking = diagnostics.some((d) => d.severity === "error");
  if (options.update && blocking) result.notes.push("The golden files were not updated: fix the errors above first, then run the check with --update again.");
  compareWithGolden(result, drafts, goldenDir, sourcesFor, Boolean(options.update) && !blocking);
  return result;
}

interface Draft {
  sample: SampleCase;
  document: string;
  viewModel: ViewModel;
  structured?: StructuredDocument;
}

function draftAll(templates: DocumentTemplate[], cases: SampleCase[], diagnostics: Located[]): Draft[] {
  const drafts: Draft[] = [];
  const failed = new Map<string, { template: DocumentTemplate; cases: string[]; message: string }>();
  for (const sample of cases) {
    const viewModel = buildViewModel(sample.theCase);
    for (const template of templates) {
      const draft: Draft = { sample, document: template.fileName, viewModel };
      try {
        draft.structured = parseMarkup(template.render(viewModel), sample.theCase.prosecutor.date);
      } catch (error) {
        const entry = failed.get(template.fileName) ?? { template, cases: [], message: (error as Error).message };
        entry.cases.push(sample.name);
        failed.set(template.fileName, entry);
      }
      drafts.push(draft);
    }
  }
  for (const { template, cases: names, message } of failed.values()) {
    const at = / - (\d+):(\d+)$/.exec(message);
    diagnostics.push({
      file: template.sourcePath,
      ruleId: "template-render",
      severity: "error",
      message: `${template.fileName} could not be drafted for ${names.length} case${names.length === 1 ? "" : "s"} (${names.join(", ")}): ${message.replace(/ - \d+:\d+$/, "")}`,
      hint: "the other errors reported for this template usually say why",
      path: [],
      line: at ? Number(at[1]) : 1,
      column: at ? Number(at[2]) + 1 : 1,
    });
  }
  return drafts;
}

function compareWithGolden(result: CheckResult, drafts: Draft[], goldenDir: string, sourcesFor: (document: string) => TemplateSource[], update: boolean): void {
  const expected = new Set<string>();
  /** With update: every golden file as it should be now, by its path in the golden folder. */
  const wanted = new Map<string, string>();
  // Read first, whether comparing or updating: a link inside the folder is refused either way.
  const contents = readGoldenFolder(goldenDir, false);
  const grouped = new Map<string, WordingChange>();
  const byParagraph = new Map<string, WordingSummary>();
  const drafted = new Map<string, number>();
  const missing = new Map<SampleCase, string[]>();
  for (const draft of drafts) {
    const path = goldenPath(goldenDir, draft.sample.name, draft.document);
    expected.add(path);
    if (!draft.structured) continue; // reported as template-render
    drafted.set(draft.document, (drafted.get(draft.document) ?? 0) + 1);
    const now = goldenText(draft.structured);
    if (update) {
      wanted.set(goldenKey(goldenDir, path), now);
      continue;
    }
    const before = readGolden(path);
    if (before === undefined) {
      missing.set(draft.sample, [...(missing.get(draft.sample) ?? []), path]);
      continue;
    }
    const changes = compareParagraphs(before, now);
    for (const change of changes) {
      const body = change.hunk.split("\n").filter((l) => !l.startsWith("@@")).join("\n");
      const key = `${draft.document}\u0000${change.label}\u0000${change.kind}\u0000${body}`;
      const existing = grouped.get(key);
      if (existing) existing.cases.push(draft.sample.name);
      else {
        const added = change.before !== undefined && change.after !== undefined ? addedWords(change.before, change.after) : [];
        const at = locateWording(change.after, added, sourcesFor(draft.document));
        grouped.set(key, {
          document: draft.document,
          label: change.label,
          kind: change.kind,
          cases: [draft.sample.name],
          source: at,
          diff: unifiedDiff(displayPath(path), draft.document, [change.hunk]),
        });
      }
      const summaryKey = `${draft.document}\u0000${change.label}\u0000${change.kind}`;
      const summary = byParagraph.get(summaryKey) ?? { document: draft.document, label: change.label, kind: change.kind, cases: [], of: 0, text: "" };
      if (!summary.cases.includes(draft.sample.name)) summary.cases.push(draft.sample.name);
      byParagraph.set(summaryKey, summary);
    }
  }
  for (const [sample, paths] of missing) {
    const documents = drafts.filter((d) => d.sample === sample).length;
    const what = paths.length === documents && documents > 1 ? `any of its ${documents} documents (${displayPath(dirname(paths[0]))}/)` : paths.map((p) => displayPath(p)).join(", ");
    result.diagnostics.push({
      file: sample.file,
      ruleId: "golden-missing",
      severity: "error",
      message: `this case has no golden file for ${what}`,
      hint: "read the documents it drafts, then run `ancillary check --update` and commit the files it writes",
      path: [],
      line: 1,
      column: 1,
    });
  }
  if (update) {
    const done = updateGoldenFolder(goldenDir, wanted);
    result.updated.push(...done.written, ...done.removed);
    if (done.adopted.length > 0) {
      result.notes.push(`Adopted ${done.adopted.length} golden file${done.adopted.length === 1 ? "" : "s"} that ${INDEX_NAME} did not list, each with exactly the path of a golden file check writes (made before the index, or by a merged branch): it lists them now.`);
    }
    if (done.changedSince.length > 0) {
      result.notes.push(`${done.changedSince.length} golden file${done.changedSince.length === 1 ? " was" : "s were"} changed since check --update wrote ${done.changedSince.length === 1 ? "it" : "them"} (by hand or a merge), and now hold${done.changedSince.length === 1 ? "s" : ""} what the templates draft: ${done.changedSince.map((p) => displayPath(p)).join(", ")}`);
    }
  }
  for (const path of update ? [] : listGoldenFiles(goldenDir)) {
    if (expected.has(path)) continue;
    const owned = ownedBy(contents, goldenKey(goldenDir, path));
    result.diagnostics.push({
      file: path,
      ruleId: "golden-stale",
      severity: "error",
      message: "no case and document drafts this golden file any more (its case or its template was removed or renamed)",
      hint: owned
        ? "if that was intended, run `ancillary check --update` to remove it"
        : `check --update did not write it (it is not in ${INDEX_NAME}) and will not remove it: if that was intended, remove it yourself`,
      path: [],
      line: 1,
      column: 1,
    });
  }

  result.wording = [...grouped.values()];
  result.summary = [...byParagraph.values()]
    .map((s) => {
      const of = drafted.get(s.document) ?? s.cases.length;
      return { ...s, of, text: `${s.document} ${s.label} ${s.kind} in ${s.cases.length} of ${of} case${of === 1 ? "" : "s"}` };
    })
    .sort((x, y) => x.document.localeCompare(y.document) || paragraphNumber(x.label) - paragraphNumber(y.label));
  for (const summary of result.summary) {
    const first = result.wording.find((w) => w.document === summary.document && w.label === summary.label && w.kind === summary.kind)!;
    result.diagnostics.push({
      file: first.source.file,
      ruleId: "wording-changed",
      severity: "error",
      message: `${summary.text} (${summary.cases.join(", ")})`,
      hint: `${first.diff.trimEnd()}\nif the new wording is right, run \`ancillary check --update\` and commit the golden files with the template`,
      path: [],
      line: first.source.line,
      column: 1,
    });
  }
}

function paragraphNumber(label: string): number {
  const n = /(\d+)/.exec(label);
  return n ? Number(n[1]) : Number.MAX_SAFE_INTEGER;
}
