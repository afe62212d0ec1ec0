import type { Severity } from "../diagnostics/types";
import { templateHelpers } from "../render/helpers";
import type { TemplateSet, TemplateSource } from "./compile";
import { displayPath, type Located } from "./located";
import { nearest } from "./nearest";
import { describeShape, field, fieldsOf, isGroup, isList, type ShapeNode } from "../view/shape";

type Path = hbs.AST.PathExpression;
type Expression = hbs.AST.Expression;
type Call = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;

/** A value the check cannot know (it follows an error already reported): anything may be read from it, silently. */
const UNKNOWN = "unknown" as unknown as ShapeNode;

/** Built-in block helpers the templates may use, and the project's own (src/render/helpers.ts). */
export const knownHelpers: ReadonlySet<string> = new Set(["if", "unless", "each", "with", ...Object.keys(templateHelpers)]);

/** How each helper may be written; a helper missing here (newly added) is checked for existence only. */
const helperUse: Record<string, { block: boolean; inline: boolean; min: number; max: number; example: string }> = {
  if: { block: true, inline: false, min: 1, max: 1, example: "{{#if application.totalValue}}...{{else}}...{{/if}}" },
  unless: { block: true, inline: false, min: 1, max: 1, example: "{{#unless @first}}; {{/unless}}" },
  each: { block: true, inline: false, min: 1, max: 1, example: "{{#each property}}...{{/each}}" },
  with: { block: true, inline: false, min: 1, max: 1, example: "{{#with defendant}}{{name}}{{/with}}" },
  eq: { block: true, inline: true, min: 2, max: 2, example: '{{#eq court.level "crown"}}...{{else}}...{{/eq}}' },
  pick: { block: false, inline: true, min: 1, max: 1, example: '{{pick defendant.pronoun he="his" she="her" they="their"}}' },
  or: { block: false, inline: true, min: 1, max: Infinity, example: "{{#if (or identifiers.exhibit identifiers.imei)}}" },
  and: { block: false, inline: true, min: 1, max: Infinity, example: "{{#if (and anonymity application.otherInterests)}}" },
};

interface Context {
  shape: ShapeNode;
  /** For messages: "the case", "one item of property". */
  label: string;
}

interface DataFrame {
  names: Map<string, ShapeNode>;
  parent?: DataFrame;
}

interface Scope {
  /** contexts[0] is `this`; contexts[n] is reached with n `../`; the last is the case itself. */
  contexts: Context[];
  /** Block parameters (`as |item i|`), innermost first; partials do not see them. */
  params: Array<Map<string, ShapeNode>>;
  data: DataFrame;
}

export interface VariableCheck {
  diagnostics: Located[];
  /** For each document, every partial it uses, directly or through other partials. */
  partialsByDocument: Map<string, Set<string>>;
}

/**
 * Walks each document template's syntax tree, and each partial in the
 * context of every place it is used, checking every name against the shape
 * of the view the document is drafted with (its order's: shapeOf, from
 * src/orders/index.ts) and every helper against the ones the renderer
 * registers.
 */
export function checkVariables(set: TemplateSet, shapeOf: (document: string) => ShapeNode): VariableCheck {
  const walker = new Walker(set.partials);
  const partialsByDocument = new Map<string, Set<string>>();
  for (const document of set.documents) {
    if (!document.ast) continue;
    walker.used = new Set();
    walker.walkFile(document, topScope(shapeOf(document.name)), undefined);
    partialsByDocument.set(document.name, walker.used);
  }
  const used = new Set([...partialsByDocument.values()].flatMap((s) => [...s]));
  // A document that does not compile may use any partial: none is said to be unused then.
  const known = set.documents.every((document) => document.ast);
  for (const partial of set.partials.values()) {
    if (used.has(partial.name) || !known) continue;
    walker.report(partial.path, { line: 1, column: 0 }, "warning", "template-unused-partial", `the partial "${partial.name}" is not used by any document, so it is not checked`, `use it as {{> ${partial.name}}} or delete the file`);
  }
  return { diagnostics: walker.finish(), partialsByDocument };
}

function topScope(rootShape: ShapeNode): Scope {
  return { contexts: [{ shape: rootShape, label: "the case" }], params: [], data: { names: new Map([["root", rootShape]]) } };
}

