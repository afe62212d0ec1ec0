import type { Case } from "../../src/case/types";
import { findingsFor, restrainingCase, shpoCase, validCase } from "../support/cases";

/** A case whose hearing made both orders as applied for. */
function decided(): Case {
  const c = restrainingCase();
  c.outcome = {
    date: "2026-09-14",
    orders: {
      deprivation: { decision: "made", property: ["P1"], reasons: "The phone was the means of the threat." },
      restraining: { decision: "made", terms: c.applications!.restraining!.terms, until: "2031-09-13" },
    },
  };
  return c;
}

const at = (ruleId: string, c: Case) => findingsFor(ruleId, c).map((f) => [f.path.join("."), f.severity]);

describe("outcome-references", () => {
  it("accepts an outcome naming only what the case defines", () => {
    expect(findingsFor("outcome-references", decided())).toEqual([]);
  });

  it("refuses an item made that is not in the case", () => {
    const c = decided();
    c.outcome!.orders.deprivation!.property = ["P1", "P9"];
    const [finding] = findingsFor("outcome-references", c);
    expect(finding).toMatchObject({ severity: "error", path: ["outcome", "orders", "deprivation", "property", 1] });
    expect(finding.message).toContain("property item that is not in `property`");
  });

  it("refuses an offence and a protected person the case does not define", () => {
    const c = decided();
    c.outcome!.orders.restraining!.offences = ["O7"];
    c.outcome!.orders.restraining!.protects = ["C2"];
    expect(at("outcome-references", c)).toEqual([
      ["outcome.orders.restraining.offences.0", "error"],
      ["outcome.orders.restraining.protects.0", "error"],
    ]);
  });

  it("says nothing of a case with no outcome", () => {
    expect(findingsFor("outcome-references", validCase())).toEqual([]);
  });
});

describe("outcome-date", () => {
  it("accepts an outcome on the day of the hearing", () => {
    expect(findingsFor("outcome-date", decided())).toEqual([]);
  });

  it("refuses an outcome dated before the hearing", () => {
    const c = decided();
    c.outcome!.date = "2026-09-13";
    const [finding] = findingsFor("outcome-date", c);
    expect(finding).toMatchObject({ path: ["outcome", "date"], citation: "Sentencing Act 2020, s.153(1)" });
    expect(finding.message).toContain("before the sentencing hearing on 14 September 2026");
  });

  it("refuses an outcome dated before the conviction, when the hearing is dated wrongly too", () => {
    const c = decided();
    c.hearing.date = "2026-07-01";
    c.outcome!.date = "2026-07-02";
    expect(findingsFor("outcome-date", c)[0].message).toContain("before the conviction on 3 August 2026");
  });

  it("refuses an adjournment to the day of the decision or earlier", () => {
    const c = decided();
    c.outcome!.orders.deprivation = { decision: "adjourned", adjournedTo: "2026-09-14" };
    expect(at("outcome-date", c)).toEqual([["outcome.orders.deprivation.adjournedTo", "error"]]);
    c.outcome!.orders.deprivation.adjournedTo = "2026-10-01";
    expect(findingsFor("outcome-date", c)).toEqual([]);
  });
});

