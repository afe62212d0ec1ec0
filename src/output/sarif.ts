import { isAbsolute, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic, FileReport, Severity } from "../diagnostics/types";
import { allRules } from "../rules/index";
import { PRE_RULE_CHECKS } from "../diagnostics/preRuleChecks";

/**
 * SARIF 2.1.0: one run of the `ancillary` tool, every rule described (the legal
 * rules plus the two checks that come before them, `yaml-syntax` and `schema`),
 * one result per diagnostic at its file, line and column. Code-scanning services
 * and editors read it; the citation of each rule is in its `properties`.
 */

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

const VERSION: string = (require("../../package.json") as { version: string }).version;

interface Descriptor {
  id: string;
  severity: Severity;
  summary: string;
  citation?: string;
}

type SarifLevel = "error" | "warning" | "note";

const LEVELS: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };

function descriptors(): Descriptor[] {
  return [
    ...PRE_RULE_CHECKS,
    ...allRules.map((rule) => ({ id: rule.id, severity: rule.severity, summary: rule.summary, citation: rule.citation })),
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

function reportingDescriptor(descriptor: Descriptor) {
  const authority = descriptor.citation ? ` Authority: ${sentence(descriptor.citation)}` : "";
  return {
    id: descriptor.id,
    name: pascalCase(descriptor.id),
    shortDescription: { text: sentence(descriptor.summary) },
    fullDescription: { text: `${sentence(descriptor.summary)}${authority}` },
    help: { text: `${sentence(descriptor.summary)}${authority} Run \`ancillary explain ${descriptor.id}\` for what it checks, why, and how to fix it.` },
    defaultConfiguration: { level: LEVELS[descriptor.severity] },
    properties: descriptor.citation ? { citation: descriptor.citation } : {},
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

/** Formats every file's diagnostics as one SARIF 2.1.0 log. */
export function formatSarif(reports: FileReport[]): string {
  const rules = descriptors();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) => {
    const uri = artifactUri(report.filePath);
    return report.diagnostics.map((diagnostic) => {
      const index = ruleIndex.get(diagnostic.ruleId);
      return {
        ruleId: diagnostic.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVELS[diagnostic.severity],
        message: { text: messageText(diagnostic) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: { startLine: Math.max(1, diagnostic.line), startColumn: Math.max(1, diagnostic.column) },
            },
          },
        ],
        ...(diagnostic.citation ? { properties: { citation: diagnostic.citation } } : {}),
      };
    });
  });
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
            rules: rules.map(reportingDescriptor),
          },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
