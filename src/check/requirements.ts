import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runsText, type Block, type StructuredDocument } from "../document/model";
import { unescapeUserText } from "../render/markupEscape";
import type { Located } from "./located";
import { field, isGroup, isList, type ShapeNode } from "../view/shape";

export const REQUIREMENTS_FILE = "requirements.json";

const BLOCK_KINDS = ["heading", "centered", "paragraph", "numbered", "bullet", "table", "signature"] as const;
type BlockKind = (typeof BLOCK_KINDS)[number];

/** One element a document must contain (templates/requirements.json). */
export interface Requirement {
  id: string;
  /** What the element is, for the person reading the failure. */
  element: string;
  citation?: string;
  /** Only blocks of this kind are searched; by default every block. */
  in?: BlockKind;
  /** Everything must be found in one block, not spread over several. */
  sameBlock?: boolean;
  /** Repeat for each item of this list of the view model; {{names}} are then the item's. */
  forEach?: string;
  /** Apply only to cases where this view model value is present (true, non-empty). */
  when?: string;
  /** Text that must appear; {{path}} is the case's value (skipped when the case has none). */
  text?: string[];
  /** A regular expression that must match. */
  pattern?: string;
  /** The line in requirements.json where it is declared. */
  line: number;
}

export interface Requirements {
  path: string;
  byDocument: Map<string, Requirement[]>;
  diagnostics: Located[];
}

/** Reads and checks templates/requirements.json against the documents the templates produce. */
export function loadRequirements(templatesDir: string, documents: string[], shapeOf: (document: string) => ShapeNode): Requirements {
  const path = join(templatesDir, REQUIREMENTS_FILE);
  const diagnostics: Located[] = [];
  const byDocument = new Map<string, Requirement[]>();
  const problem = (message: string, line = 1, hint?: string) =>
    diagnostics.push({ file: path, ruleId: "template-requirements", severity: "error", message, hint, path: [], line, column: 1 });

  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    problem(`there is no ${REQUIREMENTS_FILE} beside the templates`, 1, "it lists what each document must contain; restore it from version control");
    return { path, byDocument, diagnostics };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = /position (\d+)/.exec(message);
    const line = /line (\d+)/.exec(message);
    const at = offset ? lineOf(text, Number(offset[1])) : line ? Number(line[1]) : 1;
    problem(`${REQUIREMENTS_FILE} is not valid JSON: ${message.split("\n")[0]}`, at, "check the commas, quotes and brackets around that line");
    return { path, byDocument, diagnostics };
  }
  const declared = (data as { documents?: unknown })?.documents;
  if (!isObject(declared)) {
    problem(`${REQUIREMENTS_FILE} must have a "documents" object, one entry per document`);
    return { path, byDocument, diagnostics };
  }
  for (const [document, entry] of Object.entries(declared)) {
    const line = lineOf(text, text.indexOf(JSON.stringify(document)));
    if (!documents.includes(document)) {
      problem(`requirements are declared for "${document}", but there is no template ${document}.hbs`, line, `the documents are: ${documents.join(", ")}`);
      continue;
    }
    const list = isObject(entry) ? entry.requires : undefined;
    if (!Array.isArray(list) || list.length === 0) {
      problem(`"${document}" must list what it requires in a non-empty "requires" list`, line);
      continue;
    }
    const requirements: Requirement[] = [];
    let searchFrom = text.indexOf(JSON.stringify(document));
    for (const raw of list) {
      const id = isObject(raw) && typeof raw.id === "string" ? raw.id : "";
      const at = id ? text.indexOf(`"${id}"`, searchFrom) : -1;
      if (at >= 0) searchFrom = at;
      const reqLine = at >= 0 ? lineOf(text, at) : line;
      const errors = validate(raw, shapeOf(document));
      if (errors.length > 0) {
        for (const e of errors) problem(`${document}${id ? ` "${id}"` : ""}: ${e}`, reqLine);
        continue;
      }
      requirements.push({ ...(raw as Omit<Requirement, "line">), line: reqLine });
    }
    byDocument.set(document, requirements);
  }
  for (const document of documents) {
    if (!(document in declared)) {
      problem(`the document "${document}" declares nothing it must contain`, 1, `add an entry for "${document}" to ${REQUIREMENTS_FILE}: what the law requires it to say`);
    }
  }
  return { path, byDocument, diagnostics };
}

