/**
 * Inputs that look odd but are legitimate, each a fixture in test/fixtures/hostile/:
 * each must draft, with its text printed exactly as meant and every DOCX part
 * well-formed XML.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../support/cli";
import { docxParagraphs, docxParts } from "../support/docxText";
import { exampleCase, fixturesDir, oneLine, scratch, unparsableXmlParts } from "./helpers";

const DOCUMENTS = ["application.docx", "order.docx", "order.txt"];
/** C0 and C1 controls other than tab and line breaks, and the invisible characters removed with them. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u202e]/;
/** The private-use stand-ins the markup escaping uses: they must never reach a document. */
const STANDIN = /[\ue000-\ue0ff]/;

interface Drafted {
  orderText: string;
  /** order.txt with line wrapping undone. */
  order: string;
  orderDocx: Buffer;
  applicationDocx: Buffer;
  /** The paragraphs of both DOCX documents, one line each. */
  docxText: string;
}

let area: ReturnType<typeof scratch>;
beforeAll(() => {
  area = scratch("accepted");
});
afterAll(() => area.remove());

const drafts = new Map<string, Drafted>();

/** Drafts a case with the CLI (once), checks what every draft must satisfy, and returns what was written. */
function draft(input: string): Drafted {
  const done = drafts.get(input);
  if (done) return done;
  const out = join(area.dir, `out-${drafts.size}`);
  const result = runCli(["draft", input, "--out", out]);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
  expect(readdirSync(out).sort()).toEqual(DOCUMENTS);
  // Owner-only, whatever the case says.
  expect(statSync(out).mode & 0o777).toBe(0o700);
  for (const file of DOCUMENTS) expect(statSync(join(out, file)).mode & 0o777).toBe(0o600);
  const orderText = readFileSync(join(out, "order.txt"), "utf8");
  const orderDocx = readFileSync(join(out, "order.docx"));
  const applicationDocx = readFileSync(join(out, "application.docx"));
  for (const docx of [orderDocx, applicationDocx]) {
    expect(unparsableXmlParts(docx)).toEqual([]);
    for (const [path, xml] of docxParts(docx)) {
      expect({ path, control: CONTROL.test(xml), standin: STANDIN.test(xml) }).toEqual({ path, control: false, standin: false });
    }
  }
  expect(CONTROL.test(orderText)).toBe(false);
  expect(STANDIN.test(orderText)).toBe(false);
  const docxText = [...docxParagraphs(orderDocx), ...docxParagraphs(applicationDocx)].map(oneLine).join("\n");
  const drafted = { orderText, order: oneLine(orderText), orderDocx, applicationDocx, docxText };
  drafts.set(input, drafted);
  return drafted;
}

const fixture = (name: string) => join(fixturesDir, name);

describe("encodings and line endings that must work", () => {
  let plain: Drafted;
  beforeAll(() => {
    plain = draft(exampleCase);
  });

  it.each(["bom.yaml", "crlf.yaml"])("%s drafts the same documents, byte for byte, as the plain UTF-8 example", (name) => {
    const raw = readFileSync(fixture(name));
    // The fixture really is what it says (guards against an editor or git "fixing" it).
    if (name === "bom.yaml") expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    else expect(raw.toString("latin1").split("\n").slice(0, -1).every((line) => line.endsWith("\r"))).toBe(true);
    const drafted = draft(fixture(name));
    expect(drafted.orderText).toBe(plain.orderText);
    expect(drafted.orderDocx.equals(plain.orderDocx)).toBe(true);
    expect(drafted.applicationDocx.equals(plain.applicationDocx)).toBe(true);
  });
});

