/**
 * Inputs ancillary must refuse with one clear error: exit 1 (the case is broken) or
 * 2 (it is not a case file at all), no stack trace, and nothing written to --out.
 * The loader's own tests (test/load/readCaseText.test.ts, test/load/parseYaml.test.ts)
 * check each refusal in-process; these run the built CLI as a user would.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, packageRoot } from "../support/cli";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { exampleCase, examplesDir, exampleComplainant, filesUnder, openToOthers, runCliWith, scratch, STACK_LINE, unreadableRunner } from "./helpers";

const MiB = 1024 * 1024;

interface Hostile {
  name: string;
  /** Creates the input in dir and returns its path. */
  make(dir: string): string;
  code: 1 | 2;
  /** Exit 2: the whole message after "<file>: ". Exit 1: the yaml-syntax message. */
  message: string | RegExp;
  /** Extra arguments, e.g. a lower --max-bytes. */
  args?: string[];
}

const write = (dir: string, name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function aliasBomb(): string {
  // A billion laughs: ten anchors, each ten copies of the one before (10^9 "lol"s).
  let bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (let i = 1; i <= 9; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
  return bomb;
}

const HOSTILE: Hostile[] = [
  { name: "an empty file", make: (d) => write(d, "empty.yaml", ""), code: 2, message: "is empty: start from `ancillary init` to get a case to fill in" },
  { name: "a missing file", make: (d) => join(d, "no-such-case.yaml"), code: 2, message: "does not exist: check the path" },
  {
    name: "a directory",
    make: (d) => {
      mkdirSync(join(d, "a-folder.yaml"));
      return join(d, "a-folder.yaml");
    },
    code: 2,
    message: "is a folder, not a case file: name a .yaml file inside it",
  },
  {
    name: "binary data (a PNG header)",
    make: (d) => write(d, "photo.yaml", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])),
    code: 2,
    message: "holds binary data (a NUL byte), not UTF-8 YAML text: check it is the right file, and save it as UTF-8",
  },
  {
    name: "text that is not UTF-8 (Windows-1252)",
    make: (d) => write(d, "latin1.yaml", Buffer.from("version: 1\ndefendant: { name: Zo\xeb M\xfcller }\n", "latin1")),
    code: 2,
    message: "is not UTF-8 text: save it as UTF-8 from your editor and try again",
  },
  {
    name: "UTF-16 text",
    make: (d) => write(d, "utf16.yaml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(exampleCase, "utf8"), "utf16le")])),
    code: 2,
    message: "is UTF-16 text, not UTF-8: save it as UTF-8 from your editor and try again",
  },
  {
    // Malformed YAML: if it were parsed, the answer would be a yaml-syntax error (exit 1).
    name: "a file over the default 1 MiB limit, refused before parsing",
    make: (d) => write(d, "huge.yaml", "a: [\n" + "x".repeat(MiB)),
    code: 2,
    message: `is ${MiB + 5} bytes, over the ${MiB}-byte limit for a case file: check it is the right file, or raise the limit with --max-bytes`,
  },
  {
    name: "a file over a limit set with --max-bytes",
    make: () => exampleCase,
    args: ["--max-bytes", "100"],
    code: 2,
    message: /^is \d+ bytes, over the 100-byte limit for a case file: check it is the right file, or raise the limit with --max-bytes$/,
  },
  { name: "an alias bomb (billion laughs)", make: (d) => write(d, "bomb.yaml", aliasBomb()), code: 1, message: "the YAML expands aliases too many times (an alias bomb)" },
  {
    name: "deep flow nesting (100 000 brackets)",
    make: (d) => write(d, "deep-flow.yaml", `a: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`),
    code: 1,
    message: "the YAML is nested more than 64 levels deep",
  },
  {
    name: "deep block nesting (1 000 levels)",
    make: (d) => write(d, "deep-block.yaml", Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n") + " v\n"),
    code: 1,
    message: "the YAML is nested more than 64 levels deep",
  },
  {
    name: "duplicate keys",
    make: (d) => write(d, "duplicate.yaml", readFileSync(exampleCase, "utf8").replace("  location: Luton\n", "  location: Luton\n  location: Bedford\n")),
    code: 1,
    message: "the same key appears twice in one mapping",
  },
  {
    name: "several YAML documents in one file",
    make: (d) => write(d, "two-cases.yaml", `${readFileSync(exampleCase, "utf8")}---\n${readFileSync(exampleCase, "utf8")}`),
    code: 1,
    message: "the file holds more than one YAML document (a second `---`)",
  },
  {
    // The parser gives up on the document and then complains about every token left: one error is enough.
    name: "a stray ] that stops the parser reading the rest of the file",
    make: (d) => write(d, "stray.yaml", readFileSync(exampleCase, "utf8").replace("version: 1", "version: ]1")),
    code: 1,
    message: "the YAML is malformed here (Unexpected flow-seq-end token in YAML stream)",
  },
  {
    name: "text after > on the same line (the parser would quote it)",
    make: (d) => write(d, "folded.yaml", readFileSync(exampleCase, "utf8").replace("particulars: >-\n      Threatened", "particulars: > Threatened")),
    code: 1,
    message: "the YAML is malformed here (text where YAML allows none: after > or |, start the text on the next line)",
  },
  {
    name: "an alias whose name holds a control character (printed, it would reach the terminal)",
    make: (d) => write(d, "alias.yaml", readFileSync(exampleCase, "utf8").replace("location: Luton", "location: *Lu\u0007ton\u001b")),
    code: 1,
    message: "this alias (a *name) refers to no anchor before it",
  },
  {
    name: "a named pipe (which would block a read for ever)",
    make: (d) => {
      execFileSync("mkfifo", [join(d, "pipe.yaml")]);
      return join(d, "pipe.yaml");
    },
    code: 2,
    message: "is not a regular file: name a .yaml case file",
  },
  { name: "a device (/dev/zero, endless)", make: () => "/dev/zero", code: 2, message: "is not a regular file: name a .yaml case file" },
];

/** Control characters a terminal would act on (escape sequences, bell): nothing from the input may print them. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The one line an exit-2 refusal prints: "<file>: <what is wrong>: <what to do>". */
function expectOneLine(stderr: string, file: string, message: string | RegExp): void {
  const lines = stderr.split("\n").filter((line) => line !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith(`${file}: `)).toBe(true);
  const rest = lines[0].slice(file.length + 2);
  if (typeof message === "string") expect(rest).toBe(message);
  else expect(rest).toMatch(message);
  expect(rest).toMatch(/^.+: .+$/);
}

/** The one compiler-style error an exit-1 refusal prints: "<file>:<line>:<col> error [yaml-syntax] <message>". */
function expectOneSyntaxError(output: string, file: string, message: string | RegExp): void {
  const errors = output.split("\n").filter((line) => / error \[/.test(line));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(new RegExp(`^${escape(file)}:\\d+:\\d+ error \\[yaml-syntax\\] `));
  const text = errors[0].replace(/^.*? error \[yaml-syntax\] /, "");
  if (typeof message === "string") expect(text).toBe(message);
  else expect(text).toMatch(message);
}

const posixOnly = process.platform === "win32" ? it.skip : it;

describe.each(HOSTILE)("refusing $name", ({ name, make, code, message, args = [] }) => {
  const posix = name.includes("named pipe") || name.includes("/dev/zero");
  const test = posix ? posixOnly : it;
  let area: ReturnType<typeof scratch>;
  let input: string;
  beforeAll(() => {
    area = scratch("refused");
    if (!posix || process.platform !== "win32") input = make(area.dir);
  });
  afterAll(() => area.remove());

  test("draft: exits with the right code, one clear error, no stack trace, nothing written", () => {
    const out = join(area.dir, "out");
    const result = runCli(["draft", input, "--out", out, ...args]);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(TERMINAL_CONTROL);
    if (code === 2) expectOneLine(result.stderr, input, message);
    else {
      expectOneSyntaxError(result.stderr, input, message);
      expect(result.stderr).toContain(`${input}: not drafted: fix the errors above first (nothing was written)`);
    }
    expect(filesUnder(out)).toEqual([]);
  });

  test("validate: exits with the right code and says the same, no stack trace", () => {
    const result = runCli(["validate", input, ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr + result.stdout).not.toMatch(STACK_LINE);
    expect(result.stderr + result.stdout).not.toMatch(TERMINAL_CONTROL);
    if (code === 2) expectOneLine(result.stderr, input, message);
    else {
      expect(result.stderr).toBe("");
      expectOneSyntaxError(result.stdout, input, message);
    }
  });
});

describe("refusing a file that cannot be read (permission denied)", () => {
  const runner = unreadableRunner();
  const test = runner ? it : it.skip;
  let area: ReturnType<typeof scratch>;
  beforeAll(() => {
    area = scratch("unreadable");
    openToOthers(area.dir);
  });
  afterAll(() => area.remove());

  test("draft and validate: exit 2, one line, nothing written", () => {
    const input = join(area.dir, "locked.yaml");
    writeFileSync(input, readFileSync(exampleCase), { mode: 0o000 });
    const out = join(area.dir, "out");
    const message = "cannot be read (permission denied): check its permissions";
    const draft = runCliWith(["draft", input, "--out", out], runner);
    expect(draft.code).toBe(2);
    expectOneLine(draft.stderr, input, message);
    expect(filesUnder(out)).toEqual([]);
    const validate = runCliWith(["validate", input], runner);
    expect(validate.code).toBe(2);
    expectOneLine(validate.stderr, input, message);
    expect(validate.stderr + validate.stdout).not.toMatch(STACK_LINE);
  });
});

describe("the size limit", () => {
  let area: ReturnType<typeof scratch>;
  beforeAll(() => {
    area = scratch("size");
  });
  afterAll(() => area.remove());

  it("is configurable: a larger --max-bytes lets the same oversize file be parsed (and its YAML refused)", () => {
    const input = write(area.dir, "huge.yaml", "a: [\n" + "x".repeat(MiB));
    const result = runCli(["validate", input, "--max-bytes", String(2 * MiB)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/ error \[yaml-syntax\] /);
  });

  it("accepts a case of exactly the limit", () => {
    const bytes = readFileSync(exampleCase).length;
    expect(runCli(["validate", exampleCase, "--max-bytes", String(bytes)]).code).toBe(0);
    expect(runCli(["validate", exampleCase, "--max-bytes", String(bytes - 1)]).code).toBe(2);
  });

  it("refuses a nonsense --max-bytes in one line, exit 2", () => {
    const result = runCli(["validate", exampleCase, "--max-bytes", "-5"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--max-bytes takes a whole number of 1 or more");
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe("--debug", () => {
  let area: ReturnType<typeof scratch>;
  beforeAll(() => {
    area = scratch("debug");
  });
  afterAll(() => area.remove());

  it("adds no stack trace to an expected refusal (a missing file, an alias bomb)", () => {
    const missing = runCli(["--debug", "draft", join(area.dir, "nope.yaml"), "--out", join(area.dir, "out")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`${join(area.dir, "nope.yaml")}: does not exist: check the path\n`);
    const bomb = write(area.dir, "bomb.yaml", aliasBomb());
    const result = runCli(["--debug", "validate", bomb]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  describe("on an unexpected error (a broken installation: its case schema is corrupt)", () => {
    let broken: string;
    beforeAll(() => {
      // A copy of the installed package whose schemas/case.schema.json was cut short.
      broken = join(area.dir, "broken-install");
      for (const part of ["bin", "dist", "templates", "schemas", "docs", "package.json"]) cpSync(join(packageRoot, part), join(broken, part), { recursive: true });
      symlinkSync(join(packageRoot, "node_modules"), join(broken, "node_modules"), "dir");
      const schema = join(broken, "schemas", "case.schema.json");
      writeFileSync(schema, readFileSync(schema, "utf8").slice(0, 200));
    });
    const brokenRun = (args: string[]) => {
      const result = spawnSync(process.execPath, [join(broken, "bin", "ancillary.js"), ...args], { encoding: "utf8", input: "", timeout: 30_000 });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };

    it("without --debug: exit 2, what happened and what to do, no stack trace", () => {
      // `schema` reads the schema file as it runs (validate uses the copy precompiled at build time).
      const result = brokenRun(["schema"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        "ancillary: unexpected error: SyntaxError (details withheld, as they may quote the case)\n" +
          "  (this is a bug in ancillary; run again with --debug for details and report it)\n",
      );
    });

    it("with --debug: the message and the stack trace", () => {
      const result = brokenRun(["--debug", "schema"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^ancillary: unexpected error: .*JSON/);
      expect(result.stderr).toMatch(STACK_LINE);
    });
  });
});

describe("an unexpected error in-process (main with a failing io)", () => {
  /** An io whose stdout throws, as a full disk or a closed socket might, with the case's text in the message. */
  function failingIO(): CliIO & { errText: () => string } {
    let err = "";
    return {
      out: () => {
        throw new TypeError(`cannot write "particulars: threatened ${exampleComplainant}"`);
      },
      err: (text) => {
        err += text;
      },
      interactive: false,
      errText: () => err,
    };
  }

  it("is reported in two lines without its message (which could quote the case) and without a stack", async () => {
    const io = failingIO();
    const code = await main(["node", "ancillary", "validate", exampleCase], io);
    expect(code).toBe(2);
    expect(io.errText()).toBe(
      "ancillary: unexpected error: TypeError (details withheld, as they may quote the case)\n" +
        "  (this is a bug in ancillary; run again with --debug for details and report it)\n",
    );
    expect(io.errText()).not.toContain("Pelham");
  });

  it("prints the message and the stack trace with --debug", async () => {
    const io = failingIO();
    const code = await main(["node", "ancillary", "--debug", "validate", exampleCase], io);
    expect(code).toBe(2);
    expect(io.errText()).toMatch(/^ancillary: unexpected error: cannot write/);
    expect(io.errText()).toMatch(STACK_LINE);
  });
});

describe("writing to a closed pipe (`ancillary schema | head -1`)", () => {
  /** Runs the built CLI with its stdout (or stderr) pipe closed by the reader before anything is written. */
  function withClosedPipe(args: string[], closed: "stdout" | "stderr"): Promise<{ code: number | null; signal: NodeJS.Signals | null; other: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(packageRoot, "bin", "ancillary.js"), ...args], { stdio: ["ignore", "pipe", "pipe"] });
      child[closed].destroy();
      let other = "";
      child[closed === "stdout" ? "stderr" : "stdout"].on("data", (chunk: Buffer) => (other += chunk.toString("utf8")));
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      child.on("error", reject);
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, other });
      });
    });
  }

  it.each([
    ["schema", ["schema"], 0],
    ["rules", ["rules"], 0],
    ["validate --format sarif on every example", ["validate", "--format", "sarif", examplesDir + "/harassment-and-second-device.yaml", exampleCase], 0],
  ])("%s ends quietly with its own exit code when stdout is closed", async (_name, args, code) => {
    const result = await withClosedPipe(args as string[], "stdout");
    expect(result.other).toBe("");
    expect(result.signal).toBeNull();
    expect(result.code).toBe(code);
  });

  it("keeps the exit code of a case with errors (1), not a crash", async () => {
    const area = scratch("epipe");
    try {
      const broken = write(area.dir, "broken.yaml", readFileSync(exampleCase, "utf8").replace("jurisdiction: england-and-wales", "jurisdiction: scotland"));
      const result = await withClosedPipe(["validate", broken], "stdout");
      expect(result.other).toBe("");
      expect(result.code).toBe(1);
    } finally {
      area.remove();
    }
  });

  it("ends quietly with exit 2 when stderr is closed and the file is missing", async () => {
    const result = await withClosedPipe(["draft", "/no/such/case.yaml", "--out", "/no/such/out"], "stderr");
    expect(result.other).toBe("");
    expect(result.code).toBe(2);
  });
});
