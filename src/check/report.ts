import type { ReportFormat } from "../cli/options";
import { formatJson } from "../output/json";
import { displayPath, toReports } from "./located";
import { printablePath, terminalSafeJson } from "../output/printable";
import type { CheckResult } from "./runCheck";
import { CHECK_RULES, CHECK_RULES_PAGE } from "./checkRules";
import type { SarifRule } from "../output/sarif";

/** check's rules as SARIF describes them, each linked to its section of docs/templates.md. */
function sarifRules(): SarifRule[] {
  return CHECK_RULES.map((rule) => ({
    id: rule.id,
    severity: rule.severity,
    summary: rule.summary,
    description: rule.description,
    help: `${rule.fix} See ${CHECK_RULES_PAGE}, section ${rule.id}.`,
    page: `${CHECK_RULES_PAGE}#${rule.id}`,
  }));
}

export function hasProblems(result: CheckResult): boolean {
  return result.diagnostics.some((d) => d.severity === "error");
}

/** The check's findings as --format asks: text for people, JSON for tools, SARIF (with help links under `docsBase`) for code scanning. */
export function formatCheck(result: CheckResult, format: ReportFormat, docsBase?: string): string {
  if (format === "sarif") {
    // Loaded only when asked for, like src/output/format.ts does.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("../output/sarif") as typeof import("../output/sarif")).formatSarif(toReports(result.diagnostics), { rules: sarifRules(), docsBase });
  }
  if (format === "json") return formatCheckJson(result);
  return formatCheckText(result);
}

/** Diffs shown per changed paragraph in text output; the JSON output has them all. */
const SHOWN_PER_PARAGRAPH = 2;

function formatCheckText(result: CheckResult): string {
  const lines: string[] = [];
  for (const report of toReports(result.diagnostics.filter((d) => d.ruleId !== "wording-changed"))) {
    for (const d of report.diagnostics) {
      const citation = d.citation ? ` (${d.citation})` : "";
      lines.push(`${printablePath(report.filePath)}:${d.line}:${d.column} ${d.severity} [${d.ruleId}] ${d.message}${citation}`);
      if (d.hint) lines.push(...d.hint.split("\n").map((l) => `  hint: ${l}`));
    }
  }
  if (result.wording.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(`Changed wording: the documents no longer match the golden files in ${printablePath(displayPath(result.goldenDir))}.`);
    for (const s of result.summary) {
      const changes = result.wording.filter((w) => w.document === s.document && w.label === s.label && w.kind === s.kind);
      lines.push("", `${s.text}; the wording is at ${printablePath(displayPath(changes[0].source.file))}:${changes[0].source.line}`);
      for (const change of changes.slice(0, SHOWN_PER_PARAGRAPH)) {
        const others = change.cases.length > 1 ? ` (the same change in ${change.cases.slice(1).join(", ")})` : "";
        lines.push(`in ${change.cases[0]}${others}:`, change.diff.trimEnd());
      }
      const rest = changes.slice(SHOWN_PER_PARAGRAPH).flatMap((c) => c.cases);
      if (rest.length > 0) lines.push(`and a change to the same paragraph in ${rest.length} more case${rest.length === 1 ? "" : "s"}: ${rest.join(", ")}`);
    }
    lines.push("", "Summary of changed wording:");
    for (const s of result.summary) lines.push(`  ${s.text}`);
    lines.push("", "By template line (a paragraph's number can differ between cases):");
    for (const t of byTemplateLine(result)) lines.push(`  ${t}`);
    lines.push("", "If every change is intended, run `ancillary check --update` and commit the golden files with the templates.");
  }
  if (result.updated.length > 0) {
    lines.push(`Updated ${result.updated.length} golden file${result.updated.length === 1 ? "" : "s"}:`);
    for (const path of result.updated) lines.push(`  ${printablePath(displayPath(path))}`);
  }
  for (const note of result.notes) lines.push(note);
  lines.push(summaryLine(result));
  return lines.join("\n") + "\n";
}

/** "templates/partials/convictions.hbs:2: application.docx, order.docx changed in 10 of 10 cases" */
function byTemplateLine(result: CheckResult): string[] {
  const lines = new Map<string, { documents: Set<string>; cases: Set<string> }>();
  for (const change of result.wording) {
    const key = `${printablePath(displayPath(change.source.file))}:${change.source.line}`;
    const entry = lines.get(key) ?? { documents: new Set(), cases: new Set() };
    entry.documents.add(change.document);
    change.cases.forEach((c) => entry.cases.add(c));
    lines.set(key, entry);
  }
  const total = result.counts.cases;
  return [...lines.entries()].map(([key, { documents, cases }]) => `${key}: ${[...documents].sort().join(", ")} changed in ${cases.size} of ${total} case${total === 1 ? "" : "s"}`);
}

function formatCheckJson(result: CheckResult): string {
  const files = JSON.parse(formatJson(toReports(result.diagnostics))) as unknown;
  return (
    terminalSafeJson(JSON.stringify(
      {
        ok: !hasProblems(result),
        files,
        wording: result.wording.map((w) => ({ ...w, source: { file: displayPath(w.source.file), line: w.source.line } })),
        summary: result.summary.map((s) => s.text),
        byTemplateLine: byTemplateLine(result),
        updated: result.updated.map((p) => displayPath(p)),
        notes: result.notes,
        counts: result.counts,
      },
      null,
      2,
    )) + "\n"
  );
}

export function summaryLine(result: CheckResult): string {
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const { documents, partials, cases, skippedFixtures } = result.counts;
  const skipped = skippedFixtures > 0 ? ` (${plural(skippedFixtures, "fixture")} left out: ${skippedFixtures === 1 ? "it does" : "they do"} not draft)` : "";
  const errors = count("error");
  return `${plural(documents, "document template")}, ${plural(partials, "partial")} and ${plural(cases, "case")}${skipped} checked: ${errors === 0 ? "no errors" : plural(errors, "error")}, ${plural(count("warning"), "warning")}`;
}
