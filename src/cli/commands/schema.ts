import type { Command } from "../../vendor/commander";
import type { CliIO } from "../io";

export function registerSchema(program: Command, io: CliIO): void {
  program
    .command("schema")
    .summary("print the JSON Schema of the case format")
    .description("Prints the JSON Schema (2020-12) of the case format, for editors and other tools.\nPoint the yaml-language-server at it to get completion and hover help while writing a case.")
    .action(async () => {
      const { loadCaseSchema } = await import("../../schema/validateSchema");
      io.out(JSON.stringify(loadCaseSchema(), null, 2) + "\n");
    });
}
