import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { buildViewModel } from "../../src/orders/deprivation/view";
import { loadTemplates } from "../../src/render/templates";
import { precompile } from "../support/precompile";

const root = join(__dirname, "..", "..");
const templatesDir = join(root, "templates");
const examplesDir = join(root, "examples");

const viewModels = readdirSync(examplesDir)
  .filter((file) => file.endsWith(".yaml"))
  .map((file) => buildViewModel(analyseCaseText(readFileSync(join(examplesDir, file), "utf8")).case!));

describe("precompiled templates", () => {
  it("render every example exactly as templates compiled at run time do", () => {
    const precompiled = loadTemplates(templatesDir, precompile(templatesDir));
    const compiled = loadTemplates(templatesDir, new Map());
    expect(precompiled.map((t) => t.fileName)).toEqual(compiled.map((t) => t.fileName));
    for (const viewModel of viewModels) {
      precompiled.forEach((template, index) => expect(template.render(viewModel)).toBe(compiled[index].render(viewModel)));
    }
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
      const text = viewModels.map((viewModel) => order.render(viewModel)).join("\n");
      expect(text).toContain("EDITED SINCE THE BUILD");
      const everything = loadTemplates(edited, built).flatMap((t) => viewModels.map((viewModel) => t.render(viewModel))).join("\n");
      expect(everything).toContain("PARTIAL EDITED");
    });
  });
});