class Walker {
  used = new Set<string>();
  private readonly found = new Map<string, Located & { callSites: Set<string> }>();
  private file = "";
  private callSite: string | undefined;
  private readonly partialStack: string[] = [];

  constructor(private readonly partials: Map<string, TemplateSource>) {}

  walkFile(source: TemplateSource, scope: Scope, callSite: string | undefined): void {
    const [file, site] = [this.file, this.callSite];
    this.file = source.path;
    this.callSite = callSite;
    this.program(source.ast, scope);
    [this.file, this.callSite] = [file, site];
  }

  report(file: string, at: hbs.AST.Position, severity: Severity, ruleId: string, message: string, hint?: string): void {
    const line = at.line;
    const column = at.column + 1;
    const key = `${file}:${line}:${column}:${message}`;
    const existing = this.found.get(key);
    const callSites = existing?.callSites ?? new Set<string>();
    if (file === this.file && this.callSite) callSites.add(this.callSite);
    if (!existing) this.found.set(key, { file, ruleId, severity, message, hint, path: [], line, column, callSites });
  }

  finish(): Located[] {
    return [...this.found.values()].map(({ callSites, ...d }) => {
      if (callSites.size === 0) return d;
      const where = `in the partial as used at ${[...callSites].join(", ")}`;
      return { ...d, hint: d.hint ? `${d.hint} (${where})` : where };
    });
  }

  private error(node: hbs.AST.Node, ruleId: string, message: string, hint?: string): void {
    this.report(this.file, node.loc.start, "error", ruleId, message, hint);
  }

  private program(program: hbs.AST.Program | undefined, scope: Scope): void {
    for (const statement of program?.body ?? []) this.statement(statement, scope);
  }

  private statement(node: hbs.AST.Statement, scope: Scope): void {
    switch (node.type) {
      case "ContentStatement":
      case "CommentStatement":
        return;
      case "MustacheStatement":
        return this.mustache(node as hbs.AST.MustacheStatement, scope);
      case "BlockStatement":
        return this.block(node as hbs.AST.BlockStatement, scope);
      case "PartialStatement":
      case "PartialBlockStatement":
        return this.partial(node as hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, scope);
      default:
        this.error(
          node,
          "template-unsupported",
          "inline partials and decorators ({{#*...}}, {{*...}}) are not supported",
          "put shared wording in its own file, templates/partials/<name>.hbs, and use it as {{> name}}",
        );
    }
  }

  /** {{name}}, {{helper args}} */
  private mustache(node: hbs.AST.MustacheStatement, scope: Scope): void {
    if (node.path.type !== "PathExpression") {
      this.error(node, "template-unsupported", "{{ }} must hold a variable or a helper, not a literal value", "write fixed wording as plain text, outside {{ }}");
      return;
    }
    const path = node.path as Path;
    const name = helperName(path, scope);
    if (name !== undefined && knownHelpers.has(name)) {
      this.helperCall(name, node, "inline", scope);
      return;
    }
    if (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0) {
      this.unknownHelper(path, node, scope);
      return;
    }
    const shape = this.resolve(path, scope);
    if (shape !== undefined && shape !== UNKNOWN && (isList(shape) || isGroup(shape))) {
      const fields = fieldsOf(isList(shape) ? shape[0] : shape);
      this.error(
        path,
        "template-not-a-value",
        `"${path.original}" is ${describeShape(shape)}, not a value that can be printed`,
        isList(shape)
          ? `go through it with {{#each ${path.original}}}...{{/each}} and print a field of each item: ${fields.join(", ")}`
          : `print one of its fields: ${fields.map((f) => `${path.original}.${f}`).join(", ")}`,
      );
    }
  }

  /** {{#helper args}}...{{else}}...{{/helper}}, or a section {{#name}}...{{/name}}. */
  private block(node: hbs.AST.BlockStatement, scope: Scope): void {
    const path = node.path;
    const name = helperName(path, scope);
    if (name !== undefined && knownHelpers.has(name)) {
      const [target] = this.helperCall(name, node, "block", scope);
      if (name === "each") return this.each(node, target, scope);
      if (name === "with") return this.with(node, target ?? UNKNOWN, scope);
      this.program(node.program, scope);
      this.program(node.inverse, scope);
      return;
    }
    if (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0) {
      this.unknownHelper(path, node, scope);
      this.program(node.program, scope);
      this.program(node.inverse, scope);
      return;
    }
    // A section: Handlebars goes through a list, enters a group, or tests a value.
    const shape = this.resolve(path, scope, name !== undefined);
    if (shape !== undefined && isList(shape)) return this.each(node, shape, scope);
    if (shape !== undefined && isGroup(shape)) return this.with(node, shape, scope);
    this.program(node.program, scope);
    this.program(node.inverse, scope);
  }

