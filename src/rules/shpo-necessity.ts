import { shpoCitation } from "../law/lawTable";
import { defineRule } from "./types";

export default defineRule({
  id: "shpo-necessity",
  severity: "error",
  citation: shpoCitation("test"),
  summary: "A sexual harm prevention order proposal must say why the order is necessary to protect the public, or particular persons, from sexual harm from the defendant.",
  check({ case: theCase }) {
    const applied = theCase.applications?.shpo;
    if (applied === undefined || (typeof applied.necessity === "string" && applied.necessity.trim() !== "") || typeof applied.necessity === "number") return [];
    return [
      {
        message: "the sexual harm prevention order proposal does not say why the order is necessary, and the court may make it only to protect the public, or particular persons, from sexual harm",
        path: ["applications", "shpo"],
        hint: "add `necessity:` with the evidence that the order is needed to protect the public, or particular persons, from sexual harm from the defendant",
      },
    ];
  },
});
