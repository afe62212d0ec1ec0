import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { TemplateDelegate } from "handlebars";
import { displayPath, templatesDir } from "../paths";
import { InputError } from "../load/errors";
import { templateHelpers } from "./helpers";
import { precompiledTemplates, sourceHash, type PrecompiledTemplate } from "./precompiled";
import { checkTemplateTree, MAX_NESTING, MAX_TEMPLATE_BYTES, SWITCHED_OFF_HELPERS, TemplateError, type TemplateFile } from "./templateLimits";

/** One document the templates can produce, e.g. "order.docx" from templates/order.docx.hbs. */
export interface DocumentTemplate {
  /** The output file name: the template's name without .hbs. */
  fileName: string;
  /** "docx" or "txt": which writer lays it out. */
  format: "docx" | "txt";
  sourcePath: string;
  render(viewModel: object): string;
}

/** How every template is compiled, at build time (scripts/build-templates.js) or at run time. */
export const COMPILE_OPTIONS = {
  // Values are made markup-inert by the view model; the output is markup, not HTML.
  noEscape: true,
  strict: true,
  knownHelpersOnly: false,
} as const;

/** The template sources under a folder: document templates and partials, keyed by path within it. */
export interface TemplateSources {
  /** "order.docx.hbs" -> source, sorted by name. */
  documents: Map<string, string>;
  /** "partials/name.hbs" -> source, without the file's final newline (a partial is used inline). */
  partials: Map<string, string>;
}

/** Partials live in templates/partials/<name>.hbs and are used as {{> name}}. */
export function readTemplateSources(dir: string = templatesDir): TemplateSources {
  const partials = new Map<string, string>();
  for (const file of safeList(join(dir, "partials")).filter((f) => f.endsWith(".hbs"))) {
    partials.set(`partials/${file}`, readTemplateFile(join(dir, "partials", file)).replace(/\r?\n$/, ""));
  }
  const documents = new Map<string, string>();
  for (const file of safeList(dir)
    .filter((f) => /\.(docx|txt)\.hbs$/.test(f))
    .sort()) {
    documents.set(file, readTemplateFile(join(dir, file)));
  }
  return { documents, partials };
}

/** One template's text, refusing a file over MAX_TEMPLATE_BYTES before reading it. */
export function readTemplateFile(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_TEMPLATE_BYTES) {
    throw new InputError(displayPath(path), `is ${size.toLocaleString("en-GB")} bytes, over the ${MAX_TEMPLATE_BYTES.toLocaleString("en-GB")}-byte limit for a template: a template holds a document's wording, not data`);
  }
  return readFileSync(path, "utf8");
}

/**
 * Checks the templates under `dir` can be drafted with, as loadTemplates does
 * before anything is drafted; throws TemplateError (or InputError) if not.
 * For `batch`, so a broken template is one line before any case starts.
 */
export function checkTemplates(dir: string = templatesDir, precompiled: Map<string, PrecompiledTemplate> = precompiledTemplates()): void {
  prepare(dir, precompiled);
}

/**
 * The sources under `dir` and the precompiled code of each whose source is what
 * the build compiled. Sources the build did not compile are checked here
 * (templateLimits.ts); the build checked the rest the same way.
 */
function prepare(dir: string, precompiled: Map<string, PrecompiledTemplate>) {
  const sources = readTemplateSources(dir);
  // Each source's precompiled template, where its hash matches: worked out once, as hashing is the cost.
  // Its code (`spec`) is not read here: a template's module loads when it is first rendered.
  const ready = new Map<string, PrecompiledTemplate | undefined>();
  for (const [path, source] of [...sources.documents, ...sources.partials]) {
    const entry = precompiled.get(path);
    ready.set(path, entry !== undefined && entry.sha256 === sourceHash(source) ? entry : undefined);
  }
  const allReady = [...ready.values()].every((entry) => entry !== undefined);
  // The runtime alone when nothing needs compiling: a third of the load, and none of the compiler's warm-up.
  const compiler = allReady ? undefined : (require("handlebars") as typeof import("handlebars"));
  if (compiler) checkTemplateTree(...templateFiles(dir, sources), (source) => compiler.parse(source));
  return { sources, ready, compiler };
}

/** The sources as files for checkTemplateTree: the documents, and the partials by name. */
export function templateFiles(dir: string, sources: TemplateSources): [TemplateFile[], Map<string, TemplateFile>] {
  const documents = [...sources.documents].map(([file, source]) => ({ path: join(dir, file), source }));
  const partials = new Map([...sources.partials].map(([file, source]) => [basename(file, ".hbs"), { path: join(dir, file), source }]));
  return [documents, partials];
}

/**
 * The document templates under `dir`, ready to render. A template whose source
 * is exactly what the build precompiled uses the precompiled code, so a batch
 * worker or a single draft does not load Handlebars' compiler; any other
 * (edited since the build, or another folder's) is checked and compiled here.
 */
export function loadTemplates(dir: string = templatesDir, precompiled: Map<string, PrecompiledTemplate> = precompiledTemplates()): DocumentTemplate[] {
  const { sources, ready, compiler } = prepare(dir, precompiled);
  const handlebars = compiler ? compiler.create() : (require("../vendor/handlebarsRuntime") as typeof import("../vendor/handlebarsRuntime")).default.create();
  handlebars.registerHelper(templateHelpers);
  for (const helper of Object.keys(SWITCHED_OFF_HELPERS)) handlebars.unregisterHelper(helper);
  // Inline partials are refused when templates are checked; without the decorator they cannot run either.
  handlebars.unregisterDecorator("inline");
  // Built when first rendered, so a draft loads the precompiled code of only the templates it renders.
  const build = (path: string, source: string): TemplateDelegate => {
    let built: TemplateDelegate | undefined;
    return (context, options) => {
      if (built === undefined) {
        const entry = ready.get(path);
        built = entry !== undefined ? handlebars.template(entry.spec) : (handlebars as typeof import("handlebars")).compile(source, COMPILE_OPTIONS);
      }
      return built(context, options);
    };
  };
  // However a partial came to include itself (code precompiled from sources the check never saw), drafting stops with one line.
  let partialDepth = 0;
  for (const [path, source] of sources.partials) {
    const name = basename(path, ".hbs");
    const partial = build(path, source);
    const guarded: TemplateDelegate = (context, options) => {
      if (partialDepth >= MAX_NESTING) {
        throw new TemplateError(join(dir, path), 1, 1, `the partial "${name}" is included more than ${MAX_NESTING} levels deep: a partial may not include itself, directly or through other partials`, "template-recursion");
      }
      partialDepth++;
      try {
        return partial(context, options);
      } finally {
        partialDepth--;
      }
    };
    handlebars.registerPartial(name, guarded);
  }
  return [...sources.documents].map(([file, source]) => {
    const compiled = build(file, source);
    const fileName = basename(file, ".hbs");
    return {
      fileName,
      format: fileName.endsWith(".docx") ? ("docx" as const) : ("txt" as const),
      sourcePath: join(dir, file),
      render: (viewModel: object) => compiled(viewModel),
    };
  });
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
