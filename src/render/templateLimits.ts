import { InputError } from "../load/errors";
import { displayPath } from "../paths";

/**
 * What a set of templates may do, so that drafting always ends, and soon: no
 * partial includes itself (directly or through others), nesting and size are
 * bounded, and the few built-in features that could print the case to the
 * terminal or name things at run time are refused. Checked when templates are
 * compiled (at build time, and when loaded from sources that differ from the
 * build's), before any case is drafted.
 */

/** Bytes in one template file: the largest shipped is under 10 KB. */
export const MAX_TEMPLATE_BYTES = 256 * 1024;
/** Levels of {{#blocks}} and {{> partials}} inside one another, counted from the document. */
export const MAX_NESTING = 32;
/** Partials a document includes, counting each inclusion inside included partials (as written, not per item). */
export const MAX_PARTIAL_USES = 10_000;

/** A template that cannot be drafted with: one line, naming the file and the place; exit 2 (it is not the case's fault). */
export class TemplateError extends InputError {
  constructor(
    readonly templatePath: string,
    readonly line: number,
    readonly column: number,
    message: string,
    /** For `ancillary check`, which reports it as a finding. */
    readonly ruleId: string,
  ) {
    super(`${displayPath(templatePath)}:${line}:${column}`, message);
    this.name = "TemplateError";
  }
}

/** One template file: a document or a partial (named by its file name without .hbs). */
export interface TemplateFile {
  path: string;
  source: string;
}

type Parse = (source: string) => hbs.AST.Program;

interface PartialUse {
  name: string;
  line: number;
  column: number;
  /** Blocks around the {{> }} in its own file. */
  depth: number;
}

interface FileFacts {
  file: TemplateFile;
  uses: PartialUse[];
  /** The deepest block in the file itself, and where it is. */
  deepest: { depth: number; line: number; column: number };
}

/** Throws TemplateError for the first problem found: documents first, then partials, each in order. */
export function checkTemplateTree(documents: ReadonlyArray<TemplateFile>, partials: ReadonlyMap<string, TemplateFile>, parse: Parse): void {
  const facts = new Map<TemplateFile, FileFacts>();
  for (const file of [...documents, ...partials.values()]) facts.set(file, readFacts(file, parse));
  for (const { file, uses } of facts.values()) {
    for (const use of uses) {
      if (!partials.has(use.name)) throw new TemplateError(file.path, use.line, use.column, `includes the partial "${use.name}", but there is no templates/partials/${use.name}.hbs`, "template-unknown-partial");
    }
  }
  const order = partialsInOrder(partials, facts);
  // Nesting and inclusions below each partial, worked out once each, deepest partials first.
  const below = new Map<string, { nesting: number; uses: number }>();
  const measure = (file: TemplateFile) => {
    const { uses, deepest } = facts.get(file)!;
    let nesting = deepest.depth;
    let at = { line: deepest.line, column: deepest.column };
    let count = 0;
    for (const use of uses) {
      const inner = below.get(use.name)!;
      if (use.depth + 1 + inner.nesting > nesting) {
        nesting = use.depth + 1 + inner.nesting;
        at = use;
      }
      count = Math.min(MAX_PARTIAL_USES + 1, count + 1 + inner.uses);
    }
    return { nesting, uses: count, at };
  };
  for (const name of order) {
    const { nesting, uses } = measure(partials.get(name)!);
    below.set(name, { nesting, uses });
  }
  for (const file of [...documents, ...partials.values()]) {
    const { nesting, uses, at } = measure(file);
    if (nesting > MAX_NESTING) {
      throw new TemplateError(
        file.path,
        at.line,
        at.column,
        `blocks and partials are nested ${nesting} levels deep from here, more than the ${MAX_NESTING} allowed: flatten the {{#...}} blocks or shorten the chain of partials`,
        "template-limit",
      );
    }
    if (uses > MAX_PARTIAL_USES) {
      throw new TemplateError(
        file.path,
        1,
        1,
        `includes partials more than ${MAX_PARTIAL_USES.toLocaleString("en-GB")} times over (a partial that includes another several times, which includes another several times ...): drafting would take too long; include each partial fewer times`,
        "template-limit",
      );
    }
  }
}

/**
 * The partials ordered so each comes after every partial it includes; throws
 * TemplateError where a partial includes itself, directly or through others.
 */
