// Compiles the house DOCX package for each language and footer choice the
// templates use, and writes their layouts, the parts every document shares
// already compressed, to dist/writers/docx/prebuiltPackages.json, so drafting
// compresses only each document's own parts (src/writers/docx/prebuiltPackage.ts).
// Runs after tsc. The same docx compile and DEFLATE as at run time: the same bytes.
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");

const docx = join(__dirname, "..", "dist", "writers", "docx");
const { compileHousePackage } = require(join(docx, "housePackage.js"));
const { PREBUILT_CHOICES, PREBUILT_FILE, packageKey, storedLayouts } = require(join(docx, "prebuiltPackage.js"));

const layouts = new Map(PREBUILT_CHOICES.map(({ language, withFooter }) => [packageKey(language, withFooter), compileHousePackage(language, withFooter).layout]));
writeFileSync(join(docx, PREBUILT_FILE), storedLayouts(layouts));
