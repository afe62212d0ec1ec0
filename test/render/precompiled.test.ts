import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { ordersAppliedFor } from "../../src/orders/index";
import { loadTemplates } from "../../src/render/templates";
import type { PrecompiledTemplate } from "../../src/render/precompiled";
import { resultSheet } from "../../src/result/index";
import { precompile } from "../support/precompile";
import { planDocuments } from "../../src/plan/checklist";
import { buildChecklistView } from "../../src/plan/checklistView";
import { planCase } from "../../src/plan/planCase";

const root = join(__dirname, "..", "..");
const templatesDir = join(root, "templates");
const examplesDir = join(root, "examples");

/** Each example's documents: each template with the view of the order that drafts it. */
const drafted = readdirSync(examplesDir)
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => analyseCaseText(readFileSync(join(examplesDir, file), "utf8")).case!)
  .flatMap((theCase) =>
    ordersAppliedFor(theCase).flatMap((order) => [
      ...order.documents.map((d) => ({ fileName: d.fileName, view: order.buildView(theCase) })),
      ...(order.confidential?.documents ?? []).map((d) => ({ fileName: d.fileName, view: order.confidential!.buildView(theCase) })),
    ]),
  )
  // And each example's plan checklist, which belongs to no order.
  .concat(
    readdirSync(examplesDir)
      .filter((file) => file.endsWith(".yaml"))
      .map((file) => analyseCaseText(readFileSync(join(examplesDir, file), "utf8")).case!)
      .flatMap((theCase) => planDocuments.map((d) => ({ fileName: d.fileName, view: buildChecklistView(theCase, planCase(theCase)) }))),
  );

/** The results sheet of each report example that records an outcome. */
const reportDir = join(examplesDir, "report");
drafted.push(
  ...readdirSync(reportDir)
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => analyseCaseText(readFileSync(join(reportDir, file), "utf8")).case!)
    .filter((theCase) => theCase.outcome !== undefined)
    .flatMap((theCase) => resultSheet.documents.map((d) => ({ fileName: d.fileName, view: resultSheet.buildView(theCase) as object }))),
);

describe("precompiled templates", () => {
  it("render every example exactly as templates compiled at run time do", () => {
    const precompiled = loadTemplates(templatesDir, precompile(templatesDir));
    const compiled = loadTemplates(templatesDir, new Map());
    expect(precompiled.map((t) => t.fileName)).toEqual(compiled.map((t) => t.fileName));
    expect(new Set(drafted.map((d) => d.fileName))).toEqual(new Set(compiled.map((t) => t.fileName)));
    for (const { fileName, view } of drafted) {
      const index = compiled.findIndex((t) => t.fileName === fileName);
      expect(precompiled[index].render(view)).toBe(compiled[index].render(view));
    }
  });

  describe("loading", () => {
    /** The build's templates, counting whose code is read (the build's index loads a template's module then). */
    function counting(): { templates: Map<string, PrecompiledTemplate>; read: string[] } {
      const read: string[] = [];
      const templates = new Map(
        [...precompile(templatesDir)].map(([path, { sha256, spec }]) => [
          path,
          {
            sha256,
            get spec() {
              read.push(path);
              return spec;
            },
          },
        ]),
      );
      return { templates, read };
    }

    it("loads no template's code before a document is rendered", () => {
      const { templates, read } = counting();
      loadTemplates(templatesDir, templates);
      expect(read).toEqual([]);
    });

    it("loads the code of only the templates a draft renders, and their partials, once each", () => {
      const { templates, read } = counting();
      const loaded = loadTemplates(templatesDir, templates);
      const order = loaded.find((t) => t.fileName === "order.txt")!;
      for (const { view } of drafted.filter((d) => d.fileName === "order.txt")) order.render(view);
      expect(read).toContain("order.txt.hbs");
      expect(read.filter((path) => !path.startsWith("partials/"))).toEqual(["order.txt.hbs"]);
      expect(new Set(read).size).toBe(read.length);
    });

    it("is what the build writes: an index whose entries load their code when read", () => {
      const index = join(root, "dist", "render", "precompiledTemplates.js");
      const source = readFileSync(index, "utf8");
      const built = jest.requireActual<Record<string, PrecompiledTemplate>>(index);
      const paths = Object.keys(built);
      expect(paths).toEqual(expect.arrayContaining(["order.txt.hbs", "order.docx.hbs"]));
      // The index holds hashes and loaders, not the templates' code.
      expect(source).not.toContain("container.lambda");
      for (const path of paths) expect(Object.getOwnPropertyDescriptor(built[path], "spec")?.get).toBeDefined();
      expect(typeof (built["order.txt.hbs"].spec as { main?: unknown }).main).toBe("function");
    });
  });

  describe("a template edited since the build", () => {
    let edited: string;
    beforeAll(() => {
      edited = mkdtempSync(join(tmpdir(), "ancillary-templates-"));
      cpSync(templatesDir, edited, { recursive: true });
    });
    afterAll(() => rmSync(edited, { recursive: true, force: true }));

    it("is compiled afresh from its source, not run from the build's code", () => {
      const built = precompile(edited);
      const orderPath = join(edited, "order.txt.hbs");
      writeFileSync(orderPath, `EDITED SINCE THE BUILD\n${readFileSync(orderPath, "utf8")}`);
      const partial = readdirSync(join(edited, "partials")).sort()[0];
      writeFileSync(join(edited, "partials", partial), `PARTIAL EDITED ${readFileSync(join(edited, "partials", partial), "utf8")}`);
      const order = loadTemplates(edited, built).find((t) => t.fileName === "order.txt")!;
      const text = drafted.filter((d) => d.fileName === "order.txt").map((d) => order.render(d.view)).join("\n");
      expect(text).toContain("EDITED SINCE THE BUILD");
      const templates = loadTemplates(edited, built);
      const everything = drafted.map((d) => templates.find((t) => t.fileName === d.fileName)!.render(d.view)).join("\n");
      expect(everything).toContain("PARTIAL EDITED");
    });
  });
});
