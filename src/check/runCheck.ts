import { dirname, join } from "node:path";
import type { StructuredDocument } from "../document/model";
import { packageRoot, templatesDir as defaultTemplatesDir } from "../paths";
import { parseMarkup } from "../render/markup";
import { loadTemplates, type DocumentTemplate } from "../render/templates";
import { TemplateError } from "../render/templateLimits";
import { everyDocumentOf, orderTypes, ordersAppliedFor, viewOf } from "../orders/index";
import { documentShapeOf, ownedTemplates } from "./documentShapes";
import type { OrderDocument, OrderType } from "../orders/types";
import { loadSampleCases, type SampleCase } from "./cases";
import { loadTemplateSet, type TemplateSource } from "./compile";
import { addedWords, compareParagraphs, goldenPath, goldenText, listGoldenFiles, readGolden, unifiedDiff, type ParagraphChange } from "./golden";
import { goldenKey, INDEX_NAME, ownedBy, readGoldenFolder, updateGoldenFolder } from "./goldenFolder";
import { displayPath, type Located } from "./located";
import { locateRemoval, locateWording, type TemplateLine } from "./locate";
import { describeRenderError } from "./renderError";
import { findGap, holdsElement, loadRequirements, type ElementGap, type Requirement } from "./requirements";
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
  // Each document is checked against its own order's view.
  const shapeOf = (document: string) => documentShapeOf(`${document}.hbs`);
  const variables = checkVariables(set, shapeOf);
  const requirements = loadRequirements(templatesDir, set.documents.map((d) => d.name), shapeOf);
  const diagnostics: Located[] = [...set.diagnostics, ...ownership(set, templatesDir), ...variables.diagnostics, ...requirements.diagnostics, ...samples.diagnostics];
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

  const missing = missingElements(requirements.byDocument, drafts);
  const blocking = diagnostics.some((d) => d.severity === "error") || missing.length > 0;
  if (options.update && blocking) result.notes.push("The golden files were not updated: fix the errors above first, then run the check with --update again.");
  const changes = compareWithGolden(result, drafts, goldenDir, sourcesFor, Boolean(options.update) && !blocking);
  for (const element of missing) diagnostics.push(missingElementFinding(element, changes, set.documents.find((d) => d.name === element.document)!, requirements.path));
  return result;
}

/**
 * Each document template belongs to an order type (src/orders/index.ts), or
 * to the results sheet (src/result/index.ts): one
 * that no order lists is never drafted, and one an order lists but the folder
 * lacks cannot be drafted.
 */
function ownership(set: { documents: TemplateSource[] }, templatesDir: string, orders: ReadonlyArray<OrderType> = orderTypes): Located[] {
  const found: Located[] = [];
  const owned = ownedTemplates(orders);
  for (const document of set.documents) {
    if (owned.has(`${document.name}.hbs`)) continue;
    found.push({
      file: document.path,
      ruleId: "template-not-a-document",
      severity: "warning",
      message: `${document.name}.hbs is not used: no order type lists it among its documents, so it is never drafted`,
      hint: "list it in its order type's documents (src/orders/<order>/index.ts), or delete it",
      path: [],
      line: 1,
      column: 1,
    });
  }
  const present = new Set(set.documents.map((d) => `${d.name}.hbs`));
  for (const order of orders) {
    for (const document of everyDocumentOf(order).filter((d) => !present.has(d.template))) {
      found.push({
        file: join(templatesDir, document.template),
        ruleId: "template-render",
        severity: "error",
        message: `the ${order.id} order drafts ${document.fileName} from ${document.template}, but the templates folder has no such file`,
        hint: `restore ${document.template} from version control`,
        path: [],
        line: 1,
        column: 1,
      });
    }
  }
  return found;
}

/** A required element some drafts lack: which, and why, case by case. */
interface MissingElement {
  document: string;
  requirement: Requirement;
  failures: Array<{ name: string; gap: ElementGap }>;
  total: number;
}

