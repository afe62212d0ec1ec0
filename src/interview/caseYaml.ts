import { Document, isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from "../vendor/yaml";
import type { CasePath } from "../diagnostics/types";
import type { Answers } from "./answers";
import { nodeAt, ownerOf, type CaseSchema } from "./schemaNode";

const WIDTH = 80;

export interface CaseYamlOptions {
  /** The editor hint's schema path (the installed schema), as `ancillary init` writes it. */
  schemaHint: string;
  /** The lines at the top, without "#". */
  heading: string[];
}

/**
 * The answers as a case file, commented like the starter file: each field's
 * help (its schema description) above it, once per list (its first entry),
 * fields in the schema's order.
 */
export function caseYaml(schema: CaseSchema, data: Answers, options: CaseYamlOptions): string {
  const doc = new Document(inSchemaOrder(schema, data, []));
  comment(schema, doc.contents as YamlNode, [], true);
  const body = doc.toString({ lineWidth: WIDTH, minContentWidth: 40 });
  const heading = [`yaml-language-server: $schema=${options.schemaHint}`, ...options.heading].map((line) => (line === "" ? "#" : `# ${line}`));
  return `${heading.join("\n")}\n\n${body}`;
}

/** A copy of the data with every mapping's keys in the order the schema lists them. */
function inSchemaOrder(schema: CaseSchema, value: unknown, path: CasePath): unknown {
  if (Array.isArray(value)) return value.map((entry, index) => inSchemaOrder(schema, entry, [...path, index]));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const rank = (key: string) => {
    const index = Object.keys(ownerOf(schema, path, key)?.properties ?? {}).indexOf(key);
    return index >= 0 ? index : Number.MAX_SAFE_INTEGER;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(entries.map(([key, child]) => [key, inSchemaOrder(schema, child, [...path, key])]));
}

function comment(schema: CaseSchema, node: YamlNode, path: CasePath, commented: boolean): void {
  if (isSeq(node)) {
    // A list of ids or library terms on one line, as the starter file writes `offences: [O1]`.
    if (node.items.every((entry) => isScalar(entry))) node.flow = true;
    node.items.forEach((entry, index) => comment(schema, entry as YamlNode, [...path, index], commented && index === 0));
    return;
  }
  if (!isMap(node)) return;
  const inListEntry = typeof path[path.length - 1] === "number";
  node.items.forEach((pair: Pair, index) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const childPath = [...path, key];
    // A blank line between the case's sections, as in the starter file.
    if (path.length === 0 && index > 0 && isScalar(pair.key)) pair.key.spaceBefore = true;
    // The first key of a list entry shares the "- " line: its comment would split it.
    if (commented && !(inListEntry && index === 0) && isScalar(pair.key)) {
      const description = nodeAt(schema, childPath)?.node.description;
      if (description) pair.key.commentBefore = wrap(description, WIDTH - 2 - 2 * childPath.length).map((line) => ` ${line}`).join("\n");
    }
    comment(schema, pair.value as YamlNode, childPath, commented);
  });
}

/** Words wrapped at width, as the starter file's comments are. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > Math.max(width, 40)) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
