/**
 * SARIF logs checked against the official SARIF 2.1.0 schema (OASIS,
 * JSON Schema draft-07), vendored in test/fixtures/sarif (see its README),
 * with ajv and its standard formats (uri, uri-reference, date-time, uuid).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

export const sarifSchemaPath = join(__dirname, "..", "fixtures", "sarif", "sarif-schema-2.1.0.json");
export const sarifSchema = JSON.parse(readFileSync(sarifSchemaPath, "utf8")) as { $id: string; $schema: string };

// strictRequired is off: the schema, taken as OASIS published it, lists `required` properties inside
// anyOf branches that declare no `properties` of their own.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(sarifSchema);

/** The schema's complaints about a log; none for a valid one. */
export function sarifErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
}

interface Log {
  runs?: Array<{
    tool?: { driver?: { name?: string; rules?: Array<Record<string, any>> } };
    results?: Array<Record<string, any>>;
  }>;
}

/**
 * What GitHub code scanning expects of an upload beyond the schema: its limits
 * (runs, results, rules, locations, tags), a rule for each result found by its
 * index, descriptions and help for each rule, help links absolute, locations
 * relative to the repository from line 1, and fingerprints. Also that no text
 * shows a JavaScript value unprinted ("[object Object]", "undefined", NaN).
 */
export function codeScanningProblems(log: Log): string[] {
  const problems: string[] = [];
  const runs = log.runs ?? [];
  if (runs.length < 1 || runs.length > 20) problems.push(`${runs.length} runs (1 to 20)`);
  for (const run of runs) {
    const driver = run.tool?.driver ?? {};
    const rules = driver.rules ?? [];
    const results = run.results ?? [];
    if (!driver.name) problems.push("no tool.driver.name");
    if (rules.length > 25_000) problems.push(`${rules.length} rules`);
    if (results.length > 25_000) problems.push(`${results.length} results`);
    const ids = rules.map((rule) => rule.id as string);
    if (new Set(ids).size !== ids.length) problems.push("rule ids repeat");
    for (const rule of rules) {
      const at = `rule ${rule.id}`;
      if (typeof rule.id !== "string" || !/^[A-Za-z0-9][\w./-]{0,254}$/.test(rule.id)) problems.push(`${at}: id`);
      for (const field of ["shortDescription", "fullDescription", "help"]) {
        const text = rule[field]?.text;
        if (typeof text !== "string" || text.trim() === "") problems.push(`${at}: no ${field}.text`);
        else if (field !== "help" && text.length > 1024) problems.push(`${at}: ${field} over 1024 characters`);
      }
      if (rule.helpUri !== undefined && !/^https?:\/\/[^\s/]+\/\S*$/.test(rule.helpUri)) problems.push(`${at}: helpUri ${rule.helpUri} is not an absolute web address`);
      if ((rule.properties?.tags ?? []).length > 20) problems.push(`${at}: more than 20 tags`);
    }
    for (const [i, result] of results.entries()) {
      const at = `result ${i} (${result.ruleId})`;
      if (typeof result.ruleId !== "string") problems.push(`${at}: no ruleId`);
      if (typeof result.ruleIndex !== "number" || rules[result.ruleIndex]?.id !== result.ruleId) problems.push(`${at}: ruleIndex ${result.ruleIndex} is not its rule`);
      const text = result.message?.text;
      if (typeof text !== "string" || text.trim() === "") problems.push(`${at}: no message`);
      const locations = result.locations ?? [];
      if (locations.length < 1 || locations.length > 1000) problems.push(`${at}: ${locations.length} locations`);
      const physical = locations[0]?.physicalLocation;
      const uri = physical?.artifactLocation?.uri;
      if (typeof uri !== "string" || /^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith("/")) problems.push(`${at}: location ${uri} is not relative`);
      if (!(physical?.region?.startLine >= 1)) problems.push(`${at}: no startLine`);
      const fingerprints = Object.values(result.partialFingerprints ?? {});
      if (fingerprints.length === 0 || fingerprints.some((f) => typeof f !== "string" || f === "")) problems.push(`${at}: no partialFingerprints`);
    }
  }
  const text = JSON.stringify(log);
  if (/\[object |"undefined"|\bNaN\b/.test(text)) problems.push("a value printed as [object ...], undefined or NaN");
  return problems;
}
