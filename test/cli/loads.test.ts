import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { binPath, packageRoot } from "../support/cli";

/** The packages (under node_modules) and files a run of the built CLI loads, from a require hook preloaded with -r; `written`, the files it wrote into $OUT. */
function packagesLoaded(args: string[]): { status: number | null; packages: Set<string>; files: string[]; stdout: string; written: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "ancillary-loads-"));
  try {
    const hook = join(dir, "hook.js");
    const list = join(dir, "loaded.txt");
    writeFileSync(
      hook,
      `const M = require("module"); const load = M._load; const seen = new Set();
       M._load = function (request, parent, isMain) { try { seen.add(M._resolveFilename(request, parent, isMain)); } catch {} return load.apply(this, arguments); };
       process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(list)}, [...seen].join("\\n")));`,
    );
    const run = spawnSync(process.execPath, ["-r", hook, binPath, ...args.map((a) => a.replace("$OUT", join(dir, "out")))], { cwd: packageRoot, encoding: "utf8" });
    const files = readFileSync(list, "utf8").split("\n");
    const packages = new Set(files.map((path) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1]).filter((name): name is string => name !== undefined));
    const written = existsSync(join(dir, "out")) ? readdirSync(join(dir, "out"), { recursive: true }).map(String) : [];
    return { status: run.status, packages, files, stdout: run.stdout, written };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("what a run loads", () => {
  it("drafts a case written in English without loading the transliteration library", () => {
    const { status, packages, files } = packagesLoaded(["draft", "examples/threat-to-control-former-partner.yaml", "--out", "$OUT"]);
    expect(status).toBe(0);
    // The writers ran: docx and fflate, bundled into dist/vendor/ (src/vendor/).
    expect(files.some((path) => /dist\/vendor\/(docx|fflate)\.js$/.test(path))).toBe(true);
    expect(packages.has("transliteration")).toBe(false);
  });

  it("drafts without loading the templates of documents it does not write", () => {
    const { status, files, written } = packagesLoaded(["draft", "examples/threat-to-control-former-partner.yaml", "--out", "$OUT"]);
    expect(status).toBe(0);
    const templates = files.map((path) => /precompiledTemplates\/([^/]+)\.hbs\.js$/.exec(path)?.[1]).filter((name): name is string => name !== undefined);
    expect(templates.length).toBeGreaterThan(0);
    expect(new Set(templates)).toEqual(new Set(written.map((file) => file.split("/").pop()!).filter((file) => /\.(docx|txt)$/.test(file))));
  });

  it("says in batch --help how the default number of threads is chosen", () => {
    const help = packagesLoaded(["batch", "--help"]);
    expect(help.stdout.replace(/\s+/g, " ")).toMatch(/--jobs <n> worker threads; .* \(default: one a core; on 2 cores or fewer, one below 1,000 cases/);
  });

  it("loads the transliteration library for a name in another script, and finds it written in Latin letters", () => {
    const dir = mkdtempSync(join(tmpdir(), "ancillary-loads-case-"));
    try {
      const example = readFileSync(join(packageRoot, "examples", "threat-to-control-former-partner.yaml"), "utf8");
      const named = example.replace("name: Joanna Pelham", "name: Йоанна Пелхам").replace("intimate state, to stop", "intimate state, to stop Yoanna Pelham");
      const casePath = join(dir, "case.yaml");
      writeFileSync(casePath, named);
      const { status, packages } = packagesLoaded(["validate", casePath]);
      expect(packages.has("transliteration")).toBe(true);
      expect(status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
