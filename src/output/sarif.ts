import type { FileReport } from "../diagnostics/types";

/** SARIF 2.1.0 (placeholder until the rules work lands; replaced by the full writer). */
export function formatSarif(reports: FileReport[]): string {
  return JSON.stringify({ version: "2.1.0", runs: [], reports: reports.length });
}