function validate(raw: unknown, rootShape: ShapeNode): string[] {
  if (!isObject(raw)) return ["each requirement must be an object"];
  const errors: string[] = [];
  const known = ["id", "element", "citation", "in", "sameBlock", "forEach", "when", "text", "pattern"];
  for (const key of Object.keys(raw)) if (!known.includes(key)) errors.push(`unknown key "${key}" (the keys are: ${known.join(", ")})`);
  if (typeof raw.id !== "string" || raw.id === "") errors.push(`needs an "id"`);
  if (typeof raw.element !== "string" || raw.element === "") errors.push(`needs an "element": what must be there, in words`);
  if (raw.citation !== undefined && typeof raw.citation !== "string") errors.push(`"citation" must be text`);
  if (raw.sameBlock !== undefined && typeof raw.sameBlock !== "boolean") errors.push(`"sameBlock" must be true or false`);
  if (raw.in !== undefined && !BLOCK_KINDS.includes(raw.in as BlockKind)) errors.push(`"in" must be one of: ${BLOCK_KINDS.join(", ")}`);
  if (raw.text === undefined && raw.pattern === undefined && raw.in === undefined) errors.push(`needs "text", "pattern" or "in" to have something to check`);
  if (raw.text !== undefined && (!Array.isArray(raw.text) || !raw.text.every((t) => typeof t === "string" && t.trim() !== ""))) {
    errors.push(`"text" must be a list of pieces of text`);
  }
  if (raw.pattern !== undefined) {
    try {
      new RegExp(String(raw.pattern));
      if (typeof raw.pattern !== "string") throw new Error("not text");
    } catch (error) {
      errors.push(`"pattern" is not a valid regular expression: ${(error as Error).message}`);
    }
  }
  let itemShape: ShapeNode = rootShape;
  if (raw.forEach !== undefined) {
    const list = typeof raw.forEach === "string" ? shapeAt(rootShape, raw.forEach) : undefined;
    if (list === undefined || !isList(list)) errors.push(`"forEach" must name a list of the case, such as "property"`);
    else itemShape = list[0];
  }
  if (raw.when !== undefined && (typeof raw.when !== "string" || shapeAt(rootShape, raw.when) === undefined)) {
    errors.push(`"when" must name a value of the case, such as "anonymity"`);
  }
  for (const piece of Array.isArray(raw.text) ? raw.text : []) {
    for (const name of placeholders(String(piece))) {
      const shape = name.startsWith("@root.") ? shapeAt(rootShape, name.slice(6)) : shapeAt(itemShape, name);
      if (shape === undefined || isList(shape) || isGroup(shape)) errors.push(`"{{${name}}}" is not a value the documents receive`);
    }
  }
  return errors;
}

/** Why the document lacks the element in this case, or undefined if it has it. */
export function missingElement(requirement: Requirement, document: StructuredDocument, viewModel: object): string | undefined {
  return findGap(requirement, document, viewModel)?.why;
}

/**
 * What the document lacks: why, in words that quote requirements.json and
 * never the case (a value may be anything a case holds), and what a paragraph
 * that held the element had (the case's values filled in), to find where it was.
 */
export interface ElementGap {
  why: string;
  /** The pieces (filled in for this case and item) and pattern that are no longer there, as a paragraph holding them had them. */
  lost: { needles: string[]; pattern?: RegExp };
}

