import { existsSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";

/** The package root, from src/ (tests) and dist/ (the built CLI) alike. */
export const packageRoot = join(__dirname, "..");
export const schemaPath = join(packageRoot, "schemas", "case.schema.json");
export const templatesDir = join(packageRoot, "templates");
export const rulesDocsDir = join(packageRoot, "docs", "rules");
/** The pages for the checks before the rules (yaml-syntax, schema). */
export const findingsDocsDir = join(packageRoot, "docs", "findings");

/** Paths as a person (and code scanning) reads them: relative to the current folder when inside it, with "/" separators. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join("/");
}

/**
 * A worker thread's script, as compiled JavaScript: beside the calling module
 * when it runs from dist/, or the built copy in dist/ when it runs from the
 * sources (tests). `script` is relative to src/ or dist/, e.g. "report/worker.js".
 */
export function builtScript(script: string): string {
  const beside = join(__dirname, script);
  if (existsSync(beside)) return beside;
  const built = join(packageRoot, "dist", script);
  if (existsSync(built)) return built;
  throw new Error(`cannot find ${join("dist", script)}: run \`npm run build\` first`);
}
