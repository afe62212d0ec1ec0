import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { stringify } from "yaml";
import { restrainingCase, validCase } from "../support/cases";
import { position, sampleCases, Scratch } from "./scratch";

/** Every file under dir, relative, sorted. */
function walkFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Every file under dir with its content. */
const snapshot = (dir: string) => Object.fromEntries(walkFiles(dir).map((file) => [file, readFileSync(join(dir, file), "utf8")]));

/**
 * `ancillary check` on a scratch copy of the templates: each kind of breakage
 * a template edit can cause is caught, at the template's file, line and column.
 */
describe("ancillary check on a copy of the templates", () => {
  let scratch: Scratch;
  beforeEach(async () => {
    scratch = new Scratch();
    // The copy starts clean: write its golden files.
    const update = await scratch.check("--update");
    expect({ code: update.code, out: update.out }).toEqual({ code: 0, out: expect.stringContaining("Updated 9 golden files") });
  });
  afterEach(() => scratch.remove());

  it("passes when nothing has changed", async () => {
    const result = await scratch.check();
    expect(result.err).toBe("");
    expect(result.out).toMatch(/8 document templates, \d+ partials and 3 cases checked: no errors, 0 warnings\n$/);
    expect(result.code).toBe(0);
  });

  it("reports an unknown variable at top level, at its line and column, with the nearest known name", async () => {
    const at = scratch.edit("application.docx.hbs", "hearingDate}}", "hearingDat}}");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `${scratch.path("application.docx.hbs")}:${at.line}:${at.column} error [template-unknown-variable] unknown variable "hearingDat"; did you mean "hearingDate"?`,
    );
  });

  it("reports an unknown variable inside #if", async () => {
    const at = scratch.edit("application.docx.hbs", "{{#if anonymity}}", "{{#if anonymty}}");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    const column = at.column + "{{#if ".length;
    expect(result.out).toContain(`application.docx.hbs:${at.line}:${column} error [template-unknown-variable] unknown variable "anonymty"; did you mean "anonymity"?`);
  });

  it("reports an unknown variable in a helper's argument", async () => {
    const at = scratch.edit("order.txt.hbs", "pick defendant.pronoun", "pick defendant.pronon");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    const column = at.column + "pick ".length;
    expect(result.out).toContain(`order.txt.hbs:${at.line}:${column} error [template-unknown-variable] unknown variable "defendant.pronon"; did you mean "defendant.pronoun"?`);
  });

  it("reports an unknown variable in a block helper's argument inside a partial, with where the partial is used", async () => {
    const at = scratch.edit("partials/court-heading.hbs", "court.level", "court.levle");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain(`court-heading.hbs:${at.line}:${at.column} error [template-unknown-variable] unknown variable "court.levle"; did you mean "court.level"?`);
    expect(result.out).toMatch(/hint: .*in the partial as used at .*application\.docx\.hbs:\d+/);
  });

  it("reports an unknown helper, and a misspelt block helper", async () => {
    const pick = scratch.edit("order.docx.hbs", "{{pick defendant.pronoun", "{{choose defendant.pronoun");
    const iff = scratch.edit("application.docx.hbs", "{{#if law.cpsGuidanceBeforeHearing}}", "{{#iff law.cpsGuidanceBeforeHearing}}");
    scratch.edit("application.docx.hbs", "{{/if}}", "{{/iff}}");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain(`order.docx.hbs:${pick.line}:${pick.column + 2} error [template-unknown-helper] unknown helper "choose"`);
    expect(result.out).toContain(`application.docx.hbs:${iff.line}:${iff.column + 3} error [template-unknown-helper] unknown helper "iff"; did you mean "if"?`);
  });

  it("knows the fields of a property item inside #each, and not outside it", async () => {
    scratch.edit("order.txt.hbs", "{{/each}}", "{{#if identifiers.imei}}{{number}}{{/if}}{{/each}}");
    expect((await scratch.check()).out).not.toContain("template-unknown-variable");
    const at = scratch.edit("order.txt.hbs", "# Deprivation order", "{{number}}\n\n# Deprivation order");
    const result = await scratch.check();
    expect(result.out).toContain(`order.txt.hbs:${at.line}:${at.column + 2} error [template-unknown-variable] unknown variable "number"`);
  });

  it("analyses a partial in the context it is used in: a case-level name inside #each property needs @root", async () => {
    const at = scratch.edit("partials/identifiers.hbs", "{{#if identifiers.exhibit}}", "{{reference}}{{#if identifiers.exhibit}}");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain(`identifiers.hbs:${at.line}:${at.column + 2} error [template-unknown-variable] unknown variable "reference"; did you mean "@root.reference"?`);
  });

  it("fails when an edit drops an element the law requires, says which, and places it where the template ended before", async () => {
    const text = scratch.read("application.docx.hbs");
    const kept = text.slice(0, text.indexOf("@signature"));
    scratch.write("application.docx.hbs", kept);
    const result = await scratch.check();
    expect(result.code).toBe(1);
    // The block was the last thing in the template: it went from just below the last line left.
    const where = kept.trimEnd().split("\n").length + 1;
    expect(result.out).toMatch(
      new RegExp(
        `application\\.docx\\.hbs:${where}:1 error \\[template-required-element\\] application\\.docx no longer contains the signature block: who makes the application, and when \\[signature\\]: missing in 3 of 3 cases \\(crown: it has no signature block\\)`,
      ),
    );
    expect(result.out).toMatch(/hint: restore it here, where it was \(crown's approved wording is at .*golden\/crown\/application\.docx\.txt:\d+\)/);
  });

  it("places a dropped element, and the paragraph that held it, at the line where it was taken out", async () => {
    const text = scratch.read("order.docx.hbs");
    const regard = text.slice(text.indexOf("{{!-- [s155]"), text.indexOf("## The order"));
    scratch.write("order.docx.hbs", text.replace(regard, ""));
    const line = position(scratch.read("order.docx.hbs"), scratch.read("order.docx.hbs").indexOf("## The order")).line;
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain(`order.docx.hbs:${line}:1 error [template-required-element] order.docx no longer contains the court's regard to the value of the property and the effects on the defendant [regard]`);
    expect(result.out).toMatch(new RegExp(`order\\.docx paragraph \\d+ removed in 3 of 3 cases; the wording is at .*order\\.docx\\.hbs:${line}\n`));
  });

  it("says what a case lacks in the words of requirements.json, never the case's own", async () => {
    scratch.edit("order.txt.hbs", "- Item {{number}}: {{description}} ({{> identifiers}}).", "- Item {{number}}: ({{> identifiers}}).");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/\[property-items\]: missing in 3 of 3 cases \(crown: item 1: "\{\{description\}\}" is not there\)/);
    for (const theCase of Object.values(sampleCases())) {
      for (const item of theCase.property) expect(result.out.split("\n").filter((l) => /template-required-element/.test(l)).join("\n")).not.toContain(item.description);
    }
  });

  it("reports a template that fails while drafting in its own words, not Handlebars' ('[object Object]')", async () => {
    const at = scratch.edit("order.docx.hbs", "hearingDate}}", "hearingDat}}");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain(`order.docx.hbs:${at.line}:${at.column} error [template-render] order.docx could not be drafted for 3 cases (crown, magistrates, she): "hearingDat" is not defined where the template uses it`);
    expect(result.out).not.toMatch(/\[object |not defined in/);
  });

  it("fails when an edit drops the regard to value and effects from the order", async () => {
    scratch.edit("order.txt.hbs", " of making this order ({{law.regard}})", "");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain("error [template-required-element] order.txt no longer contains the court's regard to the value of the property and the effects on the defendant [regard]: missing in 3 of 3 cases");
    expect(result.out).toContain("(Sentencing Act 2020, s.155)");
  });

  it("shows a changed word as a paragraph diff with a summary, and passes once --update accepts it", async () => {
    scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT");
    const changed = await scratch.check();
    expect(changed.code).toBe(1);
    expect(changed.out).toContain("order.docx paragraph 1 changed in 1 of 3 cases");
    expect(changed.out).toContain("application.docx paragraph 1 changed in 1 of 3 cases");
    expect(changed.out).toMatch(/^-\s+IN THE CROWN COURT AT ST ALBANS$/m);
    expect(changed.out).toMatch(/^\+\s+IN THE CROWN COURT SITTING AT ST ALBANS$/m);
    expect(changed.out).toMatch(/in crown:\n--- .*golden\/crown\/order\.docx\.txt\n\+\+\+ order\.docx as the templates draft it now\n@@ -1,1 \+1,1 @@/);
    expect(changed.out).toMatch(/the wording is at .*partials\/court-heading\.hbs:2/);

    const update = await scratch.check("--update");
    expect(update.code).toBe(0);
    expect(update.out).toContain("Updated 3 golden files");
    expect(readFileSync(join(scratch.golden, "crown", "order.docx.txt"), "utf8")).toContain("IN THE CROWN COURT SITTING AT ST ALBANS");
    expect((await scratch.check()).code).toBe(0);
  });

  it("numbers a changed paragraph in the new document, and reports an added one without calling the rest changed", async () => {
    scratch.edit("order.txt.hbs", "{{defendant.name}} was convicted of:", "Sentence was passed today.\n\n{{defendant.name}} was convicted of:");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain("order.txt paragraph 5 added in 3 of 3 cases");
    expect(result.out).not.toMatch(/order\.txt paragraph \d+ changed/);
  });

  it("reports a syntax error at its line and column, and drafts nothing", async () => {
    const at = scratch.edit("order.docx.hbs", "{{/each}}", "{{/eachh}}");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`order\\.docx\\.hbs:\\d+:\\d+ error \\[template-syntax\\] the template does not compile: each doesn't match eachh`));
    expect(result.out).toContain("neither the required elements nor the wording were checked");
    expect(at.line).toBeGreaterThan(1);
  });

  it("refuses a template larger than drafting allows in one line, exit 2", async () => {
    scratch.write("partials/identifiers.hbs", "x".repeat(300 * 1024));
    const result = await scratch.check();
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/partials\/identifiers\.hbs: is 307,200 bytes, over the 262,144-byte limit for a template: a template holds a document's wording, not data\n$/);
  });

  it("refuses --update while a template has errors, and leaves the golden files alone", async () => {
    scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT {{court.name}}");
    const result = await scratch.check("--update");
    expect(result.code).toBe(1);
    expect(result.out).toContain("The golden files were not updated");
    expect(readFileSync(join(scratch.golden, "crown", "order.docx.txt"), "utf8")).not.toContain("SITTING");
  });

  it("reports a case without golden files, and a golden file nothing drafts any more; --update settles both", async () => {
    writeFileSync(join(scratch.examples, "new-case.yaml"), stringify(validCase()));
    rmSync(join(scratch.examples, "she.yaml"));
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/new-case\.yaml:1:1 error \[golden-missing\] this case has no golden file for any of its 3 documents/);
    expect(result.out).toMatch(/she\/order\.txt\.txt:1:1 error \[golden-stale\] .*\n  hint: if that was intended, run `ancillary check --update` to remove it/);
    expect((await scratch.check("--update")).code).toBe(0);
    expect(existsSync(join(scratch.golden, "she"))).toBe(false);
    expect(existsSync(join(scratch.golden, "new-case", "order.txt.txt"))).toBe(true);
    expect((await scratch.check()).code).toBe(0);
  });

  it("--update records each golden file it wrote, with its SHA-256, and writes them owner-only", () => {
    const index = JSON.parse(readFileSync(join(scratch.golden, "ancillary-golden.json"), "utf8")) as { version: number; files: Record<string, string> };
    const files = walkFiles(scratch.golden);
    expect(files).toEqual(["ancillary-golden.json", ...Object.keys(index.files)].sort());
    expect(Object.keys(index.files)).toHaveLength(9);
    for (const [file, digest] of Object.entries(index.files)) {
      expect(createHash("sha256").update(readFileSync(join(scratch.golden, file))).digest("hex")).toBe(digest);
      expect(statSync(join(scratch.golden, file)).mode & 0o777).toBe(0o600);
    }
  });

  it("--update refuses a golden folder holding a file it did not write (exit 2, one line) and writes nothing", async () => {
    writeFileSync(join(scratch.golden, "notes.txt"), "mine, not check's\n");
    scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT");
    const before = snapshot(scratch.golden);
    const stale = await scratch.check();
    expect(stale.out).toMatch(/notes\.txt:1:1 error \[golden-stale\] .*\n  hint: check --update did not write it \(it is not in ancillary-golden\.json\) and will not remove it/);
    const result = await scratch.check("--update");
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `${scratch.golden}: holds 1 file that check --update did not write (notes.txt): it writes, replaces and removes only the golden files listed in ancillary-golden.json and those it writes now. Move it out, or choose another --golden folder (nothing was written)\n`,
    );
    expect(snapshot(scratch.golden)).toEqual(before);
  });

  it("--update follows no symbolic link inside the golden folder: a linked file or folder is refused, and its target left alone", async () => {
    const victim = join(scratch.root, "victim.txt");
    writeFileSync(victim, "not a golden file\n");
    rmSync(join(scratch.golden, "crown", "order.txt.txt"));
    symlinkSync(victim, join(scratch.golden, "crown", "order.txt.txt"));
    scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT");
    const result = await scratch.check("--update");
    expect(result.code).toBe(2);
    expect(result.err).toBe(`${join(scratch.golden, "crown", "order.txt.txt")}: is a symbolic link inside the golden folder: golden files are plain files, and check follows no link; replace it with the file or remove it\n`);
    expect(readFileSync(victim, "utf8")).toBe("not a golden file\n");

    rmSync(join(scratch.golden, "crown"), { recursive: true });
    mkdirSync(join(scratch.root, "elsewhere"));
    symlinkSync(join(scratch.root, "elsewhere"), join(scratch.golden, "crown"));
    expect((await scratch.check("--update")).code).toBe(2);
    expect((await scratch.check()).code).toBe(2);
    expect(readdirSync(join(scratch.root, "elsewhere"))).toEqual([]);
  });

  it("adopts a golden folder made before the index, when it holds only files check would write; refuses one holding anything else", async () => {
    rmSync(join(scratch.golden, "ancillary-golden.json"));
    writeFileSync(join(scratch.golden, "README.md"), "someone's notes\n");
    const refused = await scratch.check("--update");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/holds 1 file that check --update did not write \(README\.md\), and no ancillary-golden\.json listing the files it did: it adopts a folder holding only files whose names it would write\. Move it out/);
    expect(existsSync(join(scratch.golden, "ancillary-golden.json"))).toBe(false);

    rmSync(join(scratch.golden, "README.md"));
    const adopted = await scratch.check("--update");
    expect(adopted.code).toBe(0);
    expect(adopted.out).toContain("Adopted 9 golden files that ancillary-golden.json did not list");
    expect(Object.keys((JSON.parse(readFileSync(join(scratch.golden, "ancillary-golden.json"), "utf8")) as { files: object }).files)).toHaveLength(9);

    // As after merging a branch that added a case and its golden files: they are check's, by their paths.
    writeFileSync(join(scratch.examples, "merged.yaml"), stringify(validCase()));
    mkdirSync(join(scratch.golden, "merged"));
    for (const document of ["application.docx", "order.docx", "order.txt"]) writeFileSync(join(scratch.golden, "merged", `${document}.txt`), "as the branch wrote it\n");
    const merged = await scratch.check("--update");
    expect(merged.code).toBe(0);
    expect(merged.out).toContain("Adopted 3 golden files");
    expect(Object.keys((JSON.parse(readFileSync(join(scratch.golden, "ancillary-golden.json"), "utf8")) as { files: object }).files)).toHaveLength(12);
  });

  it("--update replaces a golden file changed since it wrote it, and says so", async () => {
    writeFileSync(join(scratch.golden, "crown", "order.txt.txt"), "edited by hand\n");
    const result = await scratch.check("--update");
    expect(result.code).toBe(0);
    expect(result.out).toContain(`1 golden file was changed since check --update wrote it (by hand or a merge), and now holds what the templates draft: ${join(scratch.golden, "crown", "order.txt.txt")}`);
    expect((await scratch.check()).code).toBe(0);
  });

  it("drafts fixtures that draft, in subfolders too, and leaves out those that do not", async () => {
    mkdirSync(join(scratch.fixtures, "rules"));
    writeFileSync(join(scratch.fixtures, "rules", "fine.yaml"), stringify(validCase()));
    writeFileSync(join(scratch.fixtures, "rules", "broken.yaml"), "version: 1\ncourt: [\n");
    const update = await scratch.check("--update");
    expect(update.code).toBe(0);
    expect(update.out).toContain("(1 fixture left out: it does not draft)");
    expect(existsSync(join(scratch.golden, "fixtures", "rules", "fine", "application.docx.txt"))).toBe(true);
  });

  it("prints JSON with the findings, the changed wording and the summary", async () => {
    scratch.edit("partials/court-heading.hbs", "IN THE CROWN COURT AT", "IN THE CROWN COURT SITTING AT");
    const result = await scratch.check("--format", "json");
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as { ok: boolean; summary: string[]; wording: Array<{ document: string; cases: string[]; diff: string }>; files: unknown[] };
    expect(json.ok).toBe(false);
    expect(json.summary).toEqual(["application.docx paragraph 1 changed in 1 of 3 cases", "order.docx paragraph 1 changed in 1 of 3 cases", "order.txt paragraph 1 changed in 1 of 3 cases"]);
    expect(json.wording[0]).toMatchObject({ document: "application.docx", cases: ["crown"] });
    expect(json.wording[0].diff).toMatch(/^\+\s+IN THE CROWN COURT SITTING AT ST ALBANS$/m);
    expect(json.files).toHaveLength(1);
  });

  it("is a usage error (exit 2) when the templates folder cannot be read", async () => {
    const result = await scratch.check("--templates", join(scratch.root, "nowhere"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/nowhere: cannot be read as a folder of templates/);
  });
});

