import { createHash } from "node:crypto";

/** The SHA-256 of some bytes, as lower-case hex (what `sha256sum` prints). */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
