import { authorityCitation, restrainingCitation } from "../../law/lawTable";
import { complainantsWithoutRestraining } from "../complainants";
import { defineAction } from "../types";

export default defineAction({
  id: "ask-complainant-views",
  citation: `${restrainingCitation("necessity")}; ${authorityCitation("cpsRestraining")}`,
  certainty: "secondary",
  summary: "A complainant no restraining application protects: ask their views on a restraining order.",
  check({ case: theCase }) {
    return complainantsWithoutRestraining(theCase).map((complainant) => ({
      order: "restraining",
      brief: `Ask ${complainant.label} for their views on a restraining order`,
      action:
        `Ask ${complainant.label} for their views on a restraining order: whether they want one, ` +
        `what it should forbid (contact, approaching them, sharing, posting or keeping images) and for how long.`,
      why:
        "The CPS tells prosecutors to consider a restraining order from charge. The court may make one to protect a person from harassment or from conduct causing a fear of violence; " +
        "what the complainant says bears on whether it is needed and on its terms.",
    }));
  },
});