  private each(node: hbs.AST.BlockStatement, target: ShapeNode | undefined, scope: Scope): void {
    let element = UNKNOWN;
    if (target !== undefined && target !== UNKNOWN) {
      if (isList(target)) element = target[0];
      else {
        const param = node.params[0] ?? node.path;
        this.error(
          param,
          "template-not-a-list",
          `{{#each}} needs a list, but "${original(param)}" is ${describeShape(target)}`,
          isGroup(target) ? `use {{#with ${original(param)}}} to print its fields` : `use {{#if ${original(param)}}} to test it`,
        );
      }
    }
    const label = `one item of "${original(node.params[0] ?? node.path)}"`;
    const [itemName, indexName] = node.program?.blockParams ?? [];
    const params = new Map<string, ShapeNode>();
    if (itemName) params.set(itemName, element);
    if (indexName) params.set(indexName, "number");
    const data: DataFrame = {
      names: new Map([...scope.data.names, ["index", "number"], ["first", "yes/no"], ["last", "yes/no"], ["key", "number"]]),
      parent: scope.data,
    };
    this.program(node.program, {
      contexts: [{ shape: element, label }, ...scope.contexts],
      params: params.size > 0 ? [params, ...scope.params] : scope.params,
      data,
    });
    this.program(node.inverse, scope);
  }

  private with(node: hbs.AST.BlockStatement, target: ShapeNode, scope: Scope): void {
    const [name] = node.program?.blockParams ?? [];
    const label = `"${original(node.params[0] ?? node.path)}"`;
    this.program(node.program, {
      contexts: [{ shape: target, label }, ...scope.contexts],
      params: name ? [new Map([[name, target]]), ...scope.params] : scope.params,
      data: scope.data,
    });
    this.program(node.inverse, scope);
  }

  /** {{> name}}: the partial is analysed in the context where it is used. */
  private partial(node: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, scope: Scope): void {
    if (node.type === "PartialBlockStatement") this.program(node.program, scope);
    if (node.name.type !== "PathExpression") {
      this.error(node, "template-unsupported", "a partial's name must be written out, as {{> name}}", "name one of the files in templates/partials/");
      return;
    }
    const nameNode = node.name as Path;
    if (nameNode.data) return; // {{> @partial-block}}
    const name = nameNode.original;
    const partial = this.partials.get(name);
    let context: ShapeNode | undefined;
    if (node.params.length > 1) this.error(node.params[1], "template-helper-usage", `a partial takes at most one value (its context), not ${node.params.length}`);
    if (node.params.length > 0) context = this.expression(node.params[0], scope) ?? UNKNOWN;
    const pairs = node.hash?.pairs ?? [];
    if (pairs.length > 0) {
      const base = context ?? scope.contexts[0].shape;
      const merged: Record<string, ShapeNode> = isGroup(base) ? { ...base } : {};
      for (const pair of pairs) merged[pair.key] = this.expression(pair.value, scope) ?? UNKNOWN;
      context = base === UNKNOWN ? UNKNOWN : merged;
    }
    if (!partial) {
      const suggestion = nearest(name, this.partials.keys());
      this.error(
        nameNode,
        "template-unknown-partial",
        `there is no partial "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
        `partials are the files in templates/partials/: ${[...this.partials.keys()].join(", ") || "(none)"}`,
      );
      return;
    }
    this.used.add(name);
    if (!partial.ast || this.partialStack.includes(name)) return;
    this.partialStack.push(name);
    const partialScope: Scope = {
      contexts: context === undefined ? scope.contexts : [{ shape: context, label: `the value given to "${name}"` }, ...scope.contexts],
      params: [],
      data: scope.data,
    };
    const where = `${displayPath(this.file)}:${node.loc.start.line}`;
    this.walkFile(partial, partialScope, this.callSite ?? where);
    this.partialStack.pop();
  }

  /** Checks a helper's use and its arguments; returns the shapes of its positional arguments. */
  private helperCall(name: string, node: Call, mode: "inline" | "block" | "sub", scope: Scope): Array<ShapeNode | undefined> {
    const use = helperUse[name];
    if (use) {
      if (mode === "block" && !use.block) {
        this.error(node.path, "template-helper-usage", `"${name}" cannot open a block`, `write it without # and without a closing tag, for example ${use.example}`);
      } else if (mode !== "block" && !use.inline) {
        this.error(node.path, "template-helper-usage", `"${name}" must open a block`, `for example ${use.example}`);
      }
      const count = node.params.length;
      if (count < use.min || count > use.max) {
        const wanted = use.max === Infinity ? `at least ${use.min} value${use.min === 1 ? "" : "s"}` : `${use.min} value${use.min === 1 ? "" : "s"}`;
        this.error(node.path, "template-helper-usage", `"${name}" takes ${wanted}, but is given ${count}`, `for example ${use.example}`);
      }
    }
    const shapes = node.params.map((param) => this.expression(param, scope));
    for (const pair of node.hash?.pairs ?? []) this.expression(pair.value, scope);
    return shapes;
  }