export function findGap(requirement: Requirement, document: StructuredDocument, viewModel: object): ElementGap | undefined {
  if (requirement.when !== undefined && !present(valueAt(viewModel, requirement.when))) return undefined;
  const pattern = requirement.pattern === undefined ? undefined : new RegExp(requirement.pattern);
  const blocks = document.blocks.filter((b) => b.type !== "pageBreak" && (requirement.in === undefined || b.type === requirement.in)).map(blockText);
  if (blocks.length === 0) return { why: requirement.in ? `it has no ${requirement.in} block` : "it is empty", lost: { needles: fillAll(requirement, undefined, viewModel).map((p) => p.needle), pattern } };
  const items = requirement.forEach === undefined ? [undefined] : ((valueAt(viewModel, requirement.forEach) as unknown[] | null) ?? []);
  for (const [index, item] of items.entries()) {
    const pieces = fillAll(requirement, item, viewModel);
    const needles = pieces.map((p) => p.needle);
    if (requirement.sameBlock ? blocks.some((text) => holdsElement({ needles, pattern }, text)) : holdsElement({ needles, pattern }, blocks.join("\n"))) continue;
    const whole = blocks.join("\n");
    const lacking = pieces.filter((p) => !whole.includes(p.needle));
    const patternLost = pattern !== undefined && !pattern.test(whole);
    const what = lacking.length > 0 ? `"${lacking[0].piece}" is not there` : patternLost ? `nothing matches /${requirement.pattern}/` : "its parts are not together in one block";
    const where = requirement.in ? ` in a ${requirement.in} block` : "";
    const lost = lacking.length > 0 || patternLost ? { needles: lacking.map((p) => p.needle), pattern: patternLost ? pattern : undefined } : { needles, pattern };
    return { why: `${item === undefined ? "" : `item ${index + 1}: `}${what}${where}`, lost };
  }
  return undefined;
}

/** Whether a text (a block, or a paragraph of a golden file) holds the element: every piece, and the pattern. */
export function holdsElement(element: { needles: string[]; pattern?: RegExp }, text: string): boolean {
  const flat = normalise(text);
  return element.needles.every((n) => flat.includes(n)) && (!element.pattern || element.pattern.test(flat));
}

/** Each piece of text as requirements.json writes it, and as this case fills it in; a piece whose value the case lacks is left out. */
function fillAll(requirement: Requirement, item: unknown, viewModel: object): Array<{ piece: string; needle: string }> {
  return (requirement.text ?? []).flatMap((piece) => {
    const filled = fill(piece, item ?? viewModel, viewModel);
    return filled === undefined ? [] : [{ piece, needle: normalise(filled) }];
  });
}

function blockText(block: Block): string {
  switch (block.type) {
    case "table":
      return normalise([block.header, ...block.rows].flatMap((row) => row.map(runsText)).join("\n"));
    case "signature":
      return normalise(block.lines.map((l) => `${l.label} ${l.value}`).join("\n"));
    case "pageBreak":
      return "";
    default:
      return normalise(runsText(block.runs));
  }
}

function fill(piece: string, item: unknown, root: unknown): string | undefined {
  let missing = false;
  const filled = piece.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (_, name: string) => {
    const value = name.startsWith("@root.") ? valueAt(root, name.slice(6)) : valueAt(item, name);
    if (!present(value)) missing = true;
    return unescapeUserText(String(value ?? ""));
  });
  return missing ? undefined : filled;
}

function placeholders(piece: string): string[] {
  return [...piece.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]);
}

function shapeAt(shape: ShapeNode, path: string): ShapeNode | undefined {
  let current: ShapeNode | undefined = shape;
  for (const part of path.split(".")) current = current === undefined ? undefined : field(current, part);
  return current;
}

function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split(".")) current = isObject(current) ? current[part] : undefined;
  return current;
}

function present(value: unknown): boolean {
  return value !== null && value !== undefined && value !== false && value !== "" && !(Array.isArray(value) && value.length === 0);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function lineOf(text: string, offset: number): number {
  return offset < 0 ? 1 : text.slice(0, offset).split("\n").length;
}
