import type { Severity } from "../diagnostics/types";

/**
 * Every kind of finding `ancillary check` reports, for tools: SARIF describes
 * each (code scanning shows the summary by the finding, the description and
 * the fix in the alert, and links to docs/templates.md, where each has a
 * section under its id).
 */
export interface CheckRule {
  id: string;
  severity: Severity;
  /** One sentence: what is wrong. */
  summary: string;
  /** What the check looked at, and why it matters. */
  description: string;
  /** What to do about it. */
  fix: string;
}

/** The page, relative to the package root, whose section `#<id>` documents each rule. */
export const CHECK_RULES_PAGE = "docs/templates.md";

export const CHECK_RULES: ReadonlyArray<CheckRule> = [
  {
    id: "template-syntax",
    severity: "error",
    summary: "A template does not compile.",
    description: "The check compiles every template as drafting does. A {{ without its }}, a block opened with {{#if}} and never closed, or closed in the wrong order, stops the template compiling, and no document can be drafted with it.",
    fix: "Correct the markup at the line and column given: every {{ needs a }}, and every {{#name}} a matching {{/name}}, closed in the reverse order they were opened.",
  },
  {
    id: "template-unknown-variable",
    severity: "error",
    summary: "A template uses a name the documents do not receive.",
    description: "Every {{name}} is checked against what the templates receive from a case, in the place it is used (inside {{#each property}} the names are an item's). A misspelt or retired name would stop drafting, or print nothing where words are needed.",
    fix: "Use the name the message suggests, or one of the names the hint lists for that place (docs/templates.md lists them all).",
  },
  {
    id: "template-unknown-helper",
    severity: "error",
    summary: "A template calls a helper that does not exist.",
    description: "A helper is a word in {{ }} followed by values, such as {{pick defendant.pronoun ...}}. Only the helpers the renderer registers exist; any other stops drafting.",
    fix: "Use one of the helpers the hint lists (docs/templates.md shows how each is written), or write the wording out.",
  },
  {
    id: "template-helper-usage",
    severity: "error",
    summary: "A helper or partial is written the wrong way.",
    description: "Each helper is either a block ({{#if}} ... {{/if}}) or written inline, and takes a set number of values; a partial takes at most one value. Written otherwise, it fails or says something else.",
    fix: "Write it as the example in the hint shows.",
  },
  {
    id: "template-not-a-value",
    severity: "error",
    summary: "A template prints a list or a group of values as if it were one value.",
    description: "Names such as {{property}} or {{defendant}} hold several values; printed whole they give nothing a court can read.",
    fix: "Go through a list with {{#each}} and print a field of each item, or print one field of a group, as the hint shows.",
  },
  {
    id: "template-not-a-list",
    severity: "error",
    summary: "{{#each}} is given something that is not a list.",
    description: "{{#each}} repeats its wording for every item of a list; given a single value or a group it repeats nothing, or something meaningless.",
    fix: "Give {{#each}} a list such as property, or use {{#if}} to test a value and {{#with}} to print a group's fields.",
  },
  {
    id: "template-unsupported",
    severity: "error",
    summary: "A template uses a feature drafting does not allow.",
    description: "Inline partials and decorators, literal values in {{ }}, partials named at run time, and the built-in helpers log (which would print the case to the terminal) and lookup (names worked out while drafting) are refused, so that every template can be checked before anything is drafted.",
    fix: "Put shared wording in its own partial (templates/partials/<name>.hbs, used as {{> name}}), write fixed wording as plain text, and write names out in full.",
  },
  {
    id: "template-unknown-partial",
    severity: "error",
    summary: "A template includes a partial that does not exist.",
    description: "{{> name}} includes templates/partials/<name>.hbs; with no such file, drafting stops.",
    fix: "Use the name the message suggests or one the hint lists, or add the partial.",
  },
  {
    id: "template-recursion",
    severity: "error",
    summary: "A partial includes itself.",
    description: "A partial that includes itself, directly or through other partials, would make drafting go on for ever; drafting refuses it.",
    fix: "Remove one of the {{> }} in the chain the message names.",
  },
  {
    id: "template-limit",
    severity: "error",
    summary: "Blocks and partials are nested too deeply, or partials included too many times over.",
    description: "Drafting bounds how deeply blocks and partials may sit inside one another, and how many inclusions a document may make, so that it always ends, and soon.",
    fix: "Flatten the {{#...}} blocks, shorten the chain of partials, or include each partial fewer times.",
  },
  {
    id: "template-unused-partial",
    severity: "warning",
    summary: "A partial is not used by any document, so it is not checked.",
    description: "Names in a partial are checked where a document uses it; a partial no document uses is never checked, and its wording reaches no one.",
    fix: "Use it as {{> name}} in a document, or delete the file.",
  },
  {
    id: "template-not-a-document",
    severity: "warning",
    summary: "A file in the templates folder is neither a partial nor a document template that an order type drafts.",
    description: "A document template is named <name>.docx.hbs or <name>.txt.hbs and is listed among an order type's documents (src/orders/<order>/index.ts); a partial lives in templates/partials/. Any other .hbs file is not used, which is reported rather than ignored silently.",
    fix: "Rename the file, move it to templates/partials/, list it in its order type's documents, or delete it.",
  },
  {
    id: "template-render",
    severity: "error",
    summary: "A document could not be drafted for some cases.",
    description: "The check drafts every document for every example and drafting test case. A template that compiles can still fail while drafting, for example on a name the case does not have.",
    fix: "The other findings for the same template usually say why; fix those first.",
  },
  {
    id: "template-required-element",
    severity: "error",
    summary: "A document no longer contains something the law requires it to say.",
    description: "templates/requirements.json lists, for each document, what it must contain (the power and its section, each item of property with its identifiers, the conditions, the signature block ...). The check drafts every example and test case and reports an element that is missing, at the place in the template where the approved wording (the golden files) had it.",
    fix: "Restore the wording where it was. Change requirements.json only with a lawyer's agreement, and only because the law changed.",
  },
  {
    id: "template-requirements",
    severity: "error",
    summary: "templates/requirements.json cannot be read as a list of requirements.",
    description: "requirements.json must be valid JSON, declare what every document must contain, and use only the keys and names the check knows; otherwise no requirement can be checked.",
    fix: "Correct it at the line given; docs/templates.md describes its keys.",
  },
  {
    id: "wording-changed",
    severity: "error",
    summary: "A paragraph of a document differs from its approved wording.",
    description: "Each document drafted for each example and test case is compared, paragraph by paragraph, with its golden file: the approved plain text. Each changed, added or removed paragraph is one finding, at the template line it most likely comes from (for a removed paragraph, where it was).",
    fix: "Run `ancillary check` to read the difference. If it is intended, run `ancillary check --update` and commit the golden files with the template; if not, correct the template.",
  },
  {
    id: "golden-missing",
    severity: "error",
    summary: "A case has no golden file for a document it drafts.",
    description: "Every document drafted for every example and test case must have approved wording to compare with; a new case or document has none yet.",
    fix: "Read the documents it drafts, then run `ancillary check --update` and commit the files it writes.",
  },
  {
    id: "golden-stale",
    severity: "error",
    summary: "A golden file belongs to no case or document any more.",
    description: "A golden file whose case or template was removed or renamed is compared with nothing: it looks like approved wording, but nothing checks it.",
    fix: "If that was intended, run `ancillary check --update`, which removes the golden files it wrote (or remove one it did not write yourself).",
  },
  {
    id: "example-not-drafted",
    severity: "warning",
    summary: "An example case could not be drafted, so the templates are not checked against it.",
    description: "Every example in examples/ should draft. One with errors, or whose file name is refused, is left out of the check, and the wording it would show is not compared.",
    fix: "Run `ancillary validate` on it and fix it, or rename the file as the message says.",
  },
];
