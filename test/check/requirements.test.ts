import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRequirements, missingElement, type Requirement } from "../../src/check/requirements";
import type { StructuredDocument } from "../../src/document/model";
import { buildViewModel } from "../../src/orders/deprivation/view";
import { deprivationViewShape } from "../../src/orders/deprivation/viewShape";
import { everyDocumentOf, orderTypes } from "../../src/orders/index";
import { documentShapeOf } from "../../src/check/documentShapes";
import { planDocuments } from "../../src/plan/checklist";
import { resultSheet } from "../../src/result/index";
import { validCase } from "../support/cases";
import { repoTemplates } from "./scratch";

const documents = ["application.docx", "order.docx", "order.txt"];

describe("templates/requirements.json", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ancillary-req-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const load = (data: unknown) => {
    writeFileSync(join(dir, "requirements.json"), typeof data === "string" ? data : JSON.stringify(data, null, 2));
    return loadRequirements(dir, documents, () => deprivationViewShape);
  };

  it("declares what every document of the repository must contain", () => {
    const everyDocument = [...orderTypes.flatMap((o) => everyDocumentOf(o)), ...planDocuments, ...resultSheet.documents].map((d) => d.fileName).sort();
    const requirements = loadRequirements(repoTemplates, everyDocument, (document) => documentShapeOf(`${document}.hbs`));
    expect(requirements.diagnostics).toEqual([]);
    expect([...requirements.byDocument.keys()].sort()).toEqual(everyDocument);
    expect(requirements.byDocument.get("restraining-order.docx")!.map((r) => r.id)).toEqual(expect.arrayContaining(["prohibition", "terms", "cipher", "period", "signature"]));
    expect(requirements.byDocument.get("order.docx")!.map((r) => r.id)).toEqual(expect.arrayContaining(["power", "property-items", "regard", "signature"]));
    expect(requirements.byDocument.get("application.docx")!.map((r) => r.id)).toEqual(
      expect.arrayContaining(["schedule", "property-condition", "purpose-condition", "signature"]),
    );
  });

  it("reports a missing file, bad JSON, an unknown document and a document that declares nothing", () => {
    expect(loadRequirements(dir, documents, () => deprivationViewShape).diagnostics.map((d) => d.message)).toEqual(["there is no requirements.json beside the templates"]);
    expect(load('{\n  "documents": {\n    "order.txt": 1,\n  }\n}').diagnostics[0]).toMatchObject({ line: 4, message: expect.stringMatching(/is not valid JSON/) });
    const repo = JSON.parse(readFileSync(join(repoTemplates, "requirements.json"), "utf8")) as { documents: Record<string, unknown> };
    const { "order.txt": orderText, "restraining-order.docx": _order, "restraining-notice.docx": _notice, "confidential-schedule.docx": _schedule, "shpo-notice.docx": _shpoNotice, "shpo-order.docx": _shpoOrder, "platform-reports.docx": _reports, "plan-checklist.docx": _checklist, "result.txt": _resultText, "result.docx": _resultDocx, ...rest } = repo.documents;
    const messages = load({ documents: { ...rest, "notice.docx": orderText } }).diagnostics.map((d) => d.message);
    expect(messages).toEqual([
      'requirements are declared for "notice.docx", but there is no template notice.docx.hbs',
      'the document "order.txt" declares nothing it must contain',
    ]);
  });

  it("reports a requirement that names a value the documents do not receive, or is malformed", () => {
    const requirements = load({
      documents: {
        "application.docx": { requires: [{ id: "a", element: "x", text: ["{{law.powr}}"] }] },
        "order.docx": { requires: [{ id: "b", element: "y", forEach: "defendant", in: "footer", pattern: "(" }] },
        "order.txt": { requires: [{ id: "c", element: "z", forEach: "property", text: ["{{description}} {{@root.reference}}"], extra: 1 }] },
      },
    });
    expect(requirements.diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual([
      '6 application.docx "a": "{{law.powr}}" is not a value the documents receive',
      '17 order.docx "b": "in" must be one of: heading, centered, paragraph, numbered, bullet, table, signature',
      expect.stringMatching(/^17 order\.docx "b": "pattern" is not a valid regular expression/),
      '17 order.docx "b": "forEach" must name a list of the case, such as "property"',
      '28 order.txt "c": unknown key "extra" (the keys are: id, element, citation, in, sameBlock, forEach, when, text, pattern)',
    ]);
  });
});

describe("checking a drafted document for a required element", () => {
  const viewModel = buildViewModel(validCase());
  const document: StructuredDocument = {
    properties: { title: "t", language: "en-GB", date: "2026-09-07" },
    blocks: [
      { type: "numbered", runs: [{ text: "Under Sentencing Act 2020, s.153, Martin OAKES is deprived of his rights." }] },
      { type: "table", header: [[{ text: "Item" }], [{ text: "Identifiers" }]], rows: [[[{ text: "Samsung Galaxy S23 mobile telephone, grey, in a black case" }], [{ text: "Exhibit KT/1; IMEI 356789104563218" }]]] },
    ],
  };
  const requirement = (fields: Partial<Requirement>): Requirement => ({ id: "r", element: "e", line: 1, ...fields });

  it("finds text with the case's values filled in, within one block when asked", () => {
    expect(missingElement(requirement({ in: "numbered", sameBlock: true, text: ["{{law.power}}", "{{defendant.name}}"], pattern: "deprived of (his|her|their) rights" }), document, viewModel)).toBeUndefined();
    expect(missingElement(requirement({ in: "table", forEach: "property", sameBlock: true, text: ["{{description}}", "{{identifiers.exhibit}}", "{{identifiers.serial}}"] }), document, viewModel)).toBeUndefined();
  });

  it("says what is missing", () => {
    expect(missingElement(requirement({ text: ["{{law.regard}}"] }), document, viewModel)).toBe('"{{law.regard}}" is not there');
    // A case's value is never quoted: the piece is named as requirements.json writes it.
    const withoutItems: StructuredDocument = { ...document, blocks: [document.blocks[0], { type: "table", header: [[{ text: "Item" }]], rows: [] }] };
    expect(missingElement(requirement({ in: "table", forEach: "property", text: ["{{description}}"] }), withoutItems, viewModel)).toBe('item 1: "{{description}}" is not there in a table block');
    expect(missingElement(requirement({ in: "signature" }), document, viewModel)).toBe("it has no signature block");
    expect(missingElement(requirement({ in: "numbered", pattern: "forfeit" }), document, viewModel)).toBe("nothing matches /forfeit/ in a numbered block");
    expect(missingElement(requirement({ sameBlock: true, text: ["{{defendant.name}}", "KT/1"] }), document, viewModel)).toBe("its parts are not together in one block");
  });

  it("applies a `when` requirement only to cases where the value is present", () => {
    const without = { ...viewModel, anonymity: false };
    expect(missingElement(requirement({ when: "anonymity", text: ["lifelong anonymity"] }), document, without)).toBeUndefined();
    expect(missingElement(requirement({ when: "anonymity", text: ["lifelong anonymity"] }), document, { ...viewModel, anonymity: true })).toBe('"lifelong anonymity" is not there');
  });
});