function partialsInOrder(partials: ReadonlyMap<string, TemplateFile>, facts: ReadonlyMap<TemplateFile, FileFacts>): string[] {
  const order: string[] = [];
  const state = new Map<string, "open" | "done">();
  for (const start of partials.keys()) {
    if (state.has(start)) continue;
    // Depth first, without recursion (a chain of thousands of partials must not overflow the stack).
    const stack: Array<{ name: string; next: number }> = [{ name: start, next: 0 }];
    state.set(start, "open");
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const uses = facts.get(partials.get(top.name)!)!.uses;
      if (top.next === uses.length) {
        state.set(top.name, "done");
        order.push(top.name);
        stack.pop();
        continue;
      }
      const use = uses[top.next++];
      const seen = state.get(use.name);
      if (seen === "open") {
        const loop = [...stack.slice(stack.findIndex((frame) => frame.name === use.name)).map((frame) => frame.name), use.name];
        const file = partials.get(top.name)!;
        const message =
          loop.length === 2
            ? `the partial "${use.name}" includes itself: drafting would never end; remove this {{> ${use.name}}}`
            : `the partial "${use.name}" includes itself, through ${loop.join(" → ")}: drafting would never end; remove one of these {{> }}`;
        throw new TemplateError(file.path, use.line, use.column, message, "template-recursion");
      }
      if (seen === undefined) {
        state.set(use.name, "open");
        stack.push({ name: use.name, next: 0 });
      }
    }
  }
  return order;
}

/** Parses a file and goes through its syntax tree once, without recursion, refusing what drafting does not allow. */
function readFacts(file: TemplateFile, parse: Parse): FileFacts {
  let program: hbs.AST.Program;
  try {
    program = parse(file.source);
  } catch (error) {
    const problem =
      error instanceof RangeError
        ? `its blocks are nested too deeply to read (more than the ${MAX_NESTING} levels allowed)`
        : "does not compile: run `ancillary check` to see where and why";
    throw new TemplateError(file.path, 1, 1, problem, "template-syntax");
  }
  const uses: PartialUse[] = [];
  const deepest = { depth: 0, line: 1, column: 1 };
  const refuse = (node: hbs.AST.Node, message: string): never => {
    throw new TemplateError(file.path, node.loc.start.line, node.loc.start.column + 1, message, "template-unsupported");
  };
  const pending: Array<{ node: hbs.AST.Node; depth: number }> = program.body.map((node) => ({ node, depth: 0 }));
  const enter = (inner: hbs.AST.Program | undefined, depth: number) => {
    for (const node of inner?.body ?? []) pending.push({ node, depth });
  };
  const expressions = (node: { params?: hbs.AST.Expression[]; hash?: hbs.AST.Hash }, depth: number) => {
    for (const param of node.params ?? []) pending.push({ node: param, depth });
    for (const pair of node.hash?.pairs ?? []) pending.push({ node: pair.value, depth });
  };
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!;
    if (depth > deepest.depth) Object.assign(deepest, { depth, line: node.loc.start.line, column: node.loc.start.column + 1 });
    switch (node.type) {
      case "MustacheStatement":
      case "SubExpression": {
        const call = node as hbs.AST.MustacheStatement | hbs.AST.SubExpression;
        refuseSwitchedOff(call.path, refuse);
        expressions(call, depth);
        break;
      }
      case "BlockStatement": {
        const block = node as hbs.AST.BlockStatement;
        refuseSwitchedOff(block.path, refuse);
        expressions(block, depth);
        enter(block.program, depth + 1);
        enter(block.inverse, depth + 1);
        break;
      }
      case "PartialStatement":
      case "PartialBlockStatement": {
        const partial = node as hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement;
        if (partial.name.type !== "PathExpression") refuse(partial, "a partial's name must be written out, as {{> name}}, so drafting can be checked before it starts");
        const name = partial.name as hbs.AST.PathExpression;
        if (!name.data) uses.push({ name: name.original, line: partial.loc.start.line, column: partial.loc.start.column + 1, depth });
        expressions(partial, depth);
        if (partial.type === "PartialBlockStatement") enter((partial as hbs.AST.PartialBlockStatement).program, depth + 1);
        break;
      }
      case "Decorator":
      case "DecoratorBlock":
        refuse(node, "inline partials and decorators ({{#*...}}, {{*...}}) are not supported: put shared wording in its own file, templates/partials/<name>.hbs, and use it as {{> name}}");
        break;
      default:
        break;
    }
  }
  return { file, uses, deepest };
}

/** Handlebars' `log` (writes to the terminal, where a case's details do not belong) and `lookup` (names worked out while drafting). */
export const SWITCHED_OFF_HELPERS: Readonly<Record<string, string>> = {
  log: 'the built-in helper "log" is switched off: it would write the case to the terminal; remove it',
  lookup: 'the built-in helper "lookup" is switched off: write the name out, e.g. {{defendant.name}}',
};

function refuseSwitchedOff(path: hbs.AST.PathExpression | hbs.AST.Literal, refuse: (node: hbs.AST.Node, message: string) => never): void {
  if (path.type !== "PathExpression") return;
  const name = path as hbs.AST.PathExpression;
  // `this.log` and `./log` name a field, not a helper.
  if (name.data || name.depth > 0 || name.parts.length !== 1 || /^\.|this\b/.test(name.original)) return;
  if (Object.hasOwn(SWITCHED_OFF_HELPERS, name.parts[0])) refuse(name, SWITCHED_OFF_HELPERS[name.parts[0]]);
}
