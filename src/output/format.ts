import type { FileReport } from "../diagnostics/types";
import type { ReportFormat } from "../cli/options";
import { formatText } from "./text";
import { formatJson } from "./json";

/** Picks the printer for --format. SARIF is loaded only when asked for; `docsBase` gives its rules help links. */
export function formatReports(reports: FileReport[], format: ReportFormat, docsBase?: string): string {
  switch (format) {
    case "json":
      return formatJson(reports);
    case "sarif":
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return (require("./sarif") as typeof import("./sarif")).formatSarif(reports, { docsBase });
    default:
      return formatText(reports);
  }
}
