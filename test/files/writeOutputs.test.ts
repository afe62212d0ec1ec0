import fs from "node:fs";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WriteAborted, writeOutputs } from "../../src/files/writeOutputs";

const set = (text: string) => ["order.txt", "order.docx", "application.docx"].map((fileName) => ({ fileName, bytes: new Uint8Array(Buffer.from(`${text} ${fileName}`)) }));

/** Every name in a folder with its content: what "as it was" means. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "utf8")]));

/** An error as the system gives it. */
const systemError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe("writing a set of documents, whole or not at all", () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), "ancillary-set-"));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(out, { recursive: true, force: true });
  });

  it("writes every document owner-only and says each was written", async () => {
    const written = await writeOutputs(out, set("new"));
    expect(written.map((w) => [w.fileName, w.outcome])).toEqual([
      ["order.txt", "written"],
      ["order.docx", "written"],
      ["application.docx", "written"],
    ]);
    expect(snapshot(out)).toEqual({ "application.docx": "new application.docx", "order.docx": "new order.docx", "order.txt": "new order.txt" });
    for (const name of readdirSync(out)) expect(statSync(join(out, name)).mode & 0o777).toBe(0o600);
  });

  it("leaves the folder as it was when the disk fills while the documents are written", async () => {
    await writeOutputs(out, set("old"));
    const before = snapshot(out);
    const realWrite = fs.writeSync;
    let calls = 0;
    jest.spyOn(fs, "writeSync").mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      if (++calls === 2) throw systemError("ENOSPC");
      return (realWrite as (...a: unknown[]) => number)(...args);
    }) as typeof fs.writeSync);
    await expect(writeOutputs(out, set("new"), { force: true })).rejects.toThrow("cannot write order.docx (ENOSPC): nothing was written");
    expect(snapshot(out)).toEqual(before);
  });

  it("puts back what it replaced when a document cannot take its name half-way through", async () => {
    await writeOutputs(out, set("old"));
    const before = snapshot(out);
    const realRename = fs.renameSync;
    let calls = 0;
    jest.spyOn(fs, "renameSync").mockImplementation((from, to) => {
      // The second document fails to take its name; the restores after it go through.
      if (++calls === 2) throw systemError("EIO");
      realRename(from, to);
    });
    await expect(writeOutputs(out, set("new"), { force: true })).rejects.toThrow("cannot write order.docx (EIO): nothing was written (the folder is as it was)");
    expect(snapshot(out)).toEqual(before);
  });

  it("removes the documents it added when a later one cannot be added", async () => {
    writeFileSync(join(out, "notes.txt"), "the user's own");
    const realLink = fs.linkSync;
    let calls = 0;
    jest.spyOn(fs, "linkSync").mockImplementation((from, to) => {
      if (++calls === 3) throw systemError("EMLINK");
      realLink(from, to);
    });
    await expect(writeOutputs(out, set("new"))).rejects.toThrow("cannot write application.docx (EMLINK): nothing was written (the folder is as it was)");
    expect(snapshot(out)).toEqual({ "notes.txt": "the user's own" });
  });

  it("refuses a folder where a document goes, even with --force, before writing anything", async () => {
    writeFileSync(join(out, "order.txt"), "old");
    mkdirSync(join(out, "order.docx"));
    await expect(writeOutputs(out, set("new"), { force: true })).rejects.toThrow(
      "holds a folder named order.docx, where a document goes: nothing was written; move it away, or choose another --out folder",
    );
    expect(readdirSync(out).sort()).toEqual(["order.docx", "order.txt"]);
    expect(readFileSync(join(out, "order.txt"), "utf8")).toBe("old");
  });

  it("writes nothing when stopped (a signal) before the documents take their names", async () => {
    const stop = new AbortController();
    stop.abort("SIGTERM");
    mkdirSync(join(out, "sub"));
    await expect(writeOutputs(join(out, "sub"), set("new"), { signal: stop.signal })).rejects.toThrow(WriteAborted);
    expect(readdirSync(join(out, "sub"))).toEqual([]);
  });

  it("keeps a file that already holds exactly the bytes it would write, and reports each outcome", async () => {
    await writeOutputs(out, set("old"));
    writeFileSync(join(out, "order.txt"), "new order.txt");
    const written = await writeOutputs(out, set("new"), { force: true, keepIdentical: true });
    expect(written.map((w) => [w.fileName, w.outcome])).toEqual([
      ["order.txt", "kept"],
      ["order.docx", "replaced"],
      ["application.docx", "replaced"],
    ]);
    expect(snapshot(out)["order.docx"]).toBe("new order.docx");
  });

  it("flushes the folder to disk after the documents take their names, unless told the set need not be durable", async () => {
    const realOpen = fs.openSync;
    const realFsync = fs.fsyncSync;
    const opened = new Map<number, string>();
    const events: string[] = [];
    jest.spyOn(fs, "openSync").mockImplementation(((path: fs.PathLike, ...rest: unknown[]) => {
      const fd = (realOpen as (...a: unknown[]) => number)(path, ...rest);
      opened.set(fd, String(path));
      return fd;
    }) as typeof fs.openSync);
    jest.spyOn(fs, "fsyncSync").mockImplementation((fd) => {
      events.push(opened.get(fd as number) === out ? "folder" : "file");
      realFsync(fd);
    });
    const realLink = fs.linkSync;
    jest.spyOn(fs, "linkSync").mockImplementation((from, to) => {
      events.push("name");
      realLink(from, to);
    });
    await writeOutputs(out, set("new"));
    expect(events).toEqual(["file", "file", "file", "name", "name", "name", "folder"]);
    events.length = 0;
    await writeOutputs(join(out, "batch"), set("new"), { durable: false });
    expect(events).toEqual(["name", "name", "name"]);
  });

  it("says the files were written but not flushed when the disk fails to flush the folder", async () => {
    const realFsync = fs.fsyncSync;
    let calls = 0;
    jest.spyOn(fs, "fsyncSync").mockImplementation((fd) => {
      if (++calls === 4) throw systemError("EIO");
      realFsync(fd);
    });
    await expect(writeOutputs(out, set("new"))).rejects.toThrow("the files were written, but the folder could not be flushed to disk (EIO): check the disk before relying on them");
  });

  it("goes on where the file system cannot flush a folder at all (EINVAL)", async () => {
    const realFsync = fs.fsyncSync;
    let calls = 0;
    jest.spyOn(fs, "fsyncSync").mockImplementation((fd) => {
      if (++calls === 4) throw systemError("EINVAL");
      realFsync(fd);
    });
    const written = await writeOutputs(out, set("new"));
    expect(written.map((w) => w.outcome)).toEqual(["written", "written", "written"]);
  });
});
