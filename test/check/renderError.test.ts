import Handlebars from "handlebars";
import { describeRenderError } from "../../src/check/renderError";

/** What Handlebars throws when this template is drafted, strictly, as the renderer does, with this data. */
function thrown(template: string, data: unknown): unknown {
  try {
    Handlebars.compile(template, { strict: true, noEscape: true })(data);
  } catch (error) {
    return error;
  }
  throw new Error("it drafted");
}

describe("a template that fails while drafting, told in the check's words", () => {
  it("names the missing name and the place, without what Handlebars was looking in", () => {
    expect(describeRenderError(thrown("a\n  {{defendant.nmae}}", { defendant: { name: "Sam KIRKBRIDE" } }))).toEqual({
      message: '"nmae" is not defined where the template uses it',
      line: 2,
      column: 5, // the name itself, inside the {{ }}
    });
  });

  it("never repeats a case's text that Handlebars put in its message", () => {
    // Going into a string: Handlebars' message then holds the string itself.
    const error = thrown("{{#each defendant.name}}{{size}}{{/each}}", { defendant: { name: ["Sam KIRKBRIDE"] } });
    expect(String((error as Error).message)).toContain("Sam KIRKBRIDE");
    expect(JSON.stringify(describeRenderError(error))).not.toContain("KIRKBRIDE");
  });

  it("keeps Handlebars' words about how a block was written", () => {
    expect(describeRenderError(thrown("{{#if a b}}x{{/if}}", { a: 1, b: 2 })).message).toBe("#if requires exactly one argument");
  });

  it("says nothing of JavaScript's own errors, or of something thrown that is not an error", () => {
    expect(describeRenderError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toEqual({ message: "drafting stopped with an error in the template or a helper" });
    expect(describeRenderError({ toString: () => "[object Object]" }).message).toBe("drafting stopped with an error in the template or a helper");
    expect(describeRenderError("a string").message).toBe("drafting stopped with an error in the template or a helper");
  });
});
