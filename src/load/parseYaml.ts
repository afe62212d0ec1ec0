import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, Scalar, type Node } from "../vendor/yaml";
import type { CasePath, Finding, SourcePosition } from "../diagnostics/types";

/** The YAML as plain data, with where each value came from. */
export interface ParsedYaml {
  data: unknown;
  /** Position of the value at a path (or of its nearest ancestor that exists). */
  locate(path: CasePath): SourcePosition;
  /** The exact source text of a plain scalar, e.g. "01234567890" for a number. */
  sourceText(path: CasePath): string | undefined;
}

export type ParseResult = { ok: true; parsed: ParsedYaml } | { ok: false; findings: Finding[]; locate: ParsedYaml["locate"] };

const MAX_ALIAS_EXPANSIONS = 100;
const MAX_DEPTH = 64;
const TOO_DEEP = `the YAML is nested more than ${MAX_DEPTH} levels deep`;
const TOO_DEEP_HINT = "a case is only a few levels deep: check the indentation and that every bracket is closed";

interface NodeRecord {
  position: SourcePosition;
  source?: string;
}

/**
 * Parses YAML 1.2 (core schema: `no` stays a word, dates stay text) into data and
 * a position index. Refuses several documents, duplicate keys, alias bombs and
 * absurd nesting with a finding, never an exception.
 */
