import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";
import { runCli, packageRoot } from "../support/cli";

const starterPath = join(packageRoot, "schemas", "starter-case.yaml");

/** Sensible values for every placeholder in the starter, by the path of the field. */
const fills: Record<string, string | number | boolean> = {
  "court.level": "magistrates",
  "court.location": "Luton",
  "court.caseNumber": "T20267001",
  reference: "41LN0456726",
  "hearing.date": "2026-09-14",
  "defendant.name": "Martin OAKES",
  "defendant.dateOfBirth": "1989-02-11",
  "defendant.pronoun": "he",
  "complainants.0.name": "Joanna Pelham",
  "offences.0.provision": "SOA2003:66B(2)",
  "offences.0.committed.on": "2026-03-02",
  "offences.0.particulars": "Shared a photograph showing the complainant in an intimate state with her friends, intending to cause her distress.",
  "offences.0.conviction.date": "2026-08-03",
  "offences.0.conviction.plea": "guilty",
  "property.0.description": "Samsung Galaxy S23 mobile telephone, grey, in a black case",
  "property.0.kind": "device",
  "property.0.identifiers.exhibit": "KT/1",
  "property.0.identifiers.imei": "353918112345679",
  "property.0.identifiers.serial": "R5CW31ABCDE",
  "property.0.seizure.route": "seized-from-offender",
  "property.0.seizure.date": "2026-03-05",
  "property.0.use.route": "used-to-commit",
  "property.0.use.evidence": "The photograph was sent from this phone; the forensic download (exhibit KT/1A) found it in the gallery.",
  "property.0.ownership": "offender",
  "property.0.value.amount": 180,
  "property.0.holdsIntimateImages": true,
  "property.0.lawfulMaterial": "Photographs of his children and his work rota.",
  "applications.deprivation.effectsOnOffender": "The phone is worth about 180 pounds. He is employed and can replace it.",
  "applications.deprivation.proportionality": "The phone is the means of the offence and holds the photograph; its loss is slight beside the harm.",
  "applications.deprivation.disposal": "destroy",
  "applications.deprivation.retrieval.days": 28,
  "applications.deprivation.retrieval.arrangement": "The officer in the case copies the two folders onto a new memory card supplied by the defence.",
  otherSentence: "A community order is expected.",
  "prosecutor.name": "Priya SHAH",
  "prosecutor.role": "Crown Prosecutor",
  "prosecutor.office": "CPS Thames and Chiltern",
  "prosecutor.date": "2026-09-07",
};

/** The path of every value that is still a placeholder ("REPLACE: ..." or "YYYY-MM-DD"), with its line. */
function placeholders(doc: Document, text: string): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (node: unknown, path: string[]) => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, String((pair.key as { value: unknown }).value)]);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, String(i)]));
    else if (isScalar(node) && typeof node.value === "string" && (/^REPLACE\b/.test(node.value) || node.value === "YYYY-MM-DD")) {
      found.set(path.join("."), text.slice(0, (node as Node).range?.[0] ?? 0).split("\n").length);
    }
  };
  walk(doc.contents, []);
  return found;
}

function fillIn(text: string): string {
  const doc = parseDocument(text);
  for (const [path, value] of Object.entries(fills)) doc.setIn(path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)), value);
  return doc.toString();
}

