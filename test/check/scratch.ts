import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { main } from "../../src/cli/main";
import type { Case } from "../../src/case/types";
import { validCase } from "../support/cases";

export const repoTemplates = join(__dirname, "..", "..", "templates");

/**
 * A throw-away copy of the repository's templates, three small cases (a
 * magistrates' case, a Crown Court case, a case with a woman defendant), an
 * empty fixtures folder and a golden folder, for breaking things on purpose.
 */
export class Scratch {
  readonly root = mkdtempSync(join(tmpdir(), "ancillary-check-"));
  readonly templates = join(this.root, "templates");
  readonly golden = join(this.root, "golden");
  readonly examples = join(this.root, "examples");
  readonly fixtures = join(this.root, "fixtures");

  constructor(cases: Record<string, Case> = sampleCases()) {
    cpSync(repoTemplates, this.templates, { recursive: true });
    mkdirSync(this.examples);
    mkdirSync(this.fixtures);
    for (const [name, theCase] of Object.entries(cases)) writeFileSync(join(this.examples, `${name}.yaml`), stringify(theCase));
  }

  /** Path of a template file, e.g. "order.docx.hbs" or "partials/schedule.hbs". */
  path(file: string): string {
    return join(this.templates, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), "utf8");
  }

  /** Replaces one piece of text in a template (which must be there), returning where the new text starts (1-based). */
  edit(file: string, from: string, to: string): { line: number; column: number } {
    const text = this.read(file);
    const at = text.indexOf(from);
    if (at < 0) throw new Error(`"${from}" is not in ${file}`);
    writeFileSync(this.path(file), text.slice(0, at) + to + text.slice(at + from.length));
    return position(text, at);
  }

  write(file: string, text: string): void {
    writeFileSync(this.path(file), text);
  }

  /** Runs `ancillary check` in-process on this copy. */
  async check(...extra: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = "";
    let err = "";
    const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), interactive: false };
    const args = ["--templates", this.templates, "--golden", this.golden, "--examples", this.examples, "--fixtures", this.fixtures];
    const code = await main(["node", "ancillary", "check", ...args, ...extra], io);
    return { code, out, err };
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export function sampleCases(): Record<string, Case> {
  const magistrates = validCase();
  const crown = validCase();
  crown.court = { ...crown.court, level: "crown", location: "St Albans" };
  crown.reference = "T20267001";
  const she = validCase();
  she.defendant = { ...she.defendant, name: "Alison REEVE", pronoun: "she" };
  she.reference = "41LN0456999";
  return { magistrates, crown, she };
}

/** The 1-based line and column of a character offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
