/**
 * Opens the plan's checklist for the case at charge in LibreOffice, as a case
 * file's reader would, and reads the PDF back: one page, headed and footed,
 * every action's authority in it, the complainant never named. Skipped,
 * saying so, when LibreOffice or pdftotext is not installed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const available = has("soffice") && has("pdftotext");
if (!available) {
  // eslint-disable-next-line no-console
  console.warn("SKIPPED: plan checklist end-to-end test: soffice or pdftotext is not installed");
}
const describeWithLibreOffice = available ? describe : describe.skip;
const flat = (text: string) => text.replace(/\s+/g, " ");

describeWithLibreOffice("the plan's checklist, opened in LibreOffice", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-plan-e2e-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("fits the case at charge on one page, headed and footed, with each action's authority and no complainant's name", () => {
    const example = join(root, "examples", "at-charge-phone-not-yet-seized.yaml");
    const out = join(scratch, "case-file");
    const planned = spawnSync(process.execPath, [join(root, "bin", "ancillary.js"), "plan", example, "--docx", "--out", out], { encoding: "utf8" });
    expect(planned.status).toBe(1);
    const conversion = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${join(scratch, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", scratch, join(out, "plan-checklist.docx")],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(conversion.status).toBe(0);
    const text = spawnSync("pdftotext", ["-layout", join(scratch, "plan-checklist.pdf"), "-"], { encoding: "utf8" }).stdout;
    const pages = text.split("\f").filter((page) => page.trim() !== "");
    expect(pages).toHaveLength(1);
    const page = flat(pages[0]);
    expect(page).toContain("IN THE STOCKPORT MAGISTRATES' COURT");
    expect(page).toContain("R v LEWIS ARKWRIGHT");
    expect(page).toContain("Checklist before sentence");
    expect(page).toContain("Page 1 of 1");
    for (const authority of ["Sentencing Act 2020, s.153(2)", "Sentencing Act 2020, s.155", "Criminal Procedure Rules, Part 31"]) expect(page).toContain(authority);
    expect(page).toContain("14 December 2026 (a date to check)");
    expect(page).toContain("Google Pixel 8 mobile telephone, black");
    expect(page).not.toMatch(/Rosalind|Featherstone/);
  });
});
