import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Handlebars from "handlebars";
import { analyseCaseText } from "../../src/pipeline/analyse";
import { buildViewModel } from "../../src/view/buildViewModel";
import { sourceHash, type PrecompiledTemplate } from "../../src/render/precompiled";
import { COMPILE_OPTIONS, loadTemplates, readTemplateSources } from "../../src/render/templates";

const root = join(__dirname, "..", "..");
const templatesDir = join(root, "templates");
const examplesDir = join(root, "examples");

/** What scripts/build-templates.js makes of a folder of templates, as objects rather than code. */
function precompile(dir: string): Map<string, PrecompiledTemplate> {
  const { documents, partials } = readTemplateSources(dir);
  return new Map(
    [...documents, ...partials].map(([path, source]) => [
      path,
      // eslint-disable-next-line no-eval -- the build writes this code into a module; here it is read back as one.
      { sha256: sourceHash(source), spec: (0, eval)(`(${Handlebars.precompile(source, COMPILE_OPTIONS)})`) },
    ]),
  );
}

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