describe("names in other scripts and with accents", () => {
  it.each([
    ["welsh-name.yaml", "Siôn Llŷr ap Dafydd", "SIÔN LLŶR AP DAFYDD"],
    ["polish-name.yaml", "Zażółć GĘŚLĄ", "ZAŻÓŁĆ GĘŚLĄ"],
    ["arabic-name.yaml", "محمد الفارسي", "محمد الفارسي"],
    ["accented-name.yaml", "Zoë Ødegård-Lefe\u0300vre", "ZOË ØDEGÅRD-LEFE\u0300VRE"],
  ])("%s prints %s exactly as written, in the order and in both DOCX documents", (name, defendant, upper) => {
    const drafted = draft(fixture(name));
    expect(drafted.order).toContain(`R v ${upper}`);
    expect(drafted.order).toContain(`${defendant} was convicted of`);
    expect(drafted.docxText).toContain(defendant);
    expect(drafted.docxText).toContain(upper);
  });

  it("keeps non-Latin text in a description too", () => {
    expect(draft(fixture("arabic-name.yaml")).order).toContain("labelled هاتف");
    expect(draft(fixture("polish-name.yaml")).order).toContain("Telefon komórkowy Samsung Galaxy S23, szary (źdźbło)");
  });
});

describe("text that means something elsewhere is printed literally", () => {
  it("template syntax ({{ }}, {{{ }}}, blocks, partials, lookups) is printed as written, never evaluated", () => {
    const drafted = draft(fixture("template-syntax.yaml"));
    expect(drafted.order).toContain("Samsung phone labelled {{defendant.name}} and {{{court.location}}}");
    expect(drafted.docxText).toContain("Samsung phone labelled {{defendant.name}} and {{{court.location}}}");
    expect(drafted.docxText).toContain("Messages from this phone read {{#each offences}}{{id}}{{/each}} and {{> seizure-route}}.");
    expect(drafted.docxText).toContain("A community order is expected ({{lookup . 'reference'}} {{{law.code}}}).");
    // Had the text been evaluated, the defendant's name would stand in its place.
    expect(drafted.order).not.toContain("labelled Martin OAKES");
  });

  it("<, &, quotes and the document markup's own characters are printed as written, and escaped in the XML", () => {
    const drafted = draft(fixture("markup-characters.yaml"));
    const description = `# <b>Samsung</b> & "S23" it's | 50% * @home - item. + > \\ </w:t>]]>`;
    expect(drafted.order).toContain(`Item 1: ${description}`);
    expect(drafted.docxText).toContain(description);
    expect(drafted.docxText).toContain("<script>alert(1)</script> &amp; | a | b | * not a list - not a bullet");
    const xml = docxParts(drafted.orderDocx).get("word/document.xml") ?? "";
    expect(xml).not.toContain("<b>");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;b&gt;Samsung&lt;/b&gt; &amp;");
    // "# " did not become a heading, "| a |" a table or "* " a list: the description stays one paragraph.
    expect(docxParagraphs(drafted.orderDocx).filter((p) => p.includes("<b>Samsung</b>"))).toHaveLength(1);
  });
});

describe("control characters", () => {
  it("are removed from every document, keeping the visible text around them", () => {
    const drafted = draft(fixture("control-characters.yaml"));
    // "Samsung\a Galaxy\e[31m S23\0 mobile\x7f telephone\N grey\u200b case\u202e"
    expect(drafted.order).toContain("Item 1: Samsung Galaxy[31m S23 mobile telephone grey case (Exhibit");
    expect(drafted.docxText).toContain("Samsung Galaxy[31m S23 mobile telephone grey case");
    expect(drafted.docxText).toContain("A community order is[0m expected.");
  });
});

describe("all-digit references with leading zeros", () => {
  it("keeps 00012345678 and an IMEI starting 0, written without quotes, exactly", () => {
    const drafted = draft(fixture("leading-zeros.yaml"));
    expect(drafted.order).toContain("Case reference: 00012345678");
    expect(drafted.order).toContain("IMEI 012345678901234");
    expect(drafted.docxText).toContain("00012345678");
    expect(drafted.docxText).toContain("012345678901234");
  });
});
