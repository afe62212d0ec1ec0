import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import type { CliIO } from "../io";
import { ExitCode } from "../errors";
import { allRules } from "../../rules/index";
import { findRule } from "../../rules/engine";
import { rulesDocsDir } from "../../paths";

export function registerRules(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command("rules")
    .summary("list every legal rule with its authority")
    .description("Lists every rule `ancillary validate` applies: its id, severity, authority and what it checks.\nRun `ancillary explain <id>` for the full explanation of one rule.")
    .action(() => {
      const width = Math.max(...allRules.map((r) => r.id.length));
      for (const rule of allRules) {
        io.out(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.summary}\n${" ".repeat(width + 11)}(${rule.citation})\n`);
      }
    });

  program
    .command("explain")
    .summary("explain one rule: what it checks, why, how to fix")
    .argument("<rule-id>", "a rule id, as printed in [brackets] by validate")
    .action((id: string) => {
      const rule = findRule(id);
      if (!rule) {
        io.err(`ancillary: there is no rule "${id}"; run \`ancillary rules\` to list them\n`);
        setExit(ExitCode.usage);
        return;
      }
      io.out(readFileSync(join(rulesDocsDir, `${rule.id}.md`), "utf8"));
    });
}
