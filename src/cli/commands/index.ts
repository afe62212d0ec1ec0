import type { Command } from "../../vendor/commander";
import type { CliIO } from "../io";
import { registerValidate } from "./validate";
import { registerDraft } from "./draft";
import { registerSchema } from "./schema";
import { registerRules } from "./rules";
import { registerBatch } from "./batch";
import { registerInit } from "./init";
import { registerCheck } from "./check";
import { registerPlan } from "./plan";
import { registerReport } from "./report";
import { registerResult } from "./result";

/** Every command; adding one is a file in this folder and a line here. */
export function registerCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  registerInit(program, io, setExit);
  registerValidate(program, io, setExit);
  registerDraft(program, io, setExit);
  registerPlan(program, io, setExit);
  registerBatch(program, io, setExit);
  registerRules(program, io, setExit);
  registerSchema(program, io);
  registerCheck(program, io, setExit);
  registerResult(program, io, setExit);
  registerReport(program, io, setExit);
}
