import type { CasePath } from "../diagnostics/types";

/** "/property/0/value" (ajv's instancePath, a JSON pointer) -> ["property", 0, "value"]. */
export function pointerToPath(pointer: string): CasePath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
