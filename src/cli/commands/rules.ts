import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "../../vendor/commander";
import type { CliIO } from "../io";
import { ExitCode } from "../errors";
import { findingsDocsDir, rulesDocsDir } from "../../paths";

export function registerRules(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command("rules")
    .summary("list every legal rule with its authority")
    .description(
      "Lists every rule `ancillary validate` applies: its id, severity, authority and what it checks, then the checks of the file " +
        "itself that come before them (yaml-syntax, schema).\nRun `ancillary explain <id>` for the full explanation of one.",
    )
    .action(async () => {
      const { allRules } = await import("../../orders/index");
      const { PRE_RULE_CHECKS } = await import("../../diagnostics/preRuleChecks");
      const width = Math.max(...[...allRules, ...PRE_RULE_CHECKS].map((r) => r.id.length));
      for (const rule of allRules) {
        io.out(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.summary}\n${" ".repeat(width + 11)}(${rule.citation})\n`);
      }
      io.out("\nBefore the rules, the file itself is checked (no legal authority):\n");
      for (const check of PRE_RULE_CHECKS) io.out(`${check.id.padEnd(width)}  ${check.severity.padEnd(7)}  ${check.summary}\n`);
    });

  program
    .command("explain")
    .summary("explain one rule or check: what it checks, why, how to fix")
    .argument("<rule-id>", "a rule id, as printed in [brackets] by validate (yaml-syntax and schema too)")
    .action(async (id: string) => {
      const { allRules } = await import("../../orders/index");
      const { findRule } = await import("../../rules/engine");
      const { PRE_RULE_CHECKS } = await import("../../diagnostics/preRuleChecks");
      const rule = findRule(id, allRules);
      const check = PRE_RULE_CHECKS.find((c) => c.id === id);
      const page = rule ? join(rulesDocsDir, `${rule.id}.md`) : check ? join(findingsDocsDir, `${check.id}.md`) : undefined;
      if (page === undefined) {
        io.err(`ancillary: there is no rule "${id}"; run \`ancillary rules\` to list them\n`);
        setExit(ExitCode.usage);
        return;
      }
      io.out(readFileSync(page, "utf8"));
    });
}
