import { readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import Handlebars from "handlebars";
import { InputError } from "../load/errors";
import { templateHelpers } from "../render/helpers";
import { readTemplateFile } from "../render/templates";
import { displayPath, type Located } from "./located";

/** One template file: a document (templates/<name>.hbs) or a partial (templates/partials/<name>.hbs). */
export interface TemplateSource {
  kind: "document" | "partial";
  /** The document's output name ("order.docx") or the partial's name ("schedule"). */
  name: string;
  path: string;
  text: string;
  /** The syntax tree, if the file parsed and compiled. */
  ast?: hbs.AST.Program;
}

export interface TemplateSet {
  dir: string;
  documents: TemplateSource[];
  partials: Map<string, TemplateSource>;
  /** Files that are neither: the check says so rather than ignoring them silently. */
  diagnostics: Located[];
}

/** The options the renderer compiles with (src/render/templates.ts). */
const compileOptions = { noEscape: true, strict: true, knownHelpersOnly: false } as const;

/**
 * Reads every template and partial and compiles each as the renderer does,
 * so a syntax error is reported at its file, line and column. Throws
 * InputError if the folder cannot be read (exit 2).
 */
export function loadTemplateSet(dir: string): TemplateSet {
  const entries = listDir(dir, true);
  const partialsDir = join(dir, "partials");
  const diagnostics: Located[] = [];
  const documents = entries
    .filter((file) => /\.(docx|txt)\.hbs$/.test(file))
    .sort()
    .map((file) => readSource("document", basename(file, ".hbs"), join(dir, file), diagnostics));
  for (const file of entries.filter((f) => f.endsWith(".hbs") && !/\.(docx|txt)\.hbs$/.test(f))) {
    diagnostics.push({
      file: join(dir, file),
      ruleId: "template-not-a-document",
      severity: "warning",
      message: `${file} is not used: a document template is named <name>.docx.hbs or <name>.txt.hbs, a partial lives in partials/`,
      path: [],
      line: 1,
      column: 1,
    });
  }
  const partials = new Map<string, TemplateSource>();
  for (const file of listDir(partialsDir, false).filter((f) => f.endsWith(".hbs")).sort()) {
    const name = basename(file, ".hbs");
    // The renderer drops a partial's final newline: it is used inline.
    partials.set(name, readSource("partial", name, join(partialsDir, file), diagnostics, (text) => text.replace(/\r?\n$/, "")));
  }
  return { dir, documents, partials, diagnostics };
}

function readSource(kind: TemplateSource["kind"], name: string, path: string, diagnostics: Located[], adjust = (t: string) => t): TemplateSource {
  let text: string;
  try {
    text = adjust(readTemplateFile(path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(displayPath(path), `cannot be read: ${(error as Error).message}`);
  }
  const source: TemplateSource = { kind, name, path, text };
  const problem = compileProblem(text);
  if (problem) diagnostics.push({ file: path, ruleId: "template-syntax", severity: "error", path: [], ...problem });
  else source.ast = Handlebars.parse(text);
  return source;
}

const compiler = Handlebars.create();
compiler.registerHelper(templateHelpers);

/** Parses and fully compiles one template; returns where and why it fails, if it does. */
export function compileProblem(text: string): { message: string; hint?: string; line: number; column: number } | undefined {
  try {
    compiler.precompile(text, compileOptions);
    return undefined;
  } catch (error) {
    const e = error as Error & { lineNumber?: number; column?: number };
    const unclosed = /got 'EOF'/.test(e.message) ? unclosedBlock(text) : undefined;
    if (unclosed) {
      return {
        message: `the template does not compile: {{#${unclosed.name}}} is never closed`,
        hint: `add {{/${unclosed.name}}} where the block should end`,
        line: unclosed.line,
        column: unclosed.column,
      };
    }
    const located = e.lineNumber !== undefined ? { line: e.lineNumber, column: (e.column ?? 0) + 1 } : parseErrorPosition(text);
    return {
      message: `the template does not compile: ${firstLine(e.message)}`,
      hint: syntaxHint(e.message),
      ...(located ?? { line: 1, column: 1 }),
    };
  }
}

/** Handlebars' parse errors carry the position only in the message; ask the parser again for it. */
function parseErrorPosition(text: string): { line: number; column: number } | undefined {
  const parser = Object.create((Handlebars as unknown as { Parser: object }).Parser) as { parse(t: string): unknown; parseError(s: string, hash: unknown): never };
  let position: { line: number; column: number } | undefined;
  parser.parseError = (message: string, hash: unknown) => {
    const loc = (hash as { loc?: { first_line: number; first_column: number } } | undefined)?.loc;
    if (loc) position = { line: loc.first_line, column: loc.first_column + 1 };
    throw new Error(message);
  };
  try {
    parser.parse(text);
  } catch {
    // expected: the position was recorded above
  }
  return position;
}

/** The innermost block opened ({{#name}}) and never closed, found by matching tags outside comments. */
function unclosedBlock(text: string): { name: string; line: number; column: number } | undefined {
  const blank = (m: string) => m.replace(/[^\n]/g, " ");
  const plain = text.replace(/\{\{!--[\s\S]*?--\}\}/g, blank).replace(/\{\{![\s\S]*?\}\}/g, blank);
  const open: Array<{ name: string; offset: number }> = [];
  for (const match of plain.matchAll(/\{\{~?\s*([#/])\s*[>*]?\s*([^\s}~]+)/g)) {
    if (match[1] === "#") open.push({ name: match[2], offset: match.index });
    else if (open.length > 0 && open[open.length - 1].name === match[2]) open.pop();
  }
  const last = open.pop();
  if (!last) return undefined;
  const before = text.slice(0, last.offset).split("\n");
  return { name: last.name, line: before.length, column: before[before.length - 1].length + 1 };
}

/** Handlebars' parse error told without its grammar's token names: what it found, in the template's terms. */
function firstLine(message: string): string {
  const lines = message.split("\n");
  const found = /got '(\w+)'/.exec(message);
  if (lines[0].startsWith("Parse error") && found) return `unexpected ${TOKENS[found[1]] ?? "text inside {{ }}"}`;
  return lines[0].replace(/ - \d+:\d+$/, "");
}

/** The tokens Handlebars' parser names when it stops, as a template writer sees them. */
const TOKENS: Record<string, string> = {
  INVALID: "character inside {{ }} (a name is letters, digits, dots and a few signs such as - and _)",
  CLOSE: "}}: a name or value was expected before it",
  CLOSE_UNESCAPED: "}}} (templates close {{ with }})",
  CLOSE_RAW_BLOCK: "}}}} (templates close {{ with }})",
  CLOSE_SEXPR: ") with no ( before it",
  OPEN: "{{ inside another {{ }}",
  OPEN_BLOCK: "{{# inside another {{ }}",
  OPEN_ENDBLOCK: "{{/ inside another {{ }}",
  OPEN_INVERSE: "{{^ inside another {{ }}",
  OPEN_PARTIAL: "{{> inside another {{ }}",
  OPEN_SEXPR: "( where a name was expected",
  EQUALS: "= with no name before it",
  EOF: "end of the file inside {{ }}",
};

function syntaxHint(message: string): string {
  if (/doesn't match/.test(message)) return "every {{#name ...}} needs a matching {{/name}}, closed in the reverse order they were opened";
  if (/OPEN_ENDBLOCK|got 'EOF'/.test(message)) return "a {{#...}} block is never closed: add its {{/...}}";
  if (/INVALID|CLOSE/.test(message)) return "check the {{ }} around the error: every {{ needs a }}, and a name cannot be empty";
  return "see docs/templates.md for the template language";
}

function listDir(dir: string, required: boolean): string[] {
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(displayPath(dir), "is not a folder of templates");
    return readdirSync(dir);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (!required) return [];
    throw new InputError(displayPath(dir), "cannot be read as a folder of templates");
  }
}
