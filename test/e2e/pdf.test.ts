/**
 * `draft --pdf` and `draft --pdf-a` as a court's systems read them: poppler's
 * pdfinfo says each PDF is tagged and carries the document's title (from the
 * DOCX's core properties), and that --pdf-a's claim PDF/A-2b. Skipped, saying
 * so, when LibreOffice or poppler is not installed (.ci/run installs both).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docxParts } from "../support/docxText";
import { packageRoot, runCli } from "../support/cli";

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const available = has("soffice") && has("pdfinfo");
if (!available) {
  // eslint-disable-next-line no-console
  console.warn("SKIPPED: PDF end-to-end test: soffice or pdfinfo is not installed (apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils)");
}
const describeWithLibreOffice = available ? describe : describe.skip;

const example = join(packageRoot, "examples", "voyeurism-hidden-camera.yaml");
const documents = ["order", "application"];

/** pdfinfo's "Name: value" lines as a map. */
function pdfinfo(pdf: string, ...options: string[]): { fields: Map<string, string>; text: string } {
  const result = spawnSync("pdfinfo", [...options, pdf], { encoding: "utf8" });
  expect(result.status).toBe(0);
  const fields = new Map(result.stdout.split("\n").flatMap((line) => {
    const at = line.indexOf(":");
    return at > 0 ? [[line.slice(0, at).trim(), line.slice(at + 1).trim()] as [string, string]] : [];
  }));
  return { fields, text: result.stdout };
}

/** The DOCX's own title (docProps/core.xml), which the PDF must carry. */
function docxTitle(docx: string): string {
  const core = docxParts(readFileSync(docx)).get("docProps/core.xml")!;
  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)![1];
  return title.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

describeWithLibreOffice("PDFs for the court's systems", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-pdf-e2e-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("writes tagged PDFs titled as the documents are, with --pdf", () => {
    const out = join(scratch, "pdf");
    const result = runCli(["draft", example, "--out", out, "--pdf"]);
    expect(result.stderr).not.toMatch(/ error \[/);
    expect(result.code).toBe(0);
    for (const document of documents) {
      const { fields } = pdfinfo(join(out, `${document}.pdf`));
      expect(fields.get("Tagged")).toBe("yes");
      expect(fields.get("Title")).toBe(docxTitle(join(out, `${document}.docx`)));
      expect(fields.get("Title")).toMatch(/: R v Graham PELLOW$/);
      expect(Number(fields.get("Pages"))).toBeGreaterThan(0);
      // A plain PDF makes no PDF/A claim.
      expect(pdfinfo(join(out, `${document}.pdf`), "-meta").text).not.toContain("pdfaid");
    }
  });

  it("writes archival PDF/A-2b, still tagged and titled, with --pdf-a alone", () => {
    const out = join(scratch, "pdf-a");
    const result = runCli(["draft", example, "--out", out, "--pdf-a"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`wrote ${join(out, "order.pdf")}`);
    for (const document of documents) {
      const pdf = join(out, `${document}.pdf`);
      const { fields } = pdfinfo(pdf);
      expect(fields.get("Tagged")).toBe("yes");
      expect(fields.get("Title")).toBe(docxTitle(join(out, `${document}.docx`)));
      // poppler reports the PDF/A identification from the XMP metadata.
      const meta = pdfinfo(pdf, "-meta").text;
      expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
      expect(meta).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
      // The language screen readers need, from the DOCX's dc:language.
      expect(readFileSync(pdf).toString("latin1")).toContain("/Lang(en-GB)");
    }
  });

  it("tags headings, the schedule's header cells, and each finding's items as a list inside that finding", () => {
    const out = join(scratch, "structure");
    expect(runCli(["draft", example, "--out", out, "--pdf"]).code).toBe(0);
    for (const document of documents) {
      const tree = structureTree(join(out, `${document}.pdf`));
      expect(tree.some((node) => node.tag === "H1")).toBe(true);
      expect(tree.some((node) => node.tag === "H2")).toBe(true);
      expect(tree.some((node) => node.tag === "Table")).toBe(true);
      expect(tree.some((node) => node.tag === "TH")).toBe(true);
      // A list whose parent is a list item's body: the items belong to the numbered finding above them.
      const nested = tree.filter((node) => node.tag === "L" && node.parent?.tag === "LBody" && node.parent.parent?.tag === "LI");
      expect(nested.length).toBeGreaterThan(0);
    }
  });
});

interface StructureNode {
  tag: string;
  parent?: StructureNode;
}

/** poppler's `pdfinfo -struct` outline: each element's tag, and its parent by indentation. */
function structureTree(pdf: string): StructureNode[] {
  const result = spawnSync("pdfinfo", ["-struct", pdf], { encoding: "utf8" });
  expect(result.status).toBe(0);
  const nodes: StructureNode[] = [];
  const open: Array<{ indent: number; node: StructureNode }> = [];
  for (const line of result.stdout.split("\n")) {
    const element = /^(\s*)([A-Za-z][A-Za-z0-9]*)( \(|:|$)/.exec(line);
    if (!element || line.trimStart().startsWith("/")) continue;
    const indent = element[1].length;
    while (open.length > 0 && open[open.length - 1].indent >= indent) open.pop();
    const node: StructureNode = { tag: element[2], parent: open[open.length - 1]?.node };
    nodes.push(node);
    open.push({ indent, node });
  }
  return nodes;
}
