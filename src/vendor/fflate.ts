/**
 * fflate's DEFLATE, as the DOCX writer imports it: in the build, deflateSync
 * and what it uses, bundled from fflate's ES module build into one file (see
 * yaml.ts here), without its inflate, gzip, zip and worker code (13 kB of 92 kB).
 * Its browser build: the same DEFLATE as its Node one, whose only difference,
 * the asynchronous API's workers, loads worker_threads as it starts.
 */
export { deflateSync } from "fflate/browser";
