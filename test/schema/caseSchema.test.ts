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

  it("keeps placeholders out of every text field through one definition", () => {
    const text = (schema.$defs as Record<string, SchemaNode>).text;
    expect(text.not).toEqual({ type: "string", pattern: "^\\s*REPLACE\\b" });
  });
});
