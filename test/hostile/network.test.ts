/**
 * ancillary makes no network connection. The built CLI drafts, validates and
 * batch-drafts every example with every way Node can reach the network made to
 * throw and recorded (support/no-network.js, preloaded through NODE_OPTIONS, in
 * worker threads too); where `unshare -n` works, also inside an empty network
 * namespace, where no connection could succeed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { binPath, runCli } from "../support/cli";
import { examplesDir, scratch } from "./helpers";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { ordersAppliedFor } from "../../src/orders/index";

/** The files `draft` writes for an example: the documents of each order it applies for. */
const documentsOf = (path: string) =>
  ordersAppliedFor(analyseCaseText(readFileSync(path, "utf8")).case!)
    .flatMap((order) => order.documents.map((d) => d.fileName))
    .sort();

const preload = join(__dirname, "support", "no-network.js");
const everyExample = readdirSync(examplesDir)
  .filter((file) => file.endsWith(".yaml"))
  .sort()
  .map((file) => join(examplesDir, file));
// The examples that draft: one at charge applies for nothing yet (it is for `plan`, below).
const examples = everyExample.filter((path) => documentsOf(path).length > 0);

let area: ReturnType<typeof scratch>;
let log: string;
beforeAll(() => {
  area = scratch("network");
  log = join(area.dir, "network-attempts.log");
});
afterAll(() => area.remove());

const blockedEnv = () => ({ NODE_OPTIONS: `--require ${preload}`, ANCILLARY_NETWORK_LOG: log });
const attempts = () => (existsSync(log) ? readFileSync(log, "utf8") : "");

describe("with every network call made to fail", () => {
  it.each(everyExample.filter((path) => !examples.includes(path)).map((path) => [path.slice(examplesDir.length + 1), path]))("plans %s, with its checklist, without trying to connect", (_name, path) => {
    const out = join(area.dir, "plan", _name);
    const result = runCli(["plan", path, "--docx", "--out", out], { env: blockedEnv() });
    expect(result.code).toBe(1);
    // Its one line on stderr is the file written (the scratch folder's own name says "network").
    expect(result.stderr).toMatch(/^wrote [^\n]*plan-checklist\.docx\n$/);
    expect(readdirSync(out)).toEqual(["plan-checklist.docx"]);
    expect(attempts()).toBe("");
  });

  it("the guard itself works: a plain network call under it is refused and recorded", () => {
    const result = spawnSync(process.execPath, ["-e", "require('node:https').get('https://example.org/')"], { env: { ...process.env, ...blockedEnv(), ANCILLARY_NETWORK_LOG: join(area.dir, "guard.log") }, encoding: "utf8" });
    expect(result.status).not.toBe(0);
    expect(readFileSync(join(area.dir, "guard.log"), "utf8")).toContain("node:https.get");
  });

  it.each(examples.map((path) => [path.slice(examplesDir.length + 1), path]))("drafts %s without trying to connect", (_name, path) => {
    const out = join(area.dir, "draft", _name);
    const result = runCli(["draft", path, "--out", out], { env: blockedEnv() });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/ error |network|ENETUNREACH/);
    expect(readdirSync(out).sort()).toEqual(documentsOf(path));
    expect(attempts()).toBe("");
  });

  it("validates every example, in SARIF too, without trying to connect", () => {
    for (const format of ["text", "json", "sarif"]) {
      const result = runCli(["validate", "--format", format, ...everyExample], { env: blockedEnv() });
      expect({ format, code: result.code }).toEqual({ format, code: 0 });
    }
    expect(attempts()).toBe("");
  });

  it("batch-drafts every example, in worker threads, without trying to connect", () => {
    const out = join(area.dir, "batch");
    const result = runCli(["batch", ...examples, "--out", out, "--jobs", "2", "--quiet"], { env: blockedEnv() });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/ error |network|ENETUNREACH/);
    expect(readdirSync(out).filter((name) => name !== "manifest.jsonl")).toHaveLength(examples.length);
    expect(attempts()).toBe("");
  });
});

/** `unshare -n` gives the process a network namespace of its own, with no interfaces up. */
const unshareWorks = (() => {
  if (process.platform !== "linux") return false;
  const probe = spawnSync("unshare", ["-n", process.execPath, "-e", "0"], { encoding: "utf8" });
  return probe.status === 0;
})();

(unshareWorks ? describe : describe.skip)("inside an empty network namespace (unshare -n)", () => {
  it("drafts every example", () => {
    for (const path of examples) {
      const out = join(area.dir, "unshare", path.slice(examplesDir.length + 1));
      const result = spawnSync("unshare", ["-n", process.execPath, binPath, "draft", path, "--out", out], { encoding: "utf8", timeout: 60_000 });
      expect({ path, code: result.status }).toEqual({ path, code: 0 });
      expect(result.stderr).not.toMatch(/ error /);
      expect(readdirSync(out).sort()).toEqual(documentsOf(path));
    }
  });
});