describe("ancillary init", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-init-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const fresh = (name: string) => {
    const dir = join(scratch, name);
    mkdirSync(dir);
    return dir;
  };

  it("prints the commented starter case to stdout when no file is named", () => {
    const result = runCli(["init"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^# yaml-language-server: \$schema=\S+case\.schema\.json\n/);
    // Apart from the editor hint, the words are those of the data file.
    expect(result.stdout.split("\n").slice(1)).toEqual(readFileSync(starterPath, "utf8").split("\n").slice(1));
  });

  it("points the editor hint at the installed schema, which exists", () => {
    const first = runCli(["init"]).stdout.split("\n")[0];
    const schema = first.replace("# yaml-language-server: $schema=", "");
    expect(existsSync(schema)).toBe(true);
  });

  it("teaches the statutory conditions in the comments, citing s.153(2), s.153(3) and s.155", () => {
    const text = runCli(["init"]).stdout;
    expect(text).toContain("Sentencing Act 2020, s.153(2)");
    expect(text).toContain("Sentencing Act 2020, s.153(3)");
    expect(text).toContain("Sentencing Act 2020, s.155");
  });

  it("flags, as unconfirmed, the law the notes mark [check] rather than stating it as settled", () => {
    // Whether a requisition counts like a summons under s.153(2) is unconfirmed.
    expect(runCli(["init"]).stdout).toMatch(/requisition[\s\S]{0,80}unconfirmed/);
  });

  it("writes the starter to a new file, readable and writable only by its owner", () => {
    const dir = fresh("new-file");
    const result = runCli(["init", "case.yaml"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("wrote case.yaml");
    expect(result.stdout).toContain("ancillary validate case.yaml");
    const file = join(dir, "case.yaml");
    expect(readFileSync(file, "utf8")).toBe(runCli(["init"], { cwd: dir }).stdout);
    if (process.platform !== "win32") expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("leaves no temporary file behind in the folder", () => {
    const dir = fresh("no-temp");
    expect(runCli(["init", "case.yaml"], { cwd: dir }).code).toBe(0);
    expect(readdirSync(dir)).toEqual(["case.yaml"]);
  });

  it("refuses to overwrite an existing file, with exit 2, a one-line message, and the file untouched", () => {
    const dir = fresh("existing");
    const file = join(dir, "case.yaml");
    writeFileSync(file, "my careful work\n");
    const result = runCli(["init", file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("already exists");
    expect(result.stderr).toContain("--force");
    expect(readFileSync(file, "utf8")).toBe("my careful work\n");
    expect(readdirSync(dir)).toEqual(["case.yaml"]);
  });

  it("overwrites an existing file with --force, leaving it owner-only", () => {
    const dir = fresh("forced");
    const file = join(dir, "case.yaml");
    writeFileSync(file, "old\n", { mode: 0o644 });
    const result = runCli(["init", file, "--force"]);
    expect(result.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("REPLACE");
    if (process.platform !== "win32") expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["case.yaml"]);
  });

  it("exits 2 with a one-line message when the folder does not exist", () => {
    const result = runCli(["init", join(scratch, "no-such-folder", "case.yaml")]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("does not exist");
  });

  it("exits 2 with a one-line message when the path is a folder, even with --force", () => {
    const dir = fresh("a-folder");
    const result = runCli(["init", dir, "--force"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("is a folder");
  });

  const canTestPermissions = process.platform !== "win32" && typeof process.getuid === "function" && process.getuid() !== 0;
  (canTestPermissions ? it : it.skip)("exits 2 with a one-line message when the folder cannot be written", () => {
    const dir = fresh("read-only");
    chmodSync(dir, 0o500);
    try {
      const result = runCli(["init", join(dir, "case.yaml")]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toContain("permission denied");
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  describe("the starter case", () => {
    const starter = readFileSync(starterPath, "utf8");

    it("marks every value to fill in with an obvious placeholder, and the test knows them all", () => {
      const found = placeholders(parseDocument(starter), starter);
      expect([...found.keys()].sort()).toEqual(Object.keys(fills).sort());
    });

    it("fails validation while its placeholders are unfilled, with one error at each placeholder's line", () => {
      const dir = fresh("unfilled");
      expect(runCli(["init", "case.yaml"], { cwd: dir }).code).toBe(0);
      const result = runCli(["validate", "case.yaml", "--format", "json"], { cwd: dir });
      expect(result.code).toBe(1);
      const text = readFileSync(join(dir, "case.yaml"), "utf8");
      const expectedLines = [...placeholders(parseDocument(text), text).values()].sort((a, b) => a - b);
      const report = JSON.parse(result.stdout) as unknown;
      const diagnostics = collectDiagnostics(report);
      const placeholderErrors = diagnostics.filter((d) => d.severity === "error" && /placeholder/.test(d.message));
      expect(placeholderErrors.map((d) => d.line).sort((a, b) => a - b)).toEqual(expectedLines);
    });

    it("names the placeholder in plain English with a hint, never in ajv's wording", () => {
      const dir = fresh("wording");
      runCli(["init", "case.yaml"], { cwd: dir });
      const result = runCli(["validate", "case.yaml"], { cwd: dir });
      expect(result.stdout).toContain("court.level still holds a placeholder from `ancillary init`");
      expect(result.stdout).toContain("replace it with one of: magistrates, crown");
      expect(result.stdout).toContain("hearing.date still holds a placeholder");
      expect(result.stdout).not.toMatch(/must NOT|must match|should be equal/);
    });

    it("passes validation (exit 0) once every placeholder is filled with a sensible value", () => {
      const dir = fresh("filled");
      expect(runCli(["init", "case.yaml"], { cwd: dir }).code).toBe(0);
      const file = join(dir, "case.yaml");
      const filled = fillIn(readFileSync(file, "utf8"));
      expect(placeholders(parseDocument(filled), filled).size).toBe(0);
      writeFileSync(file, filled);
      const result = runCli(["validate", "case.yaml"], { cwd: dir });
      expect(result.stdout + result.stderr).toContain("no errors");
      expect(result.code).toBe(0);
    });

    it("keeps its teaching comments once filled in", () => {
      expect(fillIn(starter)).toContain("Sentencing Act 2020, s.153(2)");
    });

    it("never puts the complainant's name anywhere but complainants[].name", () => {
      const doc = parseDocument(fillIn(starter));
      const name = String(doc.getIn(["complainants", 0, "name"]));
      const elsewhere = JSON.stringify({ ...(doc.toJS() as Record<string, unknown>), complainants: [] });
      expect(elsewhere).not.toContain(name.split(" ")[1]);
    });
  });
});

interface JsonDiagnostic {
  line: number;
  severity: string;
  message: string;
}

/** The diagnostics of a --format json report, whatever its outer shape. */
function collectDiagnostics(report: unknown): JsonDiagnostic[] {
  const out: JsonDiagnostic[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      if (typeof record.line === "number" && typeof record.message === "string" && typeof record.severity === "string") out.push(record as unknown as JsonDiagnostic);
      else Object.values(record).forEach(walk);
    }
  };
  walk(report);
  return out;
}