  private unknownHelper(path: Path, node: Call, scope: Scope): void {
    const suggestion = nearest(path.original, knownHelpers);
    this.error(
      path,
      "template-unknown-helper",
      `unknown helper "${path.original}"${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
      `the helpers are: ${[...knownHelpers].join(", ")}`,
    );
    for (const param of node.params) this.expression(param, scope);
    for (const pair of node.hash?.pairs ?? []) this.expression(pair.value, scope);
  }

  /** An argument: a variable, a (helper ...) call, or a literal. */
  private expression(node: Expression, scope: Scope): ShapeNode | undefined {
    if (node.type === "PathExpression") return this.resolve(node as Path, scope);
    if (node.type === "SubExpression") {
      const sub = node as hbs.AST.SubExpression;
      const name = helperName(sub.path, scope);
      if (name !== undefined && knownHelpers.has(name)) this.helperCall(name, sub, "sub", scope);
      else this.unknownHelper(sub.path, sub, scope);
      return "yes/no";
    }
    return node.type === "NumberLiteral" ? "number" : node.type === "BooleanLiteral" ? "yes/no" : "text";
  }

  /** Finds what a variable path names here, reporting it if it names nothing. */
  private resolve(path: Path, scope: Scope, couldBeHelper = false): ShapeNode | undefined {
    const [head, ...rest] = path.parts;
    if (path.data) {
      let frame: DataFrame | undefined = scope.data;
      for (let d = 0; d < path.depth && frame; d++) frame = frame.parent;
      const shape = frame?.names.get(head);
      if (shape === undefined) {
        const known = [...(frame?.names.keys() ?? [])].map((n) => `@${n}`);
        const suggestion = nearest(`@${head}`, known);
        this.error(
          path,
          "template-unknown-variable",
          `unknown variable "${path.original}"${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
          "@index, @first, @last and @key exist only inside {{#each}}; @root is the whole case",
        );
        return undefined;
      }
      return this.follow(shape, rest, `@${head}`, path, scope);
    }
    if (path.depth >= scope.contexts.length) {
      this.error(path, "template-unknown-variable", `"${path.original}" goes above the whole case: there ${scope.contexts.length === 1 ? "is no level" : `are only ${scope.contexts.length - 1} levels`} to go up here`, "use @root. to name a field of the whole case");
      return undefined;
    }
    const scoped = /^\.|this\b/.test(path.original);
    if (head === undefined) return scope.contexts[path.depth].shape;
    if (path.depth === 0 && !scoped) {
      for (const params of scope.params) {
        const shape = params.get(head);
        if (shape !== undefined) return this.follow(shape, rest, head, path, scope);
      }
    }
    const prefix = "../".repeat(path.depth) + (scoped ? "this." : "");
    return this.follow(scope.contexts[path.depth].shape, path.parts, prefix, path, scope, couldBeHelper);
  }

  /** Follows the parts of a path from a shape, one field (or list index) at a time. */
  private follow(start: ShapeNode, parts: string[], prefix: string, path: Path, scope: Scope, couldBeHelper = false): ShapeNode | undefined {
    let shape = start;
    let walked = prefix;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const before = walked;
      walked = joinPath(before, part);
      if (shape === UNKNOWN) return UNKNOWN;
      if (isGroup(shape)) {
        const next = field(shape, part);
        if (next === undefined) {
          this.unknownVariable(path, shape, parts, i, before, scope, couldBeHelper);
          return undefined;
        }
        shape = next;
      } else if (isList(shape)) {
        if (/^\d+$/.test(part)) shape = shape[0];
        else if (part === "length") shape = "number";
        else {
          this.error(
            path,
            "template-unknown-variable",
            `unknown variable "${path.original}": "${before.replace(/\.$/, "")}" is a list, so it has no "${part}"`,
            `go through the list with {{#each ${before.replace(/\.$/, "")}}} and use "${part}" inside it`,
          );
          return undefined;
        }
      } else {
        this.error(
          path,
          "template-unknown-variable",
          `unknown variable "${path.original}": "${before.replace(/\.$/, "")}" is ${describeShape(shape)}, so it has no "${part}"`,
        );
        return undefined;
      }
    }
    return shape;
  }

  private unknownVariable(path: Path, group: ShapeNode, parts: string[], i: number, before: string, scope: Scope, couldBeHelper: boolean): void {
    let suggestion: string | undefined;
    const atTop = i === 0 && path.depth === 0 && !/^\.|this\b/.test(path.original);
    // A name of an outer level (the case itself, inside {{#each}}): say how to reach it.
    if (i === 0) {
      for (let up = path.depth + 1; up < scope.contexts.length && !suggestion; up++) {
        if (quietFollow(scope.contexts[up].shape, parts) !== undefined) {
          suggestion = up === scope.contexts.length - 1 ? `@root.${parts.join(".")}` : `${"../".repeat(up)}${parts.join(".")}`;
        }
      }
    }
    const candidates = [...fieldsOf(group), ...(atTop ? scope.params.flatMap((p) => [...p.keys()]) : []), ...(couldBeHelper ? knownHelpers : [])];
    if (!suggestion) {
      const close = nearest(parts[i], candidates);
      if (close !== undefined) {
        const rest = parts.slice(i + 1);
        const restKnown = rest.length > 0 && field(group, close) !== undefined && quietFollow(field(group, close)!, rest) !== undefined;
        const joined = joinPath(before, close);
        suggestion = restKnown ? `${joined}.${rest.join(".")}` : joined;
      }
    }
    const where = i === 0 ? scope.contexts[path.depth].label : `"${before.replace(/\.$/, "")}"`;
    const what = couldBeHelper ? "unknown helper or variable" : "unknown variable";
    this.error(
      path,
      "template-unknown-variable",
      `${what} "${path.original}"${suggestion ? `; did you mean "${suggestion}"?` : ""}`,
      `the names known in ${where} are: ${fieldsOf(group).join(", ") || "(none)"}`,
    );
  }
}

/** The name a call would use as a helper: one plain word that is not a block parameter. */
function helperName(path: Path | hbs.AST.Literal, scope: Scope): string | undefined {
  if (path.type !== "PathExpression") return undefined;
  const p = path as Path;
  if (p.data || p.depth > 0 || p.parts.length !== 1 || /^\.|this\b/.test(p.original)) return undefined;
  if (scope.params.some((params) => params.has(p.parts[0]))) return undefined;
  return p.parts[0];
}

/** "defendant" + "name" -> "defendant.name"; "../" + "reference" -> "../reference". */
function joinPath(before: string, part: string): string {
  return before === "" || before.endsWith("/") || before.endsWith(".") ? `${before}${part}` : `${before}.${part}`;
}

function quietFollow(start: ShapeNode, parts: string[]): ShapeNode | undefined {
  let shape: ShapeNode | undefined = start;
  for (const part of parts) {
    if (shape === undefined) return undefined;
    if (isGroup(shape)) shape = field(shape, part);
    else if (isList(shape) && /^\d+$/.test(part)) shape = shape[0];
    else return undefined;
  }
  return shape;
}

function original(node: hbs.AST.Node): string {
  return (node as Path).original ?? String((node as { value?: unknown }).value ?? "");
}
