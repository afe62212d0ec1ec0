import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../support/cli";

// The built module (jest's global setup builds dist/): it patches Node's own loader, which jest's runtime bypasses.
const codeCache = join(packageRoot, "dist", "startup", "codeCache.js");

/** Runs `script` in a plain Node process (dir is the folder holding the modules and the cache); returns what it printed. */
function node(script: string): string {
  const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}

describe("the code V8 compiled at build time", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ancillary-code-cache-"));
    writeFileSync(join(dir, "answer.js"), "module.exports = 41 + 1;\n");
    writeFileSync(join(dir, "where.js"), 'module.exports = { dir: __dirname, answer: require.resolve("./answer.js"), main: typeof require.main };\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const record = () => node(`require(${JSON.stringify(codeCache)}).recordCodeCache(${JSON.stringify(dir)}); require(${JSON.stringify(join(dir, "answer.js"))}); require(${JSON.stringify(join(dir, "where.js"))});`);
  const use = (modules: string[]) =>
    JSON.parse(
      node(
        `const use = require(${JSON.stringify(codeCache)}).useCodeCache(${JSON.stringify(dir)});` +
          `const loaded = ${JSON.stringify(modules.map((m) => join(dir, m)))}.map((m) => require(m));` +
          "process.stdout.write(JSON.stringify({ loaded, fromCache: use.fromCache }));",
      ),
    ) as { loaded: unknown[]; fromCache: number };

  it("loads modules with the stored code, and they run as they would from their source", () => {
    record();
    expect(use(["answer.js", "where.js"])).toEqual({ loaded: [42, { dir, answer: join(dir, "answer.js"), main: "undefined" }], fromCache: 2 });
  });

  it("compiles a module changed since the build from its source, even at the same length", () => {
    record();
    writeFileSync(join(dir, "answer.js"), "module.exports = 40 + 3;\n");
    expect(use(["answer.js"])).toEqual({ loaded: [43], fromCache: 0 });
  });

  it("loads everything as Node would on a Node 20 before 20.12, whose vm.Script cannot be given import()", () => {
    record();
    const without = 'Object.defineProperty(require("node:vm"), "constants", { value: undefined });';
    const loaded = node(`${without} const use = require(${JSON.stringify(codeCache)}).useCodeCache(${JSON.stringify(dir)}); process.stdout.write(JSON.stringify([require(${JSON.stringify(join(dir, "answer.js"))}), use.fromCache]));`);
    expect(JSON.parse(loaded)).toEqual([42, 0]);
  });

  it("loads everything as Node would when the build made no cache", () => {
    expect(use(["answer.js", "where.js"]).fromCache).toBe(0);
  });

  it("covers what drafting loads: the CLI's modules (one bundle), docx and yaml", () => {
    const index = JSON.parse(require("node:fs").readFileSync(join(packageRoot, "dist", "code-cache.json"), "utf8")) as Record<string, unknown>;
    const keys = Object.keys(index);
    for (const part of ["dist/cli/main.js", "dist/vendor/docx.js", "dist/vendor/yaml.js"]) expect(keys.some((key) => key.includes(part))).toBe(true);
  });
});