describe("ancillary check and a document an order keeps confidential", () => {
  let scratch: Scratch;
  beforeEach(async () => {
    scratch = new Scratch({ restraining: restrainingCase() });
    expect((await scratch.check("--update")).code).toBe(0);
  });
  afterEach(() => scratch.remove());

  it("never writes the confidential schedule, or the name it holds, into a golden file", () => {
    const golden = snapshot(scratch.golden);
    expect(Object.keys(golden).filter((file) => file.includes("confidential"))).toEqual([]);
    expect(Object.keys(golden)).toContain(join("restraining", "restraining-order.docx.txt"));
    expect(Object.values(golden).join("\n")).not.toContain(restrainingCase().complainants![0].name!);
  });

  it("drafts it in memory all the same, and fails when an edit drops its marking NOT FOR PUBLICATION", async () => {
    scratch.edit("confidential-schedule.docx.hbs", "@center **NOT FOR PUBLICATION.**", "@center **Confidential.**");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain("[template-required-element] confidential-schedule.docx no longer contains the marking NOT FOR PUBLICATION [not-for-publication]");
  });

  it("reports a name its template uses that its own view does not have, and that it cannot be drafted", async () => {
    const at = scratch.edit("confidential-schedule.docx.hbs", "{{cipher}} |", "{{cypher}} |");
    const result = await scratch.check();
    expect(result.code).toBe(1);
    expect(result.out).toContain(`confidential-schedule.docx.hbs:${at.line}:${at.column + 2} error [template-unknown-variable] unknown variable "cypher"`);
    expect(result.out).toContain("error [template-render] confidential-schedule.docx could not be drafted for 1 case (restraining)");
  });
});
