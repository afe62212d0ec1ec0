import { join } from "node:path";

/** The package root, from src/ (tests) and dist/ (the built CLI) alike. */
export const packageRoot = join(__dirname, "..");
export const schemaPath = join(packageRoot, "schemas", "case.schema.json");
export const templatesDir = join(packageRoot, "templates");
export const rulesDocsDir = join(packageRoot, "docs", "rules");
