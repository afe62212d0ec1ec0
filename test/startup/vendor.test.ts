import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../support/cli";

// The built modules (jest's global setup builds dist/ and bundles them, as `npm run build` does).
const vendor = join(packageRoot, "dist", "vendor");
const bundles = readdirSync(vendor).filter((name) => name.endsWith(".js"));

/** Loads a module in a plain Node process (jest's runtime has its own loader) and gives its export names and values' types. */
function exportsOf(request: string): Record<string, string> {
  const script = `const m = require(${JSON.stringify(request)}); const d = m.default ?? m; process.stdout.write(JSON.stringify(Object.fromEntries([...Object.keys(m).map((k) => [k, typeof m[k]]), ...Object.keys(d).map((k) => ["default." + k, typeof d[k]])])))`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: packageRoot, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Record<string, string>;
}

describe("the packages a draft loads, bundled into one file each (src/vendor/)", () => {
  it("bundles yaml, commander, Handlebars' runtime, docx and fflate", () => {
    expect(bundles.sort()).toEqual(["commander.js", "docx.js", "fflate.js", "handlebarsRuntime.js", "yaml.js"]);
  });

  it.each(bundles)("%s requires nothing but Node's own modules: the package is inside it", (bundle) => {
    const requests = [...readFileSync(join(vendor, bundle), "utf8").matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]);
    const builtins = new Set(builtinModules);
    expect(requests.filter((request) => !builtins.has(request.replace(/^node:/, "")))).toEqual([]);
  });

  it.each([
    ["yaml.js", "yaml"],
    ["commander.js", "commander"],
    ["handlebarsRuntime.js", "handlebars/runtime"],
  ])("%s exports everything the package does", (bundle, pkg) => {
    const bundled = exportsOf(join(vendor, bundle));
    const own = exportsOf(pkg);
    // The package's own names, through the bundle (a re-export adds only __esModule, or wraps a CommonJS export as default).
    for (const [name, type] of Object.entries(own)) expect(bundled[name] ?? bundled[`default.${name}`]).toBe(type);
  });

  it.each([
    ["docx.js", "docx", ["Paragraph", "Table", "Document", "Packer", "XmlComponent"]],
    ["fflate.js", "fflate/browser", ["deflateSync"]],
  ])("%s exports the parts of the package the writers name, as the package has them, and only those", (bundle, pkg, some) => {
    const bundled = exportsOf(join(vendor, bundle));
    const own = exportsOf(pkg);
    const names = Object.keys(bundled).filter((name) => name !== "__esModule");
    for (const name of some) expect(names).toContain(name);
    for (const name of names) expect([name, bundled[name]]).toEqual([name, own[name]]);
    expect(names.length).toBeLessThan(Object.keys(own).length);
  });

  it("a draft loads none of their files from node_modules", () => {
    const out = mkdtempSync(join(tmpdir(), "ancillary-vendor-"));
    try {
      const hook = "const M=require('module');const l=M._load;const seen=new Set();M._load=function(r,p,m){const x=l.apply(this,arguments);try{seen.add(M._resolveFilename(r,p,m))}catch{}return x};process.on('exit',()=>process.stderr.write('@@'+JSON.stringify([...seen])+'\\n'))";
      const run = spawnSync(process.execPath, ["-e", `${hook}; process.argv.splice(1, 0, "ancillary"); require(${JSON.stringify(join(packageRoot, "bin", "ancillary.js"))})`, "draft", join(packageRoot, "examples", "threat-to-control-former-partner.yaml"), "--out", join(out, "draft")], { encoding: "utf8" });
      expect(run.status).toBe(0);
      const loaded = JSON.parse(/@@(.*)\n/.exec(run.stderr)![1]) as string[];
      expect(loaded.filter((path) => /node_modules[\\/](yaml|commander|handlebars|docx|fflate)[\\/]/.test(path))).toEqual([]);
      expect(loaded.some((path) => path.endsWith(join("dist", "vendor", "yaml.js")))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("commander's bundle loads child_process only when a subcommand runs as a program of its own, which ancillary has none of", () => {
    const script = [
      `const { Command } = require(${JSON.stringify(join(vendor, "commander.js"))});`,
      `const loaded = () => process.moduleLoadList.includes("NativeModule child_process");`,
      `process.stdout.write("after loading: " + loaded() + "\\n");`,
      // A subcommand that is a program: commander spawns it, through the bundle's child_process.
      `const program = new Command("tool");`,
      `program.command("say", "runs echo", { executableFile: "/bin/echo" });`,
      `program.parse(["node", "tool", "say", "spawned"]);`,
    ].join("\n");
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("after loading: false\nspawned\n");
  });
});
