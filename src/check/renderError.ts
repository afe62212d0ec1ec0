/**
 * What Handlebars says when drafting stops, told in the check's words. Its own
 * messages carry what they were looking in ('"x" not defined in [object
 * Object]', or the text of a case's value when that was a string), and other
 * errors are JavaScript's: neither belongs in a finding. Only a name the
 * template itself wrote, and Handlebars' place in the template, are kept.
 */
export interface RenderProblem {
  message: string;
  /** 1-based, where Handlebars says it stopped. */
  line?: number;
  column?: number;
}

/** Handlebars' messages about how a block helper was written: about the template, and safe to repeat. */
const ABOUT_THE_TEMPLATE = [/^Must pass iterator to #each$/, /^#(if|unless|with) requires exactly one argument$/];

export function describeRenderError(error: unknown): RenderProblem {
  const e = (typeof error === "object" && error !== null ? error : {}) as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const raw = typeof e.message === "string" ? e.message.replace(/ - \d+:\d+$/, "") : "";
  const place = typeof e.lineNumber === "number" && typeof e.column === "number" ? { line: e.lineNumber, column: e.column + 1 } : {};
  const notDefined = /^"([^"\n]{1,200})" not defined in /.exec(raw);
  if (notDefined) return { message: `"${notDefined[1]}" is not defined where the template uses it`, ...place };
  const helper = /^Missing helper: "([^"\n]{1,200})"$/.exec(raw);
  if (helper) return { message: `unknown helper "${helper[1]}"`, ...place };
  if (ABOUT_THE_TEMPLATE.some((pattern) => pattern.test(raw))) return { message: raw, ...place };
  return { message: "drafting stopped with an error in the template or a helper", ...place };
}
