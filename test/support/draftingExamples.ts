import { copyFileSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const examples = join(__dirname, "..", "..", "examples");

/** Copies into dir the examples that draft (the one at charge applies for nothing yet); returns their names. */
export function copyDraftingExamples(dir: string): string[] {
  const drafts = (name: string) => (parse(readFileSync(join(examples, name), "utf8")) as { applications?: unknown }).applications !== undefined;
  const names = readdirSync(examples).filter((name) => name.endsWith(".yaml") && drafts(name));
  for (const name of names) copyFileSync(join(examples, name), join(dir, name));
  return names;
}
