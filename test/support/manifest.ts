import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A batch's manifest.jsonl as one object, read as a test should: each line on
 * its own, independently of the reader in src/. Cases are listed as they stand
 * at the end (the last line for an input wins, in the place of its first).
 */
export interface ReadManifest<Case> {
  version: number;
  tool: { name: string; version: string };
  shard: string | null;
  options: { resume: boolean; force: boolean; confidentialSchedule: boolean };
  complete: boolean;
  interrupted: string | null;
  summary: Record<string, number>;
  cases: Case[];
  /** Every line, parsed, in the file's order. */
  lines: Array<{ kind: string } & Record<string, unknown>>;
}

export function readManifestLines<Case extends { input: string; withheld?: boolean }>(out: string): ReadManifest<Case> {
  const text = readFileSync(join(out, "manifest.jsonl"), "utf8");
  expect(text.endsWith("\n")).toBe(true);
  const lines = text.slice(0, -1).split("\n").map((line) => JSON.parse(line) as { kind: string } & Record<string, unknown>);
  const [header, ...rest] = lines;
  expect(header.kind).toBe("header");
  const cases: Case[] = [];
  const place = new Map<string, number>();
  let end: { complete: boolean; interrupted: string | null; summary: Record<string, number> } | undefined;
  for (const { kind, ...fields } of rest) {
    if (kind === "summary") {
      end = fields as typeof end;
      continue;
    }
    expect(kind).toBe("case");
    const record = fields as unknown as Case;
    const at = record.withheld ? undefined : place.get(record.input);
    if (at === undefined) {
      if (!record.withheld) place.set(record.input, cases.length);
      cases.push(record);
    } else cases[at] = record;
  }
  const { kind: _, ...head } = header;
  return { ...(head as unknown as Omit<ReadManifest<Case>, "complete" | "interrupted" | "summary" | "cases" | "lines">), complete: end?.complete ?? false, interrupted: end?.interrupted ?? null, summary: end?.summary ?? {}, cases, lines };
}
