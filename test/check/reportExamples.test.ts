import { readdirSync } from "node:fs";
import { join } from "node:path";
import { loadSampleCases } from "../../src/check/cases";
import { defaultExamplesDir } from "../../src/check/runCheck";

describe("the report's twenty examples and ancillary check", () => {
  it("keeps them out of the sample cases check drafts for its golden files (they sit in examples/report/)", async () => {
    const { cases } = await loadSampleCases(defaultExamplesDir, undefined, false);
    // The case at charge applies for nothing yet, so check has nothing to draft for it.
    const topLevel = readdirSync(defaultExamplesDir).filter((f) => f.endsWith(".yaml") && f !== "at-charge-phone-not-yet-seized.yaml");
    expect(cases.map((c) => c.file).sort()).toEqual(topLevel.map((f) => join(defaultExamplesDir, f)).sort());
    expect(readdirSync(join(defaultExamplesDir, "report")).filter((f) => f.endsWith(".yaml"))).toHaveLength(20);
  });
});
