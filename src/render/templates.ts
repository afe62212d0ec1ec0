import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { TemplateDelegate } from "handlebars";
import { templatesDir } from "../paths";
import { templateHelpers } from "./helpers";
import { precompiledTemplates, sourceHash, type PrecompiledTemplate } from "./precompiled";

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
    partials.set(`partials/${file}`, readFileSync(join(dir, "partials", file), "utf8").replace(/\r?\n$/, ""));
  }
  const documents = new Map<string, string>();
  for (const file of safeList(dir)
    .filter((f) => /\.(docx|txt)\.hbs$/.test(f))
    .sort()) {
    documents.set(file, readFileSync(join(dir, file), "utf8"));
  }
  return { documents, partials };
}

/**
 * The document templates under `dir`, ready to render. A template whose source
 * is exactly what the build precompiled uses the precompiled code, so a batch
 * worker or a single draft does not load Handlebars' compiler; any other
 * (edited since the build, or another folder's) is compiled here.
 */
export function loadTemplates(dir: string = templatesDir, precompiled: Map<string, PrecompiledTemplate> = precompiledTemplates()): DocumentTemplate[] {
  const sources = readTemplateSources(dir);
  // Each source's precompiled code, where its hash matches: worked out once, as hashing is the cost.
  const specs = new Map<string, PrecompiledTemplate["spec"] | undefined>();
  for (const [path, source] of [...sources.documents, ...sources.partials]) {
    const entry = precompiled.get(path);
    specs.set(path, entry !== undefined && entry.sha256 === sourceHash(source) ? entry.spec : undefined);
  }
  const allReady = [...specs.values()].every((spec) => spec !== undefined);
  // The runtime alone when nothing needs compiling: a third of the load, and none of the compiler's warm-up.
  const handlebars = allReady ? (require("handlebars/runtime") as typeof import("handlebars/runtime")).create() : (require("handlebars") as typeof import("handlebars")).create();
  handlebars.registerHelper(templateHelpers);
  const build = (path: string, source: string): TemplateDelegate => {
    const spec = specs.get(path);
    if (spec !== undefined) return handlebars.template(spec);
    return (handlebars as typeof import("handlebars")).compile(source, COMPILE_OPTIONS);
  };
  for (const [path, source] of sources.partials) handlebars.registerPartial(basename(path, ".hbs"), build(path, source));
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
