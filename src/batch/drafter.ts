/**
 * What drafted a case: the tool's version, digests of everything else its
 * documents depend on (the templates and the law table), and whether the
 * documents orders keep confidential were asked for. --resume redrafts a case
 * whose record names another, so a batch never mixes documents from two builds,
 * and a case's folder holds a confidential schedule exactly when the run that
 * drafted it was given --confidential-schedule.
 */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { templatesDir } from "../paths";
import lawTableData from "../law/table.json";
import { sha256 } from "./sha256";

export interface Drafter {
  /** ancillary's version (package.json). */
  version: string;
  /** SHA-256 over every file under templates/, by path. */
  templates: string;
  /** SHA-256 of the law table (src/law/table.json). */
  law: string;
  /** True when the run was given --confidential-schedule. A record from before the flag existed lacks it, and means false. */
  confidentialSchedule: boolean;
}

/** Why a case's documents must be drafted again on --resume. */
export type StaleReason = "version" | "templates-or-law" | "confidential-schedule";

const VERSION: string = (require("../../package.json") as { version: string }).version;

/** This build: computed once per run (a few small files). */
export function currentDrafter(options: { confidentialSchedule?: boolean; templates?: string } = {}): Drafter {
  return {
    version: VERSION,
    templates: folderDigest(options.templates ?? templatesDir),
    law: sha256(Buffer.from(JSON.stringify(lawTableData), "utf8")),
    confidentialSchedule: options.confidentialSchedule ?? false,
  };
}

/** Why a case recorded as drafted by `recorded` must be drafted again, or undefined if it need not. */
export function staleBecause(recorded: Drafter | null | undefined, now: Drafter): StaleReason | undefined {
  if (!recorded || recorded.version !== now.version) return "version";
  if (recorded.templates !== now.templates || recorded.law !== now.law) return "templates-or-law";
  if ((recorded.confidentialSchedule ?? false) !== now.confidentialSchedule) return "confidential-schedule";
  return undefined;
}

/** True for a value read back from a manifest that has a drafter's shape. */
export function isDrafter(value: unknown): value is Drafter {
  const d = value as Drafter | null;
  return (
    d !== null &&
    typeof d === "object" &&
    typeof d.version === "string" &&
    /^[0-9a-f]{64}$/.test(d.templates) &&
    /^[0-9a-f]{64}$/.test(d.law) &&
    (d.confidentialSchedule === undefined || typeof d.confidentialSchedule === "boolean")
  );
}

/** Paths and contents of every regular file under dir, in code-unit order, as one digest. */
function folderDigest(dir: string): string {
  const lines: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path, `${prefix}${name}/`);
      else if (stat.isFile()) lines.push(`${prefix}${name}\0${sha256(readFileSync(path))}`);
    }
  };
  walk(dir, "");
  return sha256(Buffer.from(lines.join("\n"), "utf8"));
}