function missingElements(byDocument: Map<string, Requirement[]>, drafts: Draft[]): MissingElement[] {
  const missing: MissingElement[] = [];
  for (const [document, list] of byDocument) {
    const drafted = drafts.filter((d) => d.document === document && d.structured);
    for (const requirement of list) {
      const failures = drafted.flatMap((draft) => {
        const gap = findGap(requirement, draft.structured!, draft.viewModel);
        return gap ? [{ name: draft.sample.name, gap }] : [];
      });
      if (failures.length > 0) missing.push({ document, requirement, failures, total: drafted.length });
    }
  }
  return missing;
}

/**
 * A required element no longer drafted, placed where the template lost it: at
 * the change to the paragraph of the golden file that held it (for a failing
 * case), as the wording changes are placed; else at its line in requirements.json.
 */
function missingElementFinding(element: MissingElement, changes: CaseChange[], source: TemplateSource, requirementsPath: string): Located {
  const { document, requirement, failures, total } = element;
  const lost = failures
    .filter((failure) => failure.gap.lost.needles.length > 0 || failure.gap.lost.pattern !== undefined)
    .map((failure) => changes.find((c) => c.sample === failure.name && c.document === document && c.change.before !== undefined && holdsElement(failure.gap.lost, c.change.before) && (c.change.after === undefined || !holdsElement(failure.gap.lost, c.change.after))))
    .find((change) => change !== undefined);
  const declared = { file: requirementsPath, line: requirement.line, message: `what ${document} must contain: [${requirement.id}]` };
  const at = lost ? lost.at : { file: requirementsPath, line: requirement.line };
  return {
    file: at.file,
    ruleId: "template-required-element",
    severity: "error",
    message: `${document} no longer contains ${requirement.element} [${requirement.id}]: missing in ${failures.length} of ${total} case${total === 1 ? "" : "s"} (${failures[0].name}: ${failures[0].gap.why})`,
    hint: `${lost ? `restore it here, where it was (${lost.sample}'s approved wording is at ${displayPath(lost.goldenFile)}:${lost.change.goldenLine})` : `restore it in ${displayPath(source.path)}`}, or change ${displayPath(requirementsPath)} (line ${requirement.line}) if the law no longer requires it`,
    citation: requirement.citation,
    identity: `${document}\u0000${requirement.id}`,
    related: lost ? [declared, { file: lost.goldenFile, line: lost.change.goldenLine, message: `where ${lost.sample}'s approved ${document} had it` }] : [],
    path: [],
    line: at.line,
    column: 1,
  };
}

interface Draft {
  sample: SampleCase;
  document: string;
  /** The view of the order whose document it is. */
  viewModel: object;
  structured?: StructuredDocument;
  /** A document an order keeps confidential: it may name a protected person, so it never reaches a golden file. */
  confidential: boolean;
}

/** Drafts, for every sample case, the documents of every order it applies for, each from its order's view. */
function draftAll(templates: DocumentTemplate[], cases: SampleCase[], diagnostics: Located[], orders: ReadonlyArray<OrderType> = orderTypes): Draft[] {
  const drafts: Draft[] = [];
  const failed = new Map<string, { template: DocumentTemplate; cases: string[]; problem: ReturnType<typeof describeRenderError> }>();
  const draftEach = (sample: SampleCase, viewModel: object, documents: ReadonlyArray<OrderDocument>, confidential: boolean) => {
    for (const document of documents) {
      const template = templates.find((t) => `${t.fileName}.hbs` === document.template);
      // A template the folder lacks is reported by loadRequirements (its requirements name it) and below.
      if (template === undefined) continue;
      const draft: Draft = { sample, document: document.fileName, viewModel, confidential };
      try {
        draft.structured = parseMarkup(template.render(viewModel), sample.theCase.prosecutor.date);
      } catch (error) {
        const entry = failed.get(template.fileName) ?? { template, cases: [], problem: describeRenderError(error) };
        entry.cases.push(sample.name);
        failed.set(template.fileName, entry);
      }
      drafts.push(draft);
    }
  };
  for (const sample of cases) {
    for (const order of ordersAppliedFor(sample.theCase, orders)) {
      draftEach(sample, viewOf(order, sample.theCase, orders), order.documents, false);
      // Drafted in memory for their requirements and errors only: never compared with or written to golden files.
      if (order.confidential) draftEach(sample, order.confidential.buildView(sample.theCase), order.confidential.documents, true);
    }
  }
  for (const { template, cases: names, problem } of failed.values()) {
    diagnostics.push({
      file: template.sourcePath,
      ruleId: "template-render",
      severity: "error",
      message: `${template.fileName} could not be drafted for ${names.length} case${names.length === 1 ? "" : "s"} (${names.join(", ")}): ${problem.message}`,
      hint: "the other errors reported for this template usually say why",
      path: [],
      line: problem.line ?? 1,
      column: problem.column ?? 1,
    });
  }
  return drafts;
}

/** One paragraph change in one case's document, placed in the templates. */
interface CaseChange {
  sample: string;
  document: string;
  goldenFile: string;
  change: ParagraphChange;
  at: TemplateLine;
}

/** Where in the templates a change is: the line it shares most with (the words it added first); for a removed paragraph, where it was. */
function placeChange(change: ParagraphChange, sources: TemplateSource[]): TemplateLine {
  if (change.kind === "removed") return locateRemoval(change.previous, change.next, sources);
  const added = change.before !== undefined && change.after !== undefined ? addedWords(change.before, change.after) : [];
  return locateWording(change.after, added, sources);
}

/** Compares (or, with update, rewrites) the golden files; returns every change found, case by case. */
function compareWithGolden(result: CheckResult, drafts: Draft[], goldenDir: string, sourcesFor: (document: string) => TemplateSource[], update: boolean): CaseChange[] {
  const caseChanges: CaseChange[] = [];
  const places = new Map<string, TemplateLine>();
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
    if (draft.confidential) continue;
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
      const placeKey = JSON.stringify([draft.document, change.kind, change.before, change.after, change.previous, change.next]);
      const at = places.get(placeKey) ?? placeChange(change, sourcesFor(draft.document));
      places.set(placeKey, at);
      caseChanges.push({ sample: draft.sample.name, document: draft.document, goldenFile: path, change, at });
      const body = change.hunk.split("\n").filter((l) => !l.startsWith("@@")).join("\n");
      const key = `${draft.document}\u0000${change.label}\u0000${change.kind}\u0000${body}`;
      const existing = grouped.get(key);
      if (existing) existing.cases.push(draft.sample.name);
      else {
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
    // The same change whichever cases run and however the paragraphs around it move: the approved wording
    // (the new, for an added paragraph) of the first case by name.
    const anchor = caseChanges
      .filter((c) => c.document === summary.document && c.change.label === summary.label && c.change.kind === summary.kind)
      .sort((x, y) => (x.sample < y.sample ? -1 : x.sample > y.sample ? 1 : 0))[0];
    result.diagnostics.push({
      file: first.source.file,
      ruleId: "wording-changed",
      severity: "error",
      message: `${summary.text} (${summary.cases.join(", ")})`,
      // The difference itself is shown by the text output and listed in the JSON: it quotes the case.
      hint: `the approved wording is in ${displayPath(anchor.goldenFile)} (line ${Math.max(1, anchor.change.goldenLine)}); run \`ancillary check\` to see the difference, and if the new wording is right, \`ancillary check --update\`, and commit the golden files with the template`,
      identity: [summary.document, summary.kind, (anchor.change.before ?? anchor.change.after ?? "").replace(/\s+/g, " ").trim()].join("\u0000"),
      related: [{ file: anchor.goldenFile, line: Math.max(1, anchor.change.goldenLine), message: `the approved wording of ${summary.document} for ${anchor.sample}` }],
      path: [],
      line: first.source.line,
      column: 1,
    });
  }
  return caseChanges;
}

function paragraphNumber(label: string): number {
  const n = /(\d+)/.exec(label);
  return n ? Number(n[1]) : Number.MAX_SAFE_INTEGER;
}
