/**
 * The yaml package, as the rest of the code imports it. From the sources it is
 * the package itself; the build (scripts/build-vendor.js) bundles it into this
 * module's compiled form, so a run loads one file rather than the package's 72
 * (Node's loader finds, reads and wraps each: ~30 ms of a draft).
 */
export * from "yaml";
