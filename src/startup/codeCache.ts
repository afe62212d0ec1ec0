/**
 * V8's compiled code for the modules a run loads, made at build time.
 *
 * A single `draft` spent about a quarter of its CPU parsing and compiling the
 * JavaScript of its ~270 modules (docx alone is 1 MB), the same work every run.
 * Node 20 has no compile cache of its own (module.enableCompileCache came in
 * Node 22), so the build (scripts/build-code-cache.js) drafts an example with
 * recordCodeCache() installed and stores the code V8 compiled for each module
 * (vm.Script's createCachedData) in dist/code-cache.bin, indexed by path with the
 * SHA-1 of the source it was compiled from. bin/ancillary.js installs
 * useCodeCache(), which compiles a module with its stored code when its source
 * is exactly that source; any other module, a changed one, or code V8 rejects
 * (another Node version or other V8 flags) is compiled as Node would.
 *
 * It changes how fast modules load, never what they do: the same source runs.
 * Only the main thread uses it (batch workers load once and work long).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { dirname, join, relative, sep } from "node:path";
import vm from "node:vm";

/** Where the build writes the code and its index, under dist/. */
export const CODE_CACHE_FILE = "code-cache.bin";
export const CODE_CACHE_INDEX = "code-cache.json";

interface IndexEntry {
  /** SHA-1 of the module's source, as read. */
  sha1: string;
  offset: number;
  length: number;
}

type Compile = (this: Module, content: string, filename: string) => unknown;
interface ModuleInternals {
  prototype: { _compile: Compile };
  wrap(content: string): string;
  _resolveFilename(request: string, parent: Module, isMain: boolean, options?: { paths?: string[] }): string;
  _resolveLookupPaths(request: string, parent: Module): string[] | null;
  _cache: Record<string, Module>;
  _extensions: Record<string, unknown>;
}
const internals = Module as unknown as ModuleInternals;

const distDir = join(__dirname, "..");
const packageDir = join(distDir, "..");

function sha1(content: string): string {
  return createHash("sha1").update(content, "utf8").digest("hex");
}

/** Which modules the cache covers: all but a script with a #! line (bin), whose line Node's loader takes off. */
function covered(content: string): boolean {
  return !content.startsWith("#!");
}

/** A module's key: its path from the package folder (its dependencies may be installed beside it, or linked). */
function keyOf(filename: string): string {
  return relative(packageDir, filename).split(sep).join("/");
}

/** Compiles a module as Node's CommonJS loader does, through vm.Script so V8's stored code can be given. */
function compileWith(mod: Module, content: string, filename: string, cachedData: Buffer | undefined): { script: vm.Script; result: unknown } {
  const script = new vm.Script(internals.wrap(content), {
    filename,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const require = ((id: string) => mod.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) => internals._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => internals._resolveLookupPaths(request, mod);
  require.resolve = resolve;
  require.main = require.main ?? process.mainModule;
  require.cache = internals._cache as NodeJS.Require["cache"];
  require.extensions = internals._extensions as NodeJS.Require["extensions"];
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
  const result = wrapper.call(mod.exports, mod.exports, require, mod, filename, dirname(filename));
  return { script, result };
}

/** How many modules were loaded with their stored code so far (for the tests). */
export interface CodeCacheUse {
  fromCache: number;
}

/**
 * Installs the stored code (in `dir`, dist/ by default) for the modules loaded
 * from now on; does nothing if the build made none.
 */
export function useCodeCache(dir: string = distDir): CodeCacheUse {
  const use: CodeCacheUse = { fromCache: 0 };
  // While the build records, every module is compiled afresh, from its source.
  if (recording) return use;
  // Node 20 before 20.12 has no way to give vm.Script the main context's import(): compile as Node does.
  if (vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER === undefined) return use;
  let index: Record<string, IndexEntry>;
  let code: Buffer;
  try {
    index = JSON.parse(readFileSync(join(dir, CODE_CACHE_INDEX), "utf8")) as Record<string, IndexEntry>;
    code = readFileSync(join(dir, CODE_CACHE_FILE));
  } catch {
    return use;
  }
  const compile = internals.prototype._compile;
  internals.prototype._compile = function (this: Module, content: string, filename: string) {
    const key = keyOf(filename);
    const entry = covered(content) && Object.hasOwn(index, key) ? index[key] : undefined;
    if (entry === undefined || entry.sha1 !== sha1(content)) return compile.call(this, content, filename);
    const { script, result } = compileWith(this, content, filename, code.subarray(entry.offset, entry.offset + entry.length));
    if (!script.cachedDataRejected) use.fromCache++;
    return result;
  };
  return use;
}

/**
 * For the build: compiles every module loaded from now on as useCodeCache does,
 * and when the process exits writes the code V8 made for each (after the run,
 * so it holds the functions the run compiled) into `dir` (dist/ by default).
 */
let recording = false;

export function recordCodeCache(dir: string = distDir): void {
  recording = true;
  // Without the main context's import() for vm.Script (Node before 20.12) no run could use the code: make none.
  if (vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER === undefined) return;
  const scripts: Array<{ path: string; sha1: string; script: vm.Script }> = [];
  const compile = internals.prototype._compile;
  internals.prototype._compile = function (this: Module, content: string, filename: string) {
    if (!covered(content)) return compile.call(this, content, filename);
    const { script, result } = compileWith(this, content, filename, undefined);
    scripts.push({ path: keyOf(filename), sha1: sha1(content), script });
    return result;
  };
  process.on("exit", () => {
    const index: Record<string, IndexEntry> = {};
    const chunks: Buffer[] = [];
    let offset = 0;
    for (const { path, sha1: hash, script } of scripts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
      const data = script.createCachedData();
      index[path] = { sha1: hash, offset, length: data.length };
      chunks.push(data);
      offset += data.length;
    }
    writeFileSync(join(dir, CODE_CACHE_FILE), Buffer.concat(chunks));
    writeFileSync(join(dir, CODE_CACHE_INDEX), `${JSON.stringify(index)}\n`);
  });
}