describe("outcome-decision", () => {
  it("accepts orders made as applied for", () => {
    expect(findingsFor("outcome-decision", decided())).toEqual([]);
  });

  it("refuses a deprivation order made over no items", () => {
    const c = decided();
    delete c.outcome!.orders.deprivation!.property;
    const [finding] = findingsFor("outcome-decision", c);
    expect(finding).toMatchObject({ severity: "error", path: ["outcome", "orders", "deprivation", "decision"] });
    expect(finding.message).toContain("gives no `property`");
  });

  it("refuses a restraining order made without its terms and period", () => {
    const c = decided();
    c.outcome!.orders.restraining = { decision: "made-in-part" };
    expect(findingsFor("outcome-decision", c).map((f) => f.message)).toEqual([
      "the restraining order is recorded as made-in-part but its outcome gives no `terms`",
      "the restraining order is recorded as made-in-part but its outcome gives no `until`",
    ]);
  });

  it("refuses a refused order that lists items as made", () => {
    const c = decided();
    c.outcome!.orders.deprivation!.decision = "refused";
    expect(at("outcome-decision", c)).toEqual([["outcome.orders.deprivation.property", "error"]]);
  });

  it("warns of an adjourned order with no date, and refuses a refused one with a date", () => {
    const c = decided();
    c.outcome!.orders.deprivation = { decision: "adjourned" };
    c.outcome!.orders.restraining = { decision: "refused", adjournedTo: "2026-10-01", reasons: "Not necessary." };
    expect(at("outcome-decision", c)).toEqual([
      ["outcome.orders.deprivation.decision", "warning"],
      ["outcome.orders.restraining.adjournedTo", "error"],
    ]);
  });

  it("warns when an order recorded as made leaves out an item applied for", () => {
    const c = decided();
    c.property.push({ ...c.property[0], id: "P2", identifiers: { exhibit: "KT/2" } });
    c.applications!.deprivation!.property = ["P1", "P2"];
    const [finding] = findingsFor("outcome-decision", c);
    expect(finding).toMatchObject({ severity: "warning", path: ["outcome", "orders", "deprivation", "decision"] });
    expect(finding.message).toContain("leaves out one of the property applied for");
    c.outcome!.orders.deprivation!.decision = "made-in-part";
    expect(findingsFor("outcome-decision", c)).toEqual([]);
  });

  it("warns when an order recorded as made in part covers every term applied for", () => {
    const c = decided();
    c.outcome!.orders.restraining!.decision = "made-in-part";
    expect(at("outcome-decision", c)).toEqual([["outcome.orders.restraining.decision", "warning"]]);
  });

  describe("a sexual harm prevention order", () => {
    /** A case whose hearing made the SHPO proposed, with both its lists. */
    function shpoDecided(): Case {
      const c = shpoCase({ prohibitions: ["no-images-of-complainant", "no-deleting-history"], requirements: ["notify-devices"] });
      const shpo = c.applications!.shpo!;
      c.outcome = { date: c.hearing.date, orders: { shpo: { decision: "made", prohibitions: shpo.prohibitions, requirements: shpo.requirements, until: shpo.until } } };
      return c;
    }

    it("accepts an order made as proposed", () => {
      expect(findingsFor("outcome-decision", shpoDecided())).toEqual([]);
      expect(findingsFor("outcome-references", shpoDecided())).toEqual([]);
    });

    it("refuses an order made with no term and no period", () => {
      const c = shpoDecided();
      c.outcome!.orders.shpo = { decision: "made" };
      expect(findingsFor("outcome-decision", c).map((f) => f.message)).toEqual([
        "the sexual harm prevention order is recorded as made but its outcome gives no `prohibitions` or `requirements`",
        "the sexual harm prevention order is recorded as made but its outcome gives no `until`",
      ]);
    });

    it("accepts an order made with requirements alone, when it is recorded as made in part", () => {
      const c = shpoDecided();
      delete c.outcome!.orders.shpo!.prohibitions;
      expect(at("outcome-decision", c)).toEqual([["outcome.orders.shpo.decision", "warning"]]);
      c.outcome!.orders.shpo!.decision = "made-in-part";
      expect(findingsFor("outcome-decision", c)).toEqual([]);
    });

    it("does not take a prohibition made for a requirement applied for", () => {
      const c = shpoDecided();
      c.outcome!.orders.shpo!.prohibitions = ["no-images-of-complainant", "no-deleting-history", "no-encryption"];
      c.outcome!.orders.shpo!.requirements = ["allow-inspection"];
      const [finding] = findingsFor("outcome-decision", c);
      expect(finding.message).toBe("the sexual harm prevention order is recorded as made, but leaves out one of the prohibitions and requirements applied for");
    });

    it("refuses a refused order that lists its terms as made", () => {
      const c = shpoDecided();
      c.outcome!.orders.shpo!.decision = "refused";
      expect(at("outcome-decision", c)).toEqual([
        ["outcome.orders.shpo.prohibitions", "error"],
        ["outcome.orders.shpo.requirements", "error"],
        ["outcome.orders.shpo.until", "error"],
      ]);
    });
  });
});