export function parseYaml(source: string): ParseResult {
  // A byte-order mark is invisible in editors: drop it so line 1's columns match.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const positionOf = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const records = new Map<string, NodeRecord>();
  const locate = (path: CasePath): SourcePosition => {
    for (let length = path.length; length >= 0; length--) {
      const record = records.get(pathKey(path.slice(0, length)));
      if (record) return record.position;
    }
    return { line: 1, column: 1 };
  };
  const fail = (message: string, position: SourcePosition, hint?: string): ParseResult => ({
    ok: false,
    findings: [{ ruleId: "yaml-syntax", severity: "error", message, hint, path: [] }],
    locate: () => position,
  });
  /** Findings that have no data path, each placed by its offset in the text. */
  const failAt = (found: ReadonlyArray<{ offset: number; message: string; hint?: string }>): ParseResult => ({
    ok: false,
    findings: found.map(({ offset, message, hint }) => ({ ruleId: "yaml-syntax", severity: "error" as const, message, hint, path: [`@${offset}`] })),
    locate: (path) => positionOf(typeof path[0] === "string" && path[0].startsWith("@") ? Number(path[0].slice(1)) : 0),
  });

  let documents: ReturnType<typeof parseAllDocuments>;
  try {
    // Duplicate keys are found while indexing, below: the parser's own check compares each key with
    // every earlier one, quadratic in a mapping's size. Tags outside the core schema (!!binary, !!set,
    // !!timestamp, !custom) are left unresolved, so the parser warns of each where it stands.
    documents = parseAllDocuments(text, { version: "1.2", schema: "core", uniqueKeys: false, resolveKnownTags: false, lineCounter, prettyErrors: false });
  } catch (error) {
    // The parser recurses per level of nesting; absurd nesting can exhaust the stack.
    if (error instanceof RangeError) return fail(TOO_DEEP, { line: 1, column: 1 }, TOO_DEEP_HINT);
    throw error;
  }
  if (!Array.isArray(documents)) return fail("the file holds no YAML document", { line: 1, column: 1 }, "start from `ancillary init`");
  if (documents.length === 0) return fail("the file holds no YAML document", { line: 1, column: 1 }, "start from `ancillary init`");
  if (documents.length > 1) {
    // Point at the `---` that starts the second document, not at what follows it.
    const afterFirst = documents[0]?.range?.[2] ?? 0;
    const marker = /^---/m.exec(text.slice(afterFirst));
    const second = marker ? afterFirst + marker.index : (documents[1]?.contents?.range?.[0] ?? documents[1]?.range?.[0] ?? 0);
    return fail("the file holds more than one YAML document (a second `---`)", positionOf(second), "put each case in its own file");
  }
  const document = documents[0];
  if (document.errors.length > 0) {
    // One mistake often yields several parser errors at the same place: report it once.
    // Once the parser has given up on the document ("... token in YAML stream"), it
    // complains about every token left in the file: report only where that began.
    const seen = new Set<string>();
    const errors = document.errors.filter((error) => {
      const key = error.code === "RESOURCE_EXHAUSTION" ? error.code : / in YAML stream\b/.test(error.message) ? "stream" : String(error.pos[0]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return failAt(errors.map((error) => ({ offset: error.pos[0], message: describeYamlError(error.code, error.message), hint: hintFor(error.code) })));
  }
  const outsideCoreSchema = document.warnings
    .filter((warning) => warning.code === "TAG_RESOLVE_FAILED")
    .map((warning) => ({ offset: warning.pos[0], ...describeTag(text.slice(warning.pos[0], warning.pos[1])) }));

  let depthExceeded: SourcePosition | undefined;
  let complexKey: SourcePosition | undefined;
  const duplicateKeys: number[] = [];
  const aliases: Array<{ name: string; position: SourcePosition }> = [];
  /**
   * Records where each value is. A value that is a mapping, a list or nothing at all
   * (`key:`) is placed at its key, so "court is missing `location`" points at `court:`.
   */
  const index = (node: Node | null | undefined, path: CasePath, depth: number, keyPosition?: SourcePosition): void => {
    if (!node) return;
    if (depth > MAX_DEPTH) {
      depthExceeded ??= positionOf(node.range?.[0] ?? 0);
      return;
    }
    const empty = isScalar(node) && node.value === null && (!node.range || node.range[0] === node.range[1]);
    const position = keyPosition && (isMap(node) || isSeq(node) || empty) ? keyPosition : positionOf(node.range?.[0] ?? 0);
    const record: NodeRecord = { position };
    if (isScalar(node) && node.type === Scalar.PLAIN && node.source !== undefined) record.source = String(node.source);
    else if (isScalar(node) && node.type === Scalar.PLAIN) record.source = sliceSource(text, node);
    records.set(pathKey(path), record);
    if (isAlias(node)) {
      aliases.push({ name: node.source, position });
      return;
    }
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        if (pair.key !== null && !isScalar(pair.key)) {
          complexKey ??= positionOf((pair.key as Node).range?.[0] ?? node.range?.[0] ?? 0);
          continue;
        }
        const keyValue = isScalar(pair.key) ? pair.key.value : null;
        if (keys.has(keyValue)) duplicateKeys.push(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : (node.range?.[0] ?? 0));
        keys.add(keyValue);
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const at = isScalar(pair.key) ? positionOf(pair.key.range?.[0] ?? 0) : undefined;
        // A missing value (`key:`) is reported at its key.
        if (pair.value === null || pair.value === undefined) {
          if (at) records.set(pathKey([...path, key]), { position: at });
        } else index(pair.value as Node, [...path, key], depth + 1, at);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => index(item as Node, [...path, i], depth + 1));
    }
  };
  index(document.contents as Node, [], 0);
  if (depthExceeded) return fail(TOO_DEEP, depthExceeded, TOO_DEEP_HINT);
  if (complexKey) return fail("a key is a list or a mapping; every key in a case is a plain word", complexKey, "write the key as a single word followed by a colon, e.g. `location:`");
  const duplicates = duplicateKeys.map((offset) => ({ offset, message: describeYamlError("DUPLICATE_KEY", ""), hint: hintFor("DUPLICATE_KEY") }));
  if (outsideCoreSchema.length > 0 || duplicates.length > 0) return failAt([...outsideCoreSchema, ...duplicates]);

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unresolved = /^Unresolved alias.*: (.*)$/.exec(message);
    if (unresolved) {
      const alias = aliases.find((a) => a.name === unresolved[1]);
      // The alias's name is text from the case: point at it, never quote it.
      return fail(
        "this alias (a *name) refers to no anchor before it",
        alias?.position ?? { line: 1, column: 1 },
        "write the value out, or put an anchor (&) with the same name on a value earlier in the file",
      );
    }
    if (/alias/i.test(message)) {
      return fail(
        "the YAML expands aliases too many times (an alias bomb)",
        aliases[0]?.position ?? { line: 1, column: 1 },
        "write the values out instead of using & anchors and * aliases",
      );
    }
    return fail("the YAML cannot be read as a case", { line: 1, column: 1 }, "check the file against `ancillary init`'s starter case");
  }
  return {
    ok: true,
    parsed: {
      data,
      locate,
      sourceText: (path) => records.get(pathKey(path))?.source,
    },
  };
}

export function pathKey(path: CasePath): string {
  return JSON.stringify(path);
}

function sliceSource(text: string, node: Node): string | undefined {
  const range = node.range;
  return range ? text.slice(range[0], range[1]) : undefined;
}

function describeYamlError(code: string, rawMessage: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "the same key appears twice in one mapping";
    case "TAB_AS_INDENT":
      return "a tab is used for indentation; YAML needs spaces";
    case "BAD_ALIAS":
      return "an alias (*name) or anchor (&name) here is empty or ambiguous";
    case "MULTIPLE_DOCS":
      return "the file holds more than one YAML document";
    case "RESOURCE_EXHAUSTION":
      return TOO_DEEP;
    case "BAD_DQ_ESCAPE":
      return "a backslash inside double quotes starts an escape YAML does not know";
    case "TAG_RESOLVE_FAILED":
    case "BAD_COLLECTION_TYPE":
      return "a tag (a word after !) that a case cannot use";
    case "BAD_PROP_ORDER":
    case "ALIAS_PROPS":
    case "MULTIPLE_ANCHORS":
    case "MULTIPLE_TAGS":
      return "an anchor (&) or tag (!) in the wrong place";
    default: {
      const known = knownParserMessage(rawMessage);
      return known ? `the YAML is malformed here (${known})` : "the YAML is malformed here";
    }
  }
}

