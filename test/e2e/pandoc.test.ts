/**
 * Reads the drafted DOCX with pandoc, a converter that sees only the file's
 * structure (no layout), as a screen reader or a tagged-PDF export would: the
 * points under a finding must be that finding's own sub-list, and the
 * schedule must carry its caption. Skipped, saying so, when pandoc is not
 * installed (.ci/run installs it).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Case } from "../../src/case/types";
import { renderCase } from "../../src/pipeline/draftCase";
import { writeDocx } from "../../src/writers/docx";
import { validCase } from "../support/cases";

const available = spawnSync("sh", ["-c", "command -v pandoc"]).status === 0;
if (!available) {
  // eslint-disable-next-line no-console
  console.warn("SKIPPED: pandoc reading of the DOCX: pandoc is not installed (apt-get install -y --no-install-recommends pandoc)");
}
const describeWithPandoc = available ? describe : describe.skip;

/** pandoc's JSON AST: blocks are { t, c }. */
interface PandocBlock {
  t: string;
  c?: unknown;
}

function plain(node: unknown): string {
  if (Array.isArray(node)) return node.map(plain).join("");
  if (node === null || typeof node !== "object") return "";
  const { t, c } = node as PandocBlock;
  if (t === "Str") return String(c);
  if (t === "Space" || t === "SoftBreak" || t === "LineBreak") return " ";
  return plain(c);
}

/** The items of an OrderedList or BulletList block: each a list of blocks. */
function listItems(block: PandocBlock): PandocBlock[][] {
  if (block.t === "OrderedList") return (block.c as [unknown, PandocBlock[][]])[1];
  if (block.t === "BulletList") return block.c as PandocBlock[][];
  return [];
}

function caseWith(items: number): Case {
  const theCase = validCase();
  const [phone] = theCase.property;
  theCase.property = Array.from({ length: items }, (_, index) => ({ ...phone, id: `P${index + 1}`, identifiers: { exhibit: `KT/${index + 1}` } }));
  theCase.applications!.deprivation!.property = theCase.property.map((item) => item.id);
  return theCase;
}

describeWithPandoc("pandoc's reading of the drafted DOCX", () => {
  let scratch: string;
  const read = new Map<string, PandocBlock[]>();
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "ancillary-pandoc-"));
    const theCase = caseWith(3);
    for (const rendered of renderCase(theCase)) {
      if (rendered.format !== "docx") continue;
      const path = join(scratch, rendered.fileName);
      writeFileSync(path, writeDocx(rendered.document));
      const json = spawnSync("pandoc", ["-f", "docx", "-t", "json", path], { encoding: "utf8", timeout: 60_000 });
      expect(json.status).toBe(0);
      read.set(rendered.fileName, (JSON.parse(json.stdout) as { blocks: PandocBlock[] }).blocks);
    }
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** The numbered paragraph whose text includes `words`, as pandoc reads it: its blocks. */
  function finding(document: string, words: string): PandocBlock[] {
    const items = read
      .get(document)!
      .filter((block) => block.t === "OrderedList")
      .flatMap(listItems)
      .filter((item) => plain(item[0]).includes(words));
    expect(items).toHaveLength(1);
    return items[0];
  }

  it.each([
    ["order.docx", "the property condition"],
    ["order.docx", "the purpose condition"],
    ["application.docx", "The court may make the order only over property"],
    ["application.docx", "The court must be satisfied that the property was used"],
  ])("reads the item points in %s as the sub-list of the finding on %s", (document, words) => {
    const [, ...rest] = finding(document, words);
    expect(rest.map((block) => block.t)).toEqual(["BulletList"]);
    const points = listItems(rest[0]).map((item) => plain(item));
    expect(points).toHaveLength(3);
    points.forEach((point, index) => expect(point).toMatch(new RegExp(`^Item ${index + 1} `)));
  });

  it("leaves no item point outside a numbered paragraph", () => {
    for (const [document, blocks] of read) {
      const loose = blocks.filter((block) => block.t === "BulletList").flatMap(listItems).map((item) => plain(item));
      expect({ document, loose: loose.filter((text) => /^Item \d/.test(text)) }).toEqual({ document, loose: [] });
    }
  });

  it("reads the schedule as a table with a caption", () => {
    for (const blocks of read.values()) {
      const tables = blocks.filter((block) => block.t === "Table");
      expect(tables).toHaveLength(1);
      const [, caption] = tables[0].c as [unknown, unknown];
      expect(plain(caption)).toContain("Schedule of property");
    }
  });
});
