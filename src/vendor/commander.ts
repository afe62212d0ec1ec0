/** The commander package, as the rest of the code imports it: one file in the build (see yaml.ts here). */
export * from "commander";
