/** A summary (summary.ts) as a terminal table, JSON or CSV. */
import { COLUMNS, GROUP_COLUMNS, LEFT_OUT_WORDS } from "./columns";
import type { LeftOutReason } from "./facts";
import type { Counts, Summary } from "./summary";
import { printablePath, terminalSafeJson } from "../output/printable";

export type SummaryFormat = "text" | "json" | "csv";

export function formatSummary(summary: Summary, format: SummaryFormat): string {
  if (format === "json") return `${terminalSafeJson(JSON.stringify(summaryJson(summary), null, 2))}\n`;
  if (format === "csv") return summaryCsv(summary);
  return summaryText(summary);
}

/** The JSON: counts as numbers, groups as arrays in a stable order, the files not counted by path. */
export function summaryJson(summary: Summary): object {
  return {
    cases: summary.totals.cases,
    casesWithErrors: summary.withErrors,
    notCounted: summary.notCounted,
    totals: summary.totals,
    byCourt: summary.byCourt,
    byMonth: summary.byMonth,
  };
}

/** One row for the totals, then one a court and one a month: the same columns throughout. */
export function summaryCsv(summary: Summary): string {
  const rows: string[][] = [["scope", "name", ...COLUMNS.map((c) => c.id)]];
  const row = (scope: string, name: string, counts: Counts) => rows.push([scope, name, ...COLUMNS.map((c) => String(c.value(counts)))]);
  row("all", "", summary.totals);
  for (const court of summary.byCourt) row("court", court.court, court);
  for (const month of summary.byMonth) row("month", month.month, month);
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** RFC 4180 quoting; a field a spreadsheet would run as a formula is given a leading apostrophe. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function summaryText(summary: Summary): string {
  const t = summary.totals;
  const lines: string[] = [];
  const line = (label: string, value: number, indent = 0) => lines.push(`${" ".repeat(indent)}${label.padEnd(46 - indent)}${String(value).padStart(7)}`);
  const notCounted = summary.notCounted.length;
  lines.push(`${t.cases} case${t.cases === 1 ? "" : "s"} counted${notCounted > 0 ? `; ${notCounted} file${notCounted === 1 ? "" : "s"} not counted (listed below)` : ""}${summary.withErrors > 0 ? `; ${summary.withErrors} counted with errors (ancillary validate shows them)` : ""}`);
  lines.push("");
  line("cases", t.cases);
  line("with items holding intimate images", t.withImages, 2);
  line("with a deprivation application", t.deprivationApplied, 2);
  line("deprivation orders made", t.ordersMade);
  line("in full", t.deprivation.made, 2);
  line("in part", t.deprivation["made-in-part"], 2);
  line("deprivation orders refused", t.deprivation.refused);
  line("deprivation orders adjourned", t.deprivation.adjourned);
  line("applications with no outcome recorded", t.deprivationNoOutcome);
  line("items holding intimate images left out", t.itemsLeftOut);
  for (const [reason, words] of Object.entries(LEFT_OUT_WORDS)) line(words, t.leftOutBy[reason as LeftOutReason], 2);
  line("restraining orders made", t.restrainingMade);
  line("with terms on images", t.restrainingAddressingImages, 2);
  lines.push("", "By court", ...groupTable("court", summary.byCourt.map((g) => [g.court, g])));
  lines.push("", "By month (of the hearing)", ...groupTable("month", summary.byMonth.map((g) => [g.month, g])));
  lines.push("", `  ${GROUP_COLUMNS.map((c) => `${c.short}: ${c.heading}`).join("; ")}`);
  if (notCounted > 0) {
    lines.push("", "Not counted");
    for (const entry of summary.notCounted) lines.push(`  ${printablePath(entry.path)}: ${entry.reason}`);
  }
  return lines.join("\n") + "\n";
}

function groupTable(heading: string, groups: Array<[string, Counts]>): string[] {
  const columns = GROUP_COLUMNS;
  const header = [heading, ...columns.map((c) => c.short!)];
  // A court is the case file's text: written so a terminal shows it, and acts on none of it.
  const rows = groups.map(([name, counts]) => [printablePath(name), ...columns.map((c) => String(c.value(counts)))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const render = (cells: string[]) => "  " + cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  return [render(header), ...rows.map(render)];
}
