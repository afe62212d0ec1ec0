import { constants as fsConstants, promises as fs, type Stats } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Command } from "../../vendor/commander";
import type { CliIO } from "../io";
import { ExitCode } from "../errors";
import { packageRoot, schemaPath } from "../../paths";
import { InputError } from "../../load/errors";

/** The commented starter case: its words live in this data file, not in code. */
export const starterCasePath = join(packageRoot, "schemas", "starter-case.yaml");

/** The editor hint on the starter's first line names the schema relative to schemas/. */
const SCHEMA_HINT = /^(# yaml-language-server: \$schema=)case\.schema\.json$/m;

export function registerInit(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command("init")
    .summary("write a commented starter case to fill in")
    .description(
      "Writes a starter case whose comments explain every field. Replace each REPLACE value and each " +
        "YYYY-MM-DD, then run `ancillary validate` on it: it is refused until every placeholder is filled.\n\n" +
        "With no file, prints the starter. With a file, writes it readable only by you, and never replaces " +
        "an existing file without --force.\n\n" +
        "With --interview, asks for the case in the terminal instead, one question at a time (type ? for help), " +
        "checks each answer as it is given (the format, then the law as soon as it can), lets you review and change " +
        "every answer, and writes a commented case file that validates (case.yaml if no file is named). The " +
        "complainant's name is asked once, masked, and never shown again. Ctrl-C writes nothing, and offers to save " +
        "a draft in a file of its own (exit 130). Needs a terminal: with piped input it refuses (exit 2).",
    )
    .argument("[file]", "the case file to create, e.g. case.yaml")
    .option("-f, --force", "replace the file if it already exists", false)
    .option("-i, --interview", "ask the questions in the terminal and write the case from the answers", false)
    .addHelpText(
      "after",
      "\nExamples:\n  $ ancillary init case.yaml\n  $ ancillary init > case.yaml\n  $ ancillary init --interview cases/06SK1172426.yaml",
    )
    .action(async (file: string | undefined, options: { force: boolean; interview: boolean }) => {
      if (options.interview) {
        // The interview (and its terminal prompts) loads only when asked for.
        const { initInterview } = await import("./initInterview");
        setExit(await initInterview(file ?? "case.yaml", options.force, io, checkTarget));
        return;
      }
      const fail = (message: string) => {
        io.err(`ancillary: ${message}\n`);
        setExit(ExitCode.usage);
      };
      let starter: string;
      try {
        starter = await fs.readFile(starterCasePath, "utf8");
      } catch (error) {
        fail(`cannot read the starter case ${starterCasePath} (${(error as NodeJS.ErrnoException).code ?? String(error)}): reinstall ancillary`);
        return;
      }
      // Point the editor hint at the installed schema, so completion works wherever the case is saved.
      const text = starter.replace(SCHEMA_HINT, (_line, prefix: string) => `${prefix}${schemaPath.replace(/\\/g, "/")}`);
      if (file === undefined) {
        io.out(text);
        setExit(ExitCode.ok);
        return;
      }
      const problem = await checkTarget(file, options.force);
      if (problem) {
        fail(problem);
        return;
      }
      try {
        const { writeAtomically } = await import("../../files/writeOutputs");
        await writeAtomically(resolve(file), new TextEncoder().encode(text), options.force, file);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        fail(`${error.filePath}: ${error.message}`);
        return;
      }
      io.out(`wrote ${file}: replace every REPLACE and YYYY-MM-DD, then run \`ancillary validate ${file}\`\n`);
      setExit(ExitCode.ok);
    });
}

/** Why the file cannot be written, in one line, or undefined if it can be tried. */
async function checkTarget(file: string, force: boolean): Promise<string | undefined> {
  const folder = dirname(resolve(file));
  try {
    if (!(await fs.stat(folder)).isDirectory()) return `cannot write ${file}: ${dirname(file)} is not a folder`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return `cannot write ${file}: the folder ${dirname(file)} does not exist`;
    return `cannot write ${file}: the folder ${dirname(file)} cannot be read (${code ?? String(error)})`;
  }
  try {
    await fs.access(folder, fsConstants.W_OK);
  } catch {
    return `cannot write ${file}: permission denied in the folder ${dirname(file)}`;
  }
  let existing: Stats | undefined;
  try {
    existing = await fs.lstat(file);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) return `cannot write ${file}: it is a folder; name a file inside it, e.g. ${join(file, "case.yaml")}`;
  if (existing && !force) return `${file} already exists: choose another name, or add --force to replace it`;
  return undefined;
}
