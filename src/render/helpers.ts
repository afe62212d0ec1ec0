import type { HelperDelegate, HelperOptions } from "handlebars";

/**
 * The few helpers templates may use. They choose between words the template
 * supplies; none of them produces words of its own.
 */
export const templateHelpers: Record<string, HelperDelegate> = {
  /** {{#eq a "b"}}...{{else}}...{{/eq}}, or (eq a "b") inside #if. */
  eq(this: unknown, left: unknown, right: unknown, options?: HelperOptions) {
    const equal = left === right;
    if (options && typeof options.fn === "function") return equal ? options.fn(this) : options.inverse(this);
    return equal;
  },
  /** {{pick defendant.pronoun he="him" she="her" they="them"}}: the hash entry named by the key. */
  pick(key: unknown, options: HelperOptions) {
    const value = (options.hash as Record<string, unknown>)[String(key)];
    return value === undefined ? "" : value;
  },
  /** (or a b ...) for #if. */
  or(...args: unknown[]) {
    return args.slice(0, -1).some(Boolean);
  },
  /** (and a b ...) for #if. */
  and(...args: unknown[]) {
    return args.slice(0, -1).every(Boolean);
  },
};
