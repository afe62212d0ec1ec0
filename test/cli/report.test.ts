import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { packageRoot, runCli } from "../support/cli";

const folder = join(packageRoot, "examples", "report");
const exampleFiles = readdirSync(folder).filter((f) => f.endsWith(".yaml"));

/** Every person's name in the twenty cases: defendants, complainants, prosecutors. */
const everyName = exampleFiles.flatMap((f) => {
  const data = YAML.parse(readFileSync(join(folder, f), "utf8"));
  return [data.defendant.name, data.prosecutor.name, ...(data.complainants ?? []).map((c: { name?: string }) => c.name)].filter(Boolean) as string[];
});
const nameWords = [...new Set(everyName.flatMap((n) => n.split(/\s+/)))];

describe("ancillary report", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-report-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("summarises the twenty example cases, exit 0", () => {
    expect(exampleFiles).toHaveLength(20);
    const result = runCli(["report", "examples/report"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")[0]).toBe("20 cases counted");
    expect(result.stdout).toMatch(/^deprivation orders made +9$/m);
    expect(result.stdout).toMatch(/^By court$/m);
    expect(result.stdout).toMatch(/^By month \(of the hearing\)$/m);
  });

  it("gives the figures scripts/make-report-examples.js builds the cases to have", () => {
    const { totals, byCourt, byMonth, notCounted } = JSON.parse(runCli(["report", "examples/report", "--format", "json"]).stdout);
    // Decisions cycle made, made, made-in-part, refused, adjourned, none (case i by i % 6); cases 7 and 14 apply for nothing.
    expect(totals).toMatchObject({ cases: 20, withImages: 20, deprivationApplied: 18, ordersMade: 9, deprivationNoOutcome: 3 });
    expect(totals.deprivation).toEqual({ made: 6, "made-in-part": 3, refused: 3, adjourned: 3 });
    // One extra item in four cases out of five, a reason each; the phone refused (3) or the second phone left out (3); two never applied for.
    expect(totals.leftOutBy).toEqual({ "online-copy": 4, "not-seized": 4, "third-party": 4, "no-evidence": 4, "left-out-by-court": 6, "not-applied-for": 2 });
    expect(totals.itemsLeftOut).toBe(24);
    // Restraining orders in every third case and in case 14 (which applies for no deprivation order), made with a term on images unless refused.
    expect([totals.restrainingMade, totals.restrainingAddressingImages]).toEqual([5, 5]);
    expect(byCourt).toHaveLength(5);
    expect(byMonth.map((m: { month: string }) => m.month)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    expect(byCourt.reduce((n: number, c: { cases: number }) => n + c.cases, 0)).toBe(20);
    expect(notCounted).toEqual([]);
  });

  it.each(["text", "json", "csv"])("names no one in its %s output", (format) => {
    const out = runCli(["report", "examples/report", "--format", format]).stdout;
    const named = nameWords.filter((w) => out.toLowerCase().includes(w.toLowerCase()));
    expect(named).toEqual([]);
  });

  it("writes CSV with one row for all, one a court and one a month", () => {
    const lines = runCli(["report", "examples/report", "--format", "csv"]).stdout.trimEnd().split("\r\n");
    expect(lines[0].split(",").slice(0, 4)).toEqual(["scope", "name", "cases", "withImages"]);
    expect(lines.filter((l) => l.startsWith("all,"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("court,"))).toHaveLength(5);
    expect(lines.filter((l) => l.startsWith("month,"))).toHaveLength(5);
  });

  it("lists a file that is not a case by path, counts the rest, and exits 1", () => {
    const dir = join(scratch, "mixed");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "broken.yaml"), "version: 1\ncourt: [\n");
    writeFileSync(join(dir, "shapeless.yaml"), "version: 1\ncomplainants: [{ id: C1, name: Joanna Pelham, cipher: X }]\n");
    const result = runCli(["report", dir, join(folder, "case-01.yaml"), "--format", "json"]);
    expect(result.code).toBe(1);
    const { notCounted, cases } = JSON.parse(result.stdout);
    expect(cases).toBe(1);
    expect(notCounted.map((n: { kind: string }) => n.kind)).toEqual(["not-a-case", "not-a-case"]);
    expect(notCounted.find((n: { path: string }) => n.path.endsWith("broken.yaml")).reason).toMatch(/does not parse as YAML \(first error at line \d+, column \d+\)/);
    expect(result.stdout).not.toMatch(/Pelham/);
  });

  it("says on the page how many files were not counted and why, but never which (a file's name may name the defendant)", () => {
    const dir = join(scratch, "named-files");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "R-v-Hallam-draft.yaml"), "version: 1\ncourt: [\n");
    const page = join(scratch, "named-files.html");
    const result = runCli(["report", dir, join(folder, "case-01.yaml"), "--html", page, "--force"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("R-v-Hallam-draft.yaml");
    const html = readFileSync(page, "utf8");
    expect(html).toContain("<li>1 did not read as a case</li>");
    expect(html).not.toContain("Hallam");
  });

  it("withholds a path that names a protected complainant, as batch does", () => {
    const dir = join(scratch, "named");
    rmSync(dir, { recursive: true, force: true });
    const text = readFileSync(join(folder, "case-01.yaml"), "utf8");
    const complainant = YAML.parse(text).complainants[0].name as string;
    const file = join(dir, `${complainant.toLowerCase().replace(/ /g, "-")}.yaml`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text);
    const result = runCli(["report", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("[name withheld].yaml");
    expect(result.stdout.toLowerCase()).not.toContain(complainant.split(" ")[1].toLowerCase());
  });

  it("refuses a path that does not exist in one line, exit 2", () => {
    const result = runCli(["report", "no/such/folder"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("does not exist");
  });

  it("counts a file it cannot read as such, exit 2", () => {
    const dir = join(scratch, "binary");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "x.yaml"), Buffer.from([0, 1, 2, 255, 0]));
    const result = runCli(["report", dir, "--format", "json"]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).notCounted[0]).toMatchObject({ kind: "unreadable" });
  });

  it("refuses a format it does not know, exit 2", () => {
    const result = runCli(["report", "examples/report", "--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("xml");
  });

  it("writes a self-contained page, owner-only, and never replaces it without --force", () => {
    const page = join(scratch, "out", "report.html");
    const first = runCli(["report", "examples/report", "--html", page]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("wrote");
    expect(statSync(page).mode & 0o777).toBe(0o600);
    const html = readFileSync(page, "utf8");
    expect(html.match(/<svg /g)).toHaveLength(4);
    expect(html.match(/<table>/g)).toHaveLength(5);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)=["']?https?:/i);
    expect(nameWords.filter((w) => html.includes(w))).toEqual([]);
    const again = runCli(["report", "examples/report", "--html", page]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(runCli(["report", "examples/report", "--html", page, "--force"]).code).toBe(0);
  });

  it("teaches in its help what it counts and its exit codes", () => {
    const help = runCli(["report", "--help"]).stdout;
    expect(help).toContain("names no one");
    expect(help).toContain("Exit code: 0");
    expect(help).toContain("--html <file>");
  });
});
