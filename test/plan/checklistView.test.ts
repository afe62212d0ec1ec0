import { buildChecklistView } from "../../src/plan/checklistView";
import { planCase } from "../../src/plan/planCase";
import { renderChecklist } from "../../src/plan/checklist";
import { writeText } from "../../src/writers/text";
import { chargeCase } from "./support";

describe("the plan's checklist", () => {
  it("gives actions that ask the same of several items one row naming them all", () => {
    const c = chargeCase();
    c.property.push({ id: "P2", description: "Lenovo laptop, black", kind: "device", seizure: { route: "seized-from-offender" }, holdsIntimateImages: true });
    const view = buildChecklistView(c, planCase(c));
    const apply = view.plan.actions.filter((row) => row.id === "apply-for-deprivation");
    expect(apply.map((row) => row.item)).toEqual(["P1, P2"]);
    expect(view.plan.items.map((item) => item.ref)).toEqual(["P1", "P2"]);
    expect(view.plan.actions.map((row) => row.number)).toEqual(view.plan.actions.map((_, i) => i + 1));
  });

  it("keeps a description that looks like markup as text", () => {
    const c = chargeCase();
    c.property[0].description = "# phone | with a bar";
    c.property[0].seizure = { route: "not-seized" };
    const text = renderChecklist(c, planCase(c)).map((doc) => writeText(doc.document)).join("\n");
    expect(text).toContain("P1, # phone | with a bar");
  });

  it("says nothing is outstanding when nothing is", () => {
    const c = chargeCase();
    const view = buildChecklistView(c, []);
    expect(view.plan.none).toBe(true);
    const text = renderChecklist(c, []).map((doc) => writeText(doc.document)).join("\n");
    expect(text).toContain("Nothing is outstanding");
  });
});
