// Writes dist/rules/support/asciiTable.json: the transliteration library's ASCII
// for every character of the Latin and punctuation blocks a case mostly uses, so
// checking a case loads the library only for a character outside them
// (src/rules/support/asciiLetters.ts). Runs after tsc.
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");

const support = join(__dirname, "..", "dist", "rules", "support");
const { buildAsciiTable, ASCII_TABLE_FILE } = require(join(support, "asciiLetters.js"));
writeFileSync(join(support, ASCII_TABLE_FILE), `${JSON.stringify(buildAsciiTable())}\n`);
