/**
 * Shared by the hostile-input tests: scratch folders, running the CLI as another
 * user or with a short timeout, and reading back what it wrote.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { binPath, packageRoot, type CliResult } from "../support/cli";
import { docxParagraphs, docxParts } from "../support/docxText";

export const fixturesDir = join(packageRoot, "test", "fixtures", "hostile");
export const examplesDir = join(packageRoot, "examples");
export const exampleCase = join(examplesDir, "threat-to-control-former-partner.yaml");
/** The complainant named in exampleCase (fictional). */
export const exampleComplainant = "Joanna Pelham";

/** A line of a JavaScript stack trace, as Node prints it. */
export const STACK_LINE = /^\s+at .+/m;

/** A fresh folder under the system temp folder, removed by the returned function. */
export function scratch(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `ancillary-hostile-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the CLI after this many milliseconds (a hang then shows as a failure, not a stuck suite). */
  timeout?: number;
  /** Run as this user and group id (root only). */
  uid?: number;
}

/** Like runCli, with a timeout and, for root, another user: for the cases runCli cannot express. */
export function runCliWith(args: string[], options: RunOptions = {}): CliResult & { timedOut: boolean } {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? packageRoot,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    input: "",
    timeout: options.timeout ?? 30_000,
    killSignal: "SIGKILL",
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === "ETIMEDOUT";
  if (result.error && !timedOut) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout ?? "", stderr: result.stderr ?? "", timedOut };
}

/** The user id of "nobody", to read files as someone who may not. */
export const NOBODY = 65534;

/**
 * A way to run the CLI so that a file with mode 000 cannot be read: as ourselves
 * unless we are root, who reads everything; as nobody when we are root. Undefined
 * when neither is possible (the test is then skipped).
 */
export function unreadableRunner(): { uid?: number } | undefined {
  if (typeof process.getuid !== "function") return undefined;
  if (process.getuid() !== 0) return {};
  // nobody must be able to run the CLI itself: a checkout under an owner-only folder
  // (mkdtemp's 0700) is out of its reach, and the test would fail for the wrong reason.
  const probe = spawnSync(process.execPath, [binPath, "--version"], { uid: NOBODY, gid: NOBODY });
  return probe.status === 0 ? { uid: NOBODY } : undefined;
}

/** Lets nobody walk into a scratch folder (mkdtemp makes it owner-only). */
export function openToOthers(dir: string): void {
  chmodSync(dir, 0o777);
}

/** Every file under dir, relative, sorted; [] if dir does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).map(String).sort();
}

/** Each XML part of a .docx that fails to parse, with the parser's complaint; [] when all parse. */
export function unparsableXmlParts(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  for (const [path, text] of docxParts(bytes)) {
    if (!/\.(xml|rels)$/.test(path)) continue;
    const result = XMLValidator.validate(text);
    if (result !== true) problems.push(`${path}: ${result.err.msg} (line ${result.err.line})`);
  }
  return problems;
}

/** All the text a reader of a .docx can see: every paragraph of the body, and every part's text without tags. */
export function docxVisibleText(bytes: Uint8Array): string {
  const parts = [...docxParts(bytes).values()].map((xml) => decodeXmlText(xml.replace(/<[^>]*>/g, " ")));
  return [...docxParagraphs(bytes), ...parts].join("\n");
}

function decodeXmlText(text: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (entity, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return named[name] ?? entity;
  });
}

/** Text with every run of whitespace made one space, so words wrapped across lines still match. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ");
}

/**
 * Text folded as a reader would compare names: accents off, one case, whitespace
 * runs as one space, invisible characters gone.
 */
export function folded(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/\p{Cf}+/gu, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

export function readBytes(path: string): Buffer {
  return readFileSync(path);
}
