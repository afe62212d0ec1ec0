import { createHash } from "node:crypto";
import { isAbsolute, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic, FileReport, Severity } from "../diagnostics/types";
import { allRules } from "../orders/index";
import { PRE_RULE_CHECKS } from "../diagnostics/preRuleChecks";

/**
 * SARIF 2.1.0: one run of the `ancillary` tool, every rule it can report
 * described (validate's: the legal rules plus the two checks that come before
 * them, `yaml-syntax` and `schema`; check's: its template rules), one result
 * per diagnostic at its file, line and column. Code-scanning services and
 * editors read it. Within GitHub code scanning's limits: relative paths, each
 * result with its rule's index and a fingerprint to follow it across runs, a
 * help link only where an absolute one is known, at most 25,000 results.
 */

/** The schema of the SARIF 2.1.0 standard, where OASIS publishes it. */
const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

const VERSION: string = (require("../../package.json") as { version: string }).version;

/** GitHub code scanning rejects a run with more results than this. */
export const MAX_RESULTS = 25_000;

/** Names this tool's own fingerprint among a result's partialFingerprints; a new recipe is a new version. */
export const FINGERPRINT_KEY = "ancillaryFinding/v1";

/** A rule as SARIF describes it. */
export interface SarifRule {
  id: string;
  severity: Severity;
  /** One sentence: shortDescription. */
  summary: string;
  /** fullDescription. */
  description: string;
  /** help: what to do. */
  help: string;
  /** The page that documents it, relative to the package root, anchor and all: "docs/rules/schema.md". */
  page: string;
  citation?: string;
}

export interface SarifOptions {
  /** The rules the results come from; by default validate's. */
  rules?: ReadonlyArray<SarifRule>;
  /** Absolute address (ending "/") the documentation pages are under, for help links; none, no links. */
  docsBase?: string;
}

type SarifLevel = "error" | "warning" | "note";

const LEVELS: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };

/** validate's rules: the checks of the file itself, then the legal rules, each with its page and authority. */
export function caseRules(): SarifRule[] {
  const describe = (id: string, severity: Severity, summary: string, page: string, citation?: string): SarifRule => {
    const authority = citation ? ` Authority: ${sentence(citation)}` : "";
    return {
      id,
      severity,
      summary: sentence(summary),
      description: `${sentence(summary)}${authority}`,
      help: `${sentence(summary)}${authority} Run \`ancillary explain ${id}\` for what it checks, why, and how to fix it.`,
      page,
      citation,
    };
  };
  return [
    ...PRE_RULE_CHECKS.map((check) => describe(check.id, check.severity, check.summary, `docs/findings/${check.id}.md`)),
    ...allRules.map((rule) => describe(rule.id, rule.severity, rule.summary, `docs/rules/${rule.id}.md`, rule.citation)),
  ];
}

/** "dates-consistent" -> "DatesConsistent": SARIF's `name` is an identifier-like label. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function reportingDescriptor(rule: SarifRule, docsBase: string | undefined) {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.description },
    help: { text: rule.help },
    ...(docsBase ? { helpUri: new URL(rule.page, docsBase).href } : {}),
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: rule.citation ? { citation: rule.citation } : {},
  };
}

/** A relative URI with forward slashes, each segment percent-encoded; a file URI where no relative path exists. */
export function artifactUri(filePath: string, base: string = process.cwd()): string {
  const relativePath = isAbsolute(filePath) ? relative(base, filePath) : filePath;
  if (isAbsolute(relativePath)) return pathToFileURL(relativePath).href;
  return relativePath
    .replace(/\\/g, "/")
    .replace(/^(\.\/)+/, "")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

function messageText(diagnostic: Diagnostic): string {
  const citation = diagnostic.citation ? ` (${diagnostic.citation})` : "";
  const hint = diagnostic.hint ? ` Hint: ${sentence(diagnostic.hint)}` : "";
  return `${sentence(diagnostic.message.replace(/[.\s]+$/, "") + citation)}${hint}`;
}

/**
 * What follows a finding from run to run: its rule, file and identity (by
 * default the place in the case and the message, never a line number), hashed,
 * with a count for findings that share all three.
 */
function fingerprinter(): (diagnostic: Diagnostic, uri: string) => string {
  const seen = new Map<string, number>();
  return (diagnostic, uri) => {
    const identity = diagnostic.identity ?? `${diagnostic.path.join("/")}\u0000${diagnostic.message}`;
    const hash = createHash("sha256").update(`${diagnostic.ruleId}\u0000${uri}\u0000${identity}`).digest("hex").slice(0, 32);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    return `${hash}:${count}`;
  };
}

function location(uri: string, line: number, column?: number) {
  return {
    physicalLocation: {
      artifactLocation: { uri },
      region: { startLine: Math.max(1, line), ...(column === undefined ? {} : { startColumn: Math.max(1, column) }) },
    },
  };
}

/** Formats every file's diagnostics as one SARIF 2.1.0 log. */
export function formatSarif(reports: FileReport[], options: SarifOptions = {}): string {
  const rules = options.rules ?? caseRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const fingerprint = fingerprinter();
  const all = reports.flatMap((report) => {
    const uri = artifactUri(report.filePath);
    return report.diagnostics.map((diagnostic) => {
      const index = ruleIndex.get(diagnostic.ruleId);
      const related = diagnostic.related ?? [];
      return {
        ruleId: diagnostic.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVELS[diagnostic.severity],
        message: { text: messageText(diagnostic) },
        locations: [location(uri, diagnostic.line, diagnostic.column)],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(diagnostic, uri) },
        ...(related.length > 0
          ? { relatedLocations: related.map((place, i) => ({ id: i + 1, ...location(artifactUri(place.file), place.line), message: { text: place.message } })) }
          : {}),
        ...(diagnostic.citation ? { properties: { citation: diagnostic.citation } } : {}),
      };
    });
  });
  // Over the limit, the most severe are kept (in their order) and the run says how many were left out.
  const rank: Record<SarifLevel, number> = { error: 0, warning: 1, note: 2 };
  const kept = all.length <= MAX_RESULTS ? all : [...all].sort((a, b) => rank[a.level] - rank[b.level]).slice(0, MAX_RESULTS);
  const leftOut = all.length - kept.length;
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ancillary",
            version: VERSION,
            semanticVersion: VERSION,
            rules: rules.map((rule) => reportingDescriptor(rule, options.docsBase)),
          },
        },
        ...(leftOut > 0
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: [
                    {
                      level: "warning",
                      message: { text: `Left out: ${leftOut} of the least severe results, as code scanning takes at most ${MAX_RESULTS.toLocaleString("en-GB")} in a run. The text and JSON output have them all.` },
                    },
                  ],
                },
              ],
            }
          : {}),
        columnKind: "utf16CodeUnits",
        results: kept,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
