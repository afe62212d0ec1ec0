import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { planDocuments } from "../../src/plan/checklist";
import { documentShapeOf } from "../../src/check/documentShapes";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import type { Case } from "../../src/case/types";
import { everyDocumentOf, orderTypes, ordersAppliedFor, rulesOf, allRules } from "../../src/orders/index";
import { resultSheet } from "../../src/result/index";
import { loadTemplateSet } from "../../src/check/compile";
import { checkVariables } from "../../src/check/variables";
import { caseViewShape } from "../../src/view/shape";
import { defineOrderType } from "../../src/orders/types";
import { layOut, renderCase } from "../../src/pipeline/draftCase";
import { reasonNotDraftable } from "../../src/pipeline/draftable";
import { loadTemplates } from "../../src/render/templates";
import { buildCaseView } from "../../src/view/caseView";
import { escapeUserText } from "../../src/render/markupEscape";
import { InputError } from "../../src/load/errors";
import { validCase } from "../support/cases";

const root = join(__dirname, "..", "..");
const src = join(root, "src");

/**
 * An order type that exists only in this test: a notice drafted from one
 * template, applied for under `applications.notice`. Nothing outside this
 * file knows of it.
 */
const notice = defineOrderType({
  id: "notice",
  applicationKey: "notice",
  applicationName: "notice application",
  appliedPath: "applications.notice.reason",
  schemaPointer: "/properties/applications/properties/notice",
  isAppliedFor: (theCase) => typeof (theCase.applications as Record<string, { reason?: string }> | undefined)?.notice?.reason === "string",
  rules: [],
  documents: [{ template: "notice.txt.hbs", fileName: "notice.txt" }],
  buildView: (theCase) => ({ ...buildCaseView(theCase), reason: escapeUserText((theCase.applications as Record<string, { reason: string }>).notice.reason) }),
  viewShape: { ...caseViewShape, reason: "text" },
  law: [],
});

function withNotice(theCase: Case, reason: string): Case {
  return { ...theCase, applications: { ...theCase.applications, notice: { reason } } as Case["applications"] };
}

/** The templates folder with the notice's template added, in a scratch folder. */
function templatesWithNotice(): string {
  const dir = mkdtempSync(join(tmpdir(), "ancillary-orders-"));
  cpSync(join(root, "templates"), dir, { recursive: true });
  writeFileSync(join(dir, "notice.txt.hbs"), "# Notice\n\n{{defendant.name}} is given notice: {{reason}}.\n");
  return dir;
}

