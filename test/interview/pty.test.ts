import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseYaml } from "../../src/load/parseYaml";
import { loadCaseSchema } from "../../src/schema/validateSchema";
import { answerChecker } from "../../src/interview/answerCheck";
import { runInterview } from "../../src/interview/flow";
import type { Answers } from "../../src/interview/answers";
import type { CaseSchema } from "../../src/interview/schemaNode";
import { askerFrom } from "./scriptedAsker";
import { answerOn, bin, TerminalSession } from "./terminalDriver";

// Through a real pseudo-terminal (node-pty), against the built CLI (npm run build).
jest.setTimeout(240_000);

const schema = loadCaseSchema() as unknown as CaseSchema;
const example = join(__dirname, "..", "..", "examples", "at-charge-phone-not-yet-seized.yaml");

function dataOf(text: string): unknown {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new Error("does not parse");
  return parsed.parsed.data;
}

/** The questions the interview asks for the example, with the answers that give it: the same flow, scripted. */
async function questionsFor(exampleData: unknown) {
  const data: Answers = {};
  const script = askerFrom(exampleData);
  await runInterview({ schema, asker: script.asker, check: answerChecker(schema), data, afterPart: async () => undefined });
  return script.answered;
}

let folder: string;
let sessions: TerminalSession[] = [];
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "ancillary-interview-"));
});
afterEach(() => {
  for (const session of sessions) session.kill();
  sessions = [];
  rmSync(folder, { recursive: true, force: true });
});

function start(...args: string[]): TerminalSession {
  const session = new TerminalSession(["init", "--interview", ...args], folder);
  sessions.push(session);
  return session;
}

describe("ancillary init --interview, in a terminal", () => {
  it("takes a whole case at charge by its questions and writes the example's case, owner-only, valid, the name never on screen", async () => {
    const exampleData = dataOf(readFileSync(example, "utf8")) as { complainants: Array<{ name: string }> };
    const steps = await questionsFor(exampleData);
    const session = start("case.yaml");
    for (const { question, answer } of steps) await answerOn(session, question, answer);
    await session.answer("? Write the case file, or change an answer?", "\r");
    expect(await session.exited).toBe(0);

    const written = join(folder, "case.yaml");
    expect(dataOf(readFileSync(written, "utf8"))).toEqual(exampleData);
    expect(statSync(written).mode & 0o777).toBe(0o600);
    const validate = spawnSync(process.execPath, [bin, "validate", written], { encoding: "utf8" });
    expect(validate.status).toBe(0);

    const name = exampleData.complainants[0].name;
    const screen = session.screen;
    expect(screen).toContain("complainants C1 > name: (given, hidden)");
    for (const part of name.split(" ")) expect(screen.toLowerCase()).not.toContain(part.toLowerCase());
    expect(screen).toContain("*".repeat(name.length));
  });

  it("stops at Ctrl-C with nothing half-written, and saves a draft, owner-only, when asked", async () => {
    const session = start("case.yaml");
    await session.answer("? Which kind of court?", "\r");
    await session.answer("? The court's place name", "Stockport\r");
    await session.answer("? The law the court sits under", "\x03");
    await session.answer("? Save your answers so far as a draft", "y\r");
    await session.waitFor("Saved the draft to case.draft.yaml");
    expect(await session.exited).toBe(130);
    expect(readdirSync(folder)).toEqual(["case.draft.yaml"]);
    const draft = join(folder, "case.draft.yaml");
    expect(statSync(draft).mode & 0o777).toBe(0o600);
    expect(dataOf(readFileSync(draft, "utf8"))).toEqual({ version: 1, court: { level: "magistrates", location: "Stockport" } });
  });

  it("leaves nothing at all when the draft is declined, and exits 130", async () => {
    const session = start("case.yaml");
    await session.answer("? Which kind of court?", "\r");
    await session.answer("? The court's place name", "\x03");
    await session.answer("? Save your answers so far as a draft", "n\r");
    expect(await session.exited).toBe(130);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("shows a question's help on ?, and refuses a date that is not one, saying why, before moving on", async () => {
    const session = start("case.yaml");
    await session.answer("? Which kind of court?", "\r");
    await session.answer("? The court's place name", "?\r");
    await session.waitFor("The court's place name as it appears in the heading");
    await session.answer("? The court's place name", "Stockport\r");
    for (const prompt of ["? The law the court sits under", "? The court's own case number"]) await session.answer(prompt, "\r");
    await session.answer("? The police URN", "06SK1172426\r");
    await session.answer("? Date of the sentencing hearing", "2026-02-30\r");
    await session.waitFor("there is no 30 February");
    expect(session.screen).not.toContain("✔ Date of the sentencing hearing");
    session.type("\x7f".repeat(10) + "2026-12-16\r");
    await session.answer("? The defendant's full name", "Lewis ARKWRIGHT\r");
    await session.answer("? The defendant's date of birth", "\r");
    await session.answer("? How should the documents refer to the defendant?", "\r");
    // A yes-or-no question has its help too.
    await session.answer("? Add a complainant?", "?\r");
    await session.waitFor("The complainants. Their names are used to check that no document names them");
    await session.waitFor("? Add a complainant?");
    session.type("\x03");
    await session.answer("? Save your answers so far", "n\r");
    expect(await session.exited).toBe(130);
  });

  it("refuses, before any question, to write over a file that exists without --force", async () => {
    writeFileSync(join(folder, "case.yaml"), "mine\n");
    const session = start("case.yaml");
    expect(await session.exited).toBe(2);
    expect(session.screen).toContain("case.yaml already exists: choose another name, or add --force to replace it");
    expect(readFileSync(join(folder, "case.yaml"), "utf8")).toBe("mine\n");
  });
});

describe("ancillary init --interview, without a terminal", () => {
  it("refuses piped input in one line, exit 2, writing nothing", () => {
    const result = spawnSync(process.execPath, [bin, "init", "--interview", "case.yaml"], { cwd: folder, input: "magistrates\n", encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/needs? a terminal|there is none here/);
    expect(existsSync(join(folder, "case.yaml"))).toBe(false);
  });
});
