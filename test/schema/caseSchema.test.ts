import { loadCaseSchema } from "../../src/schema/validateSchema";

type SchemaNode = Record<string, unknown>;

/** Every named field of the case schema, with its path, e.g. "property[].value.amount". */
function fields(schema: SchemaNode): Array<{ path: string; node: SchemaNode }> {
  const out: Array<{ path: string; node: SchemaNode }> = [];
  const visit = (node: SchemaNode, path: string) => {
    const properties = node.properties as Record<string, SchemaNode> | undefined;
    for (const [name, child] of Object.entries(properties ?? {})) {
      const childPath = path ? `${path}.${name}` : name;
      out.push({ path: childPath, node: child });
      visit(child, childPath);
    }
    if (node.items && typeof node.items === "object") visit(node.items as SchemaNode, `${path}[]`);
    for (const branch of (node.oneOf as SchemaNode[] | undefined) ?? []) visit(branch, path);
  };
  visit(schema, "");
  return out;
}

describe("the case schema document", () => {
  const schema = loadCaseSchema();

  it("is JSON Schema 2020-12", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("describes every field, so an editor can show help while a case is written", () => {
    const undocumented = fields(schema)
      .filter(({ node }) => typeof node.description !== "string" || node.description.length < 5)
      .map(({ path }) => path);
    expect(undocumented).toEqual([]);
  });

  it("refuses fields it does not know, in every mapping", () => {
    const open = fields(schema)
      .filter(({ node }) => node.type === "object" && node.additionalProperties !== false)
      .map(({ path }) => path);
    expect(open).toEqual([]);
  });

  it("cites the statutory conditions where the fields carry them", () => {
    const byPath = new Map(fields(schema).map(({ path, node }) => [path, String(node.description)]));
    expect(byPath.get("property[].seizure")).toContain("s.153(2)");
    expect(byPath.get("property[].use")).toContain("s.153(3)");
    expect(byPath.get("property[].value")).toContain("s.155");
    expect(byPath.get("applications.deprivation.effectsOnOffender")).toContain("s.155");
  });

  it("keeps placeholders out of every text field through one definition, in words an editor can show", () => {
    const text = (schema.$defs as Record<string, SchemaNode>).text;
    expect(text.pattern).toBe("^(?!\\s*REPLACE\\b)");
    expect(text.patternErrorMessage).toContain("including the word REPLACE");
    // The yaml-language-server words a failed `not` only as "Matches a schema that is not allowed".
    expect(JSON.stringify(schema)).not.toContain('"not"');
  });

  it("takes a bare number as text, as validate does, but not true or false", () => {
    const text = (schema.$defs as Record<string, SchemaNode>).text;
    expect(text.type).toEqual(["string", "number"]);
  });
});

/** Every node of the schema that has a description, with where it is. */
function described(node: unknown, at = "#"): Array<{ at: string; node: SchemaNode }> {
  if (node === null || typeof node !== "object") return [];
  const own = typeof (node as SchemaNode).description === "string" ? [{ at, node: node as SchemaNode }] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => described(child, `${at}/${key}`))];
}

/** What a markdown description says as plain text: code in double quotes, emphasis dropped. */
function plainText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '"$1"').replace(/\*([^*]+)\*/g, "$1");
}

describe("the case schema's help, as editors show it", () => {
  const schema = loadCaseSchema();

  it("gives every description a markdown twin, so hovers show code as code", () => {
    const missing = described(schema).filter(({ node }) => typeof node.markdownDescription !== "string").map(({ at }) => at);
    expect(missing).toEqual([]);
  });

  it("says the same in the plain description as in the markdown one", () => {
    // Editors without markdown show `description`; write the markdown, then this plain form of it.
    const stale = described(schema)
      .filter(({ node }) => node.description !== plainText(String(node.markdownDescription)))
      .map(({ at, node }) => ({ at, description: plainText(String(node.markdownDescription)) }));
    expect(stale).toEqual([]);
  });

  it("uses no markdown beyond code and emphasis, which the plain form removes", () => {
    const other = described(schema)
      .map(({ at, node }) => ({ at, rest: String(node.markdownDescription).replace(/`[^`]*`/g, "").replace(/\*[^*]+\*/g, "") }))
      .filter(({ rest }) => /[`*_<>#|\\]|\]\(/.test(rest))
      .map(({ at }) => at);
    expect(other).toEqual([]);
  });

  it("puts case names in italics", () => {
    const evidence = described(schema).find(({ at }) => at.endsWith("/use/properties/evidence"));
    expect(evidence?.node.markdownDescription).toContain("*R v Wright-Hadley* [2022] EWCA Crim 446");
    expect(evidence?.node.description).toContain("R v Wright-Hadley [2022] EWCA Crim 446");
  });
});
