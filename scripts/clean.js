// Removes dist/ before a build so no output of a deleted source file survives.
require("node:fs").rmSync(require("node:path").join(__dirname, "..", "dist"), { recursive: true, force: true });
