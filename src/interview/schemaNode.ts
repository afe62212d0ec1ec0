import type { CasePath } from "../diagnostics/types";

/** One node of the case schema, as the interview reads it (JSON Schema 2020-12, plus `refersTo`). */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  writeOnly?: boolean;
  refersTo?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  minItems?: number;
  oneOf?: SchemaNode[];
  if?: SchemaNode;
  then?: SchemaNode;
  else?: SchemaNode;
  pattern?: string;
  format?: string;
}

export interface CaseSchema extends SchemaNode {
  $id: string;
  $defs: Record<string, SchemaNode>;
}

/** Where a node sits in the schema, as a JSON pointer, so its own check can be compiled. */
export interface PlacedNode {
  node: SchemaNode;
  pointer: string;
}

/** A node with its `$ref` (always to `#/$defs/...`) merged in; the node's own keywords win. */
export function resolved(schema: CaseSchema, node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace(/^#\/\$defs\//, "");
  const { $ref: _ref, ...own } = node;
  return { ...schema.$defs[name], ...own };
}

export function typeOf(node: SchemaNode): string | undefined {
  if (node.type === undefined) return undefined;
  return Array.isArray(node.type) ? node.type[0] : node.type;
}

/** The items' schema of a list whose entries are either a library id or a mapping (if/then/else). */
export function isIdOrOwn(items: SchemaNode): boolean {
  return items.if !== undefined && items.then?.enum !== undefined && items.else?.properties !== undefined;
}

/**
 * The node of the mapping at `path` that lists `key`: the mapping itself, the
 * branch of its oneOf that has the key, or a term's own (else) branch.
 */
export function ownerOf(schema: CaseSchema, path: CasePath, key: string): SchemaNode | undefined {
  const placed = nodeAt(schema, path);
  if (!placed) return undefined;
  const node = resolved(schema, placed.node);
  return [node, ...(node.oneOf ?? []), ...(node.else ? [node.else] : [])].find((owner) => owner.properties?.[key] !== undefined);
}

/**
 * The schema node for a value at `path` in `data` (the answers so far): through
 * lists, the branch of a oneOf that has the key, and a term's own (else) branch.
 */
export function nodeAt(schema: CaseSchema, path: CasePath): PlacedNode | undefined {
  let placed: PlacedNode = { node: schema, pointer: "" };
  for (const step of path) {
    const node = resolved(schema, placed.node);
    if (typeof step === "number") {
      if (!node.items) return undefined;
      placed = { node: node.items, pointer: `${placed.pointer}/items` };
      continue;
    }
    const branches: PlacedNode[] = [{ node, pointer: placed.pointer }];
    node.oneOf?.forEach((branch, index) => branches.push({ node: branch, pointer: `${placed.pointer}/oneOf/${index}` }));
    if (node.else) branches.push({ node: node.else, pointer: `${placed.pointer}/else` });
    const owner = branches.find((branch) => branch.node.properties?.[step] !== undefined);
    if (!owner) return undefined;
    placed = { node: owner.node.properties![step], pointer: `${owner.pointer}/properties/${escapePointer(step)}` };
  }
  return placed;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
