import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import Handlebars from "handlebars";
import { templatesDir } from "../paths";
import { templateHelpers } from "./helpers";

/** One document the templates can produce, e.g. "order.docx" from templates/order.docx.hbs. */
export interface DocumentTemplate {
  /** The output file name: the template's name without .hbs. */
  fileName: string;
  /** "docx" or "txt": which writer lays it out. */
  format: "docx" | "txt";
  sourcePath: string;
  render(viewModel: object): string;
}

/** Partials live in templates/partials/<name>.hbs and are used as {{> name}}. */
export function loadTemplates(dir: string = templatesDir): DocumentTemplate[] {
  const handlebars = Handlebars.create();
  handlebars.registerHelper(templateHelpers);
  const partialsDir = join(dir, "partials");
  for (const file of safeList(partialsDir).filter((f) => f.endsWith(".hbs"))) {
    // A partial is used inline, so its file's final newline is not part of it.
    handlebars.registerPartial(basename(file, ".hbs"), readFileSync(join(partialsDir, file), "utf8").replace(/\r?\n$/, ""));
  }
  return safeList(dir)
    .filter((file) => /\.(docx|txt)\.hbs$/.test(file))
    .sort()
    .map((file) => {
      const sourcePath = join(dir, file);
      const compiled = handlebars.compile(readFileSync(sourcePath, "utf8"), {
        // Values are made markup-inert by the view model; the output is markup, not HTML.
        noEscape: true,
        strict: true,
        knownHelpersOnly: false,
      });
      const fileName = basename(file, ".hbs");
      return {
        fileName,
        format: fileName.endsWith(".docx") ? ("docx" as const) : ("txt" as const),
        sourcePath,
        render: (viewModel: object) => compiled(viewModel),
      };
    });
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
