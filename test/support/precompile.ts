import Handlebars from "handlebars";
import { sourceHash, type PrecompiledTemplate } from "../../src/render/precompiled";
import { COMPILE_OPTIONS, readTemplateSources } from "../../src/render/templates";

/**
 * What scripts/build-templates.js makes of a folder of templates, as objects
 * rather than code, and without the build's checks (templateLimits.ts), so a
 * test can hand drafting code the checks never saw.
 */
export function precompile(dir: string): Map<string, PrecompiledTemplate> {
  const { documents, partials } = readTemplateSources(dir);
  return new Map(
    [...documents, ...partials].map(([path, source]) => [
      path,
      // eslint-disable-next-line no-eval -- the build writes this code into a module; here it is read back as one.
      { sha256: sourceHash(source), spec: (0, eval)(`(${Handlebars.precompile(source, COMPILE_OPTIONS)})`) },
    ]),
  );
}