function hintFor(code: string): string | undefined {
  switch (code) {
    case "DUPLICATE_KEY":
      return "delete one of the two, keeping the value you mean";
    case "TAB_AS_INDENT":
      return "replace the tab with spaces";
    case "RESOURCE_EXHAUSTION":
      return TOO_DEEP_HINT;
    case "BAD_DQ_ESCAPE":
      return "write \\\\ for a backslash, or put the text in single quotes, where a backslash is just a backslash";
    case "TAG_RESOLVE_FAILED":
    case "BAD_COLLECTION_TYPE":
      return "remove the tag: a case holds only plain text, numbers, true/false, lists and mappings";
    default:
      return "check the indentation and that every quote and bracket is closed";
  }
}

/**
 * The parser's own words, only where they are fixed text. Its other messages
 * quote the file ("Invalid escape sequence \\P...", "Unexpected <text> in ...",
 * the key of a duplicate in an ordered map), which may be a complainant's name
 * or hold terminal escape codes: for those, say what kind of thing is wrong and
 * point at it, never quote it.
 */
const FIXED_PARSER_MESSAGES: ReadonlyArray<[RegExp, string?]> = [
  [/^All sequence items must start at the same column$/],
  [/^A block sequence may not be used as an implicit map key$/],
  [/^Nested mappings are not allowed in compact mappings$/],
  [/^Missing closing ("|')quote$/],
  [/^Block collection cannot start on same line with directives-end marker$/],
  [/^Comments must be separated from other tokens by white space characters$/],
  [/^Implicit map keys need to be followed by map values$/],
  [/^Missing directives-end(\/doc-start)? indicator line$/],
  [/^Sequence item without - indicator$/],
  [/^Tags and anchors must be separated from the next token by white space$/],
  [/^Missing (,|, or :) between flow (map|sequence|collection) items$/],
  [/^Missing space after : in flow (map|sequence|collection)$/],
  [/^Implicit keys( of flow sequence pairs)? need to be on a single line$/],
  [/^Unexpected (,|empty item) in flow (map|sequence|collection)$/],
  [/^Unexpected [a-z-]+ token( in YAML stream)?$/],
  [/^Unexpected [a-z-]+ at node end$/],
  [/^Expected a flow scalar value, but found: [a-z-]+$/],
  [/^Plain value cannot start with [\p{P}\p{S}]$/u],
  [/^Not a YAML token: /, "text where YAML allows none: after > or |, start the text on the next line"],
  [/^Block scalar header includes extra characters: /, "text after > or | on the same line: start the text on the next line"],
  [/^Unsupported YAML version /, "an unsupported YAML version"],
  [/^Unknown directive /, "an unknown % directive"],
  [/^Unexpected .* in ([\w -]+)$/, "unexpected text"],
];

function knownParserMessage(rawMessage: string): string | undefined {
  const first = rawMessage
    .split("\n")[0]
    .replace(/ at line \d+, column \d+.*$/, "")
    .replace(/: "(?:[^"\\]|\\.)*"$/, "");
  for (const [pattern, replacement] of FIXED_PARSER_MESSAGES) if (pattern.test(first)) return replacement ?? first;
  return undefined;
}

/** YAML 1.2's core schema: a case holds text, numbers, true and false, null, lists and mappings. */
const CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "seq", "map"]);

/**
 * A tag the parser could not resolve: one of YAML's own tags outside the core
 * schema (!!binary, !!set, !!omap, !!timestamp ...), a core tag on a value that
 * does not fit it (!!float on a word), or a custom tag, which could be any text
 * and is not quoted.
 */
function describeTag(written: string): { message: string; hint: string } {
  const own = /^!!([a-z]+)$|^!<tag:yaml\.org,2002:([a-z]+)>$/.exec(written);
  const name = own?.[1] ?? own?.[2];
  const hint = "remove the tag: a case holds only text, numbers, true or false, lists and mappings (put text in quotes if it could be read as something else)";
  if (name === undefined) return { message: "a custom tag (a word after !) is not part of YAML's core schema, which a case is read with", hint };
  if (CORE_TAGS.has(name)) return { message: `the value does not fit its tag !!${name}`, hint };
  return { message: `the tag !!${name} is not part of YAML's core schema, which a case is read with`, hint };
}

