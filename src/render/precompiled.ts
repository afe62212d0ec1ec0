/**
 * Templates precompiled at build time (scripts/build-templates.js writes
 * dist/render/precompiledTemplates.js), each with the SHA-256 of the source it
 * was compiled from, so a template edited since the build is never run from
 * stale code. Each template's code is a module of its own
 * (dist/render/precompiledTemplates/), loaded when its `spec` is first read:
 * a draft renders three of the templates, and loads only those and their
 * partials.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type Handlebars from "handlebars";

/** What Handlebars.precompile gives, as code (the types do not export its name). */
export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

export interface PrecompiledTemplate {
  sha256: string;
  /** Read only to render: in the build's index it is a getter that loads the template's own module. */
  readonly spec: TemplateSpecification;
}

/** The index the build writes beside this module's compiled form. */
export const PRECOMPILED_FILE = "precompiledTemplates.js";
/** The folder beside it holding each template's code, as `<path within the templates folder>.js`. */
export const PRECOMPILED_DIR = "precompiledTemplates";

let loaded: Map<string, PrecompiledTemplate> | undefined;

/** Precompiled templates by path within the templates folder; empty when there are none (running from the sources). */
export function precompiledTemplates(): Map<string, PrecompiledTemplate> {
  if (loaded === undefined) {
    try {
      loaded = new Map(Object.entries(require(join(__dirname, PRECOMPILED_FILE)) as Record<string, PrecompiledTemplate>));
    } catch {
      loaded = new Map();
    }
  }
  return loaded;
}

export function sourceHash(source: string): string {
  return createHash("sha256").update(source, "utf8").digest("hex");
}
