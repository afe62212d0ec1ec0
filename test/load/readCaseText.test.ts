import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../../src/load/errors";
import { DEFAULT_MAX_BYTES, readCaseFile, readCaseText } from "../../src/load/readCaseText";
import { readAndAnalyse } from "../../src/pipeline/readAndAnalyse";

const CASE = 'version: 1\ncourt:\n  level: county\nreference: "41LN0456726"\n';

describe("readCaseText", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-read-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let counter = 0;
  const file = (content: string | Buffer, name = `case-${++counter}.yaml`) => {
    const path = join(scratch, name);
    writeFileSync(path, content);
    return path;
  };

  /** The InputError a read is refused with. */
  async function refused(path: string, options?: { maxBytes?: number }): Promise<InputError> {
    const error: unknown = await readCaseText(path, options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }

  it("reads a UTF-8 file as its text, unchanged", async () => {
    expect(await readCaseText(file("name: Zoë Ødegård\n"))).toBe("name: Zoë Ødegård\n");
  });

  it("drops a UTF-8 byte-order mark, keeping the rest", async () => {
    expect(await readCaseText(file(Buffer.from("\ufeffversion: 1\n", "utf8")))).toBe("version: 1\n");
  });

  it("keeps the bytes as they are on disk, byte-order mark included, beside the text they decode to", () => {
    const bytes = Buffer.from("\ufeffversion: 1\n", "utf8");
    const read = readCaseFile(file(bytes));
    expect(read.bytes.equals(bytes)).toBe(true);
    expect(read.text).toBe("version: 1\n");
  });

  it("keeps CRLF line endings, which the parser counts as one line break", async () => {
    expect(await readCaseText(file("a: 1\r\nb: 2\r\n"))).toBe("a: 1\r\nb: 2\r\n");
  });

  it("places findings correctly in a file saved with a byte-order mark and CRLF line endings", async () => {
    const path = file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CASE.replace(/\n/g, "\r\n"), "utf8")]));
    const analysis = await readAndAnalyse(path);
    expect(analysis.diagnostics.find((d) => d.ruleId === "schema" && d.path.join(".") === "court.level")).toMatchObject({ line: 3, column: 10 });
  });

  it("refuses text that is not UTF-8 (Latin-1), saying to save it as UTF-8", async () => {
    const error = await refused(file(Buffer.from("name: Zo\xeb\n", "latin1")));
    expect(error.message).toContain("not UTF-8");
    expect(error.message).toContain("save it as UTF-8");
  });

  it("refuses UTF-16 text by name, rather than calling it binary", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("version: 1\n", "utf16le")]);
    const error = await refused(file(utf16));
    expect(error.message).toContain("UTF-16");
    expect(error.message).toContain("UTF-8");
  });

  it("refuses binary data holding a NUL byte", async () => {
    expect((await refused(file(Buffer.from([0x76, 0x00, 0x31])))).message).toContain("binary data");
  });

  it("refuses an empty file, pointing to `ancillary init`", async () => {
    const error = await refused(file(""));
    expect(error.message).toContain("empty");
    expect(error.message).toContain("ancillary init");
  });

  it("refuses a folder, asking for a file inside it", async () => {
    const folder = join(scratch, "a-folder");
    mkdirSync(folder);
    const error = await refused(folder);
    expect(error.message).toContain("is a folder");
    expect(error.filePath).toBe(folder);
  });

  it("refuses a missing file, keeping the path as given", async () => {
    const error = await refused("no/such/case.yaml");
    expect(error.filePath).toBe("no/such/case.yaml");
    expect(error.message).toBe("does not exist: check the path");
  });

  it("refuses a file over the size limit before reading it, naming the option that raises it", async () => {
    const error = await refused(file("a: 1\n".repeat(100)), { maxBytes: 100 });
    expect(error.message).toContain("over the 100-byte limit");
    expect(error.message).toContain("--max-bytes");
  });

  it("accepts a file of exactly the size limit", async () => {
    expect(await readCaseText(file("a: 12345\n"), { maxBytes: 9 })).toBe("a: 12345\n");
  });

  it("has a default limit of one mebibyte", () => {
    expect(DEFAULT_MAX_BYTES).toBe(1024 * 1024);
  });

  (process.platform === "win32" ? it.skip : it)("refuses a named pipe at once, instead of waiting for a writer", async () => {
    const fifo = join(scratch, "pipe.yaml");
    execFileSync("mkfifo", [fifo]);
    const started = Date.now();
    expect((await refused(fifo)).message).toContain("not a regular file");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("reports problems as InputError, an Error the CLI turns into exit code 2", async () => {
    const error = await refused(join(scratch, "missing.yaml"));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InputError");
  });
});