describe("an order type registered beside the deprivation order", () => {
  let dir: string;
  beforeAll(() => {
    dir = templatesWithNotice();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has its document drafted with the deprivation order's, through the same writers", () => {
    const theCase = withNotice(validCase(), "to attend");
    const drafted = renderCase(theCase, [...orderTypes, notice], loadTemplates(dir, new Map()));
    expect(drafted.map((d) => d.fileName)).toEqual(["application.docx", "order.docx", "order.txt", "notice.txt"]);
    const text = Buffer.from(layOut(drafted[3])).toString("utf8");
    expect(text).toContain(`${theCase.defendant.name} is given notice: to attend.`);
  });

  it("drafts nothing of an order the case does not apply for", () => {
    const drafted = renderCase(validCase(), [...orderTypes, notice], loadTemplates(dir, new Map()));
    expect(drafted.map((d) => d.fileName)).toEqual(["application.docx", "order.docx", "order.txt"]);
  });

  it("drafts the one order a case applies for when it applies for no deprivation order", () => {
    const theCase = withNotice({ ...validCase(), applications: {} }, "to attend");
    expect(ordersAppliedFor(theCase, [...orderTypes, notice]).map((o) => o.id)).toEqual(["notice"]);
    expect(reasonNotDraftable(theCase, [...orderTypes, notice])).toBeUndefined();
    expect(renderCase(theCase, [...orderTypes, notice], loadTemplates(dir, new Map())).map((d) => d.fileName)).toEqual(["notice.txt"]);
  });

  it("is named, with the deprivation order, when a case applies for neither", () => {
    const reason = reasonNotDraftable({ ...validCase(), applications: {} }, [...orderTypes, notice]);
    expect(reason).toContain(
      "no deprivation application, restraining order application, sexual harm prevention order proposal or notice application (applications.deprivation.property, applications.restraining.terms, applications.shpo.prohibitions or applications.shpo.requirements, applications.notice.reason)",
    );
  });

  it("has its template's names checked against its own view, not the deprivation order's", () => {
    const orders = [...orderTypes, notice];
    const found = (template: string) => {
      writeFileSync(join(dir, "notice.txt.hbs"), template);
      return checkVariables(loadTemplateSet(dir), (document) => documentShapeOf(`${document}.hbs`, orders)).diagnostics.map((d) => `${d.file.split(sep).pop()} ${d.ruleId} ${d.message}`);
    };
    try {
      expect(found("{{defendant.name}}: {{reason}}\n")).toEqual([]);
      expect(found("{{reason}} {{application.disposal}}\n")).toEqual(['notice.txt.hbs template-unknown-variable unknown variable "application.disposal"']);
    } finally {
      writeFileSync(join(dir, "notice.txt.hbs"), "# Notice\n\n{{defendant.name}} is given notice: {{reason}}.\n");
    }
  });

  it("refuses, as one line naming the file, to draft a document whose template the folder lacks", () => {
    const templates = loadTemplates(dir, new Map()).filter((t) => t.fileName !== "notice.txt");
    const theCase = withNotice(validCase(), "to attend");
    const thrown = (() => {
      try {
        renderCase(theCase, [...orderTypes, notice], templates);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(InputError);
    expect({ file: (thrown as InputError).filePath.split("/").pop(), message: (thrown as InputError).message }).toEqual({
      file: "notice.txt.hbs",
      message: "is missing: an order drafts a document from it; restore it (or reinstall ancillary)",
    });
  });

  it("adds its rules between the rules for every case, each listed once", () => {
    const extra = { ...allRules[0], id: "notice-reason" };
    const ids = rulesOf([...orderTypes, { ...notice, rules: [extra] }]).map((r) => r.id);
    expect(ids.filter((id) => id === "complainant-named")).toHaveLength(1);
    expect(ids.indexOf("notice-reason")).toBe(ids.indexOf("platform-report-in-force") + 1);
    expect(ids.slice(-2)).toEqual(["unverified-law", "law-currency"]);
  });
});

describe("the order registry", () => {
  it("lists every rule once, the deprivation order's where `ancillary rules` has always listed them, then the restraining order's, then the sexual harm prevention order's, then the platform report's, then the outcome's", () => {
    expect(allRules.map((r) => r.id)).toEqual([
      "jurisdiction",
      "code-commencement",
      "references-resolve",
      "conviction-required",
      "offence-in-force",
      "provision-precise",
      "dates-consistent",
      "property-condition",
      "purpose-condition",
      "no-possession-offence",
      "information-not-property",
      "property-identified",
      "value-and-effects",
      "proportionality",
      "remote-data",
      "complainant-named",
      "evidence-of-use",
      "third-party-property",
      "destruction-scope",
      "lawful-material",
      "deprivation-not-sought",
      "restraining-protects",
      "restraining-necessity",
      "restraining-period",
      "restraining-prohibits-only",
      "restraining-double-negative",
      "restraining-place",
      "restraining-retention",
      "shpo-listing",
      "shpo-listing-unverified",
      "shpo-necessity",
      "shpo-terms",
      "shpo-period",
      "shpo-prohibitions-forbid",
      "shpo-requirements-require",
      "shpo-unsettled-terms",
      "shpo-holiday-data",
      "platform-report-location",
      "platform-report-in-force",
      "outcome-references",
      "outcome-date",
      "outcome-decision",
      "unverified-law",
      "law-currency",
    ]);
  });

  it("gives each order type its own section of the case format, and the format no section without an order", () => {
    const schema = JSON.parse(readFileSync(join(root, "schemas", "case.schema.json"), "utf8"));
    const at = (pointer: string) => pointer.split("/").slice(1).reduce((node, key) => node?.[key], schema);
    const applied = orderTypes.filter((order) => order.applicationKey !== undefined);
    for (const order of applied) {
      expect({ order: order.id, pointer: order.schemaPointer, found: at(order.schemaPointer!) !== undefined }).toEqual({ order: order.id, pointer: order.schemaPointer, found: true });
      expect(order.schemaPointer).toBe(`/properties/applications/properties/${order.applicationKey}`);
      expect(order.appliedPath!.startsWith(`applications.${order.applicationKey}.`)).toBe(true);
      expect(order.applicationName).toBeDefined();
    }
    expect(Object.keys(at("/properties/applications/properties")).sort()).toEqual(applied.map((o) => o.applicationKey).sort());
  });

  it("gives a document drafted with no application none of an application's parts", () => {
    const unapplied = orderTypes.filter((order) => order.applicationKey === undefined);
    expect(unapplied.map((order) => order.id)).toEqual(["platform-report"]);
    for (const order of unapplied) expect([order.applicationName, order.appliedPath, order.schemaPointer]).toEqual([undefined, undefined, undefined]);
  });

  it("rests each order on entries the law table has", () => {
    const table = JSON.parse(readFileSync(join(src, "law", "table.json"), "utf8"));
    for (const order of orderTypes) {
      const missing = order.law.filter((path) => path.split(".").reduce((node, key) => node?.[key], table) === undefined);
      expect({ order: order.id, missing }).toEqual({ order: order.id, missing: [] });
    }
  });

  it("gives every document template in templates/ to exactly one order, and every order's template exists", () => {
    const templates = readdirSync(join(root, "templates")).filter((f) => /\.(docx|txt)\.hbs$/.test(f));
    const owned = orderTypes.flatMap((o) => everyDocumentOf(o).map((d) => d.template));
    // The templates no order drafts: the plan's checklist (src/plan/checklist.ts) and the results sheet (src/result/index.ts).
    expect([...owned, ...planDocuments.map((d) => d.template), ...resultSheet.documents.map((d) => d.template)].sort()).toEqual([...templates].sort());
    expect(new Set(orderTypes.flatMap((o) => everyDocumentOf(o).map((d) => d.fileName))).size).toBe(owned.length);
  });
});

/** Every relative import of every .ts file under src/, as paths within src/ (without extension). */
function importsBySource(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts")) files.push(path);
    }
  };
  walk(src);
  const rel = (path: string) => relative(src, path).split(sep).join("/");
  const known = new Set(files.map((f) => rel(f).replace(/\.ts$/, "")));
  const result = new Map<string, string[]>();
  for (const file of files) {
    const from = rel(file).replace(/\.ts$/, "");
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(/(?:\bfrom|\bimport|\bimport\(|\brequire\()\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => {
      const target = relative(src, join(file, "..", m[1])).split(sep).join("/");
      return known.has(target) ? target : known.has(`${target}/index`) ? `${target}/index` : target;
    });
    result.set(from, targets);
  }
  return result;
}

describe("where order types may be named", () => {
  const imports = importsBySource();

  it.each(["writers", "cli", "render", "files", "batch", "pipeline", "check", "output"])("src/%s names no particular order type", (folder) => {
    const naming = [...imports].filter(([from]) => from.startsWith(`${folder}/`)).flatMap(([from, targets]) => targets.filter((t) => /^orders\/(?!index$|types$)/.test(t)).map((t) => `${from} -> ${t}`));
    expect(naming).toEqual([]);
  });

  it.each(["rules", "view", "render", "writers", "case", "law", "schema", "load"])("src/%s, below the orders, imports nothing from src/orders", (folder) => {
    const upward = [...imports].filter(([from]) => from.startsWith(`${folder}/`)).flatMap(([from, targets]) => targets.filter((t) => t.startsWith("orders/")).map((t) => `${from} -> ${t}`));
    expect(upward).toEqual([]);
  });

  it("has no import cycle in src/", () => {
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (state.get(node) === "done") return;
      if (state.get(node) === "open") {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(" -> "));
        return;
      }
      state.set(node, "open");
      for (const next of imports.get(node) ?? []) visit(next, [...trail, node]);
      state.set(node, "done");
    };
    for (const node of imports.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
