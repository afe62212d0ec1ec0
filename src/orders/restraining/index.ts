/**
 * The restraining order on conviction (Sentencing Act 2020, ss.359-361): the
 * case reads it from `applications.restraining`; its term library's ids are
 * src/case/restrainingTerms.ts and their words templates/partials/restraining-term.hbs;
 * its rules stay in src/rules/ and docs/rules/; its documents are the
 * prosecution's notice of the proposed terms and the draft order.
 */
import { defineOrderType } from "../types";
import { buildRestrainingView } from "./view";
import { restrainingViewShape } from "./viewShape";
import { restrainingRemedy } from "./remedy";
import { buildConfidentialScheduleView, confidentialScheduleShape } from "./confidential";
import restrainingProtects from "../../rules/restraining-protects";
import restrainingNecessity from "../../rules/restraining-necessity";
import restrainingPeriod from "../../rules/restraining-period";
import restrainingProhibitsOnly from "../../rules/restraining-prohibits-only";
import restrainingDoubleNegative from "../../rules/restraining-double-negative";
import restrainingPlace from "../../rules/restraining-place";
import restrainingRetention from "../../rules/restraining-retention";

export default defineOrderType({
  id: "restraining",
  applicationKey: "restraining",
  applicationName: "restraining order application",
  appliedPath: "applications.restraining.terms",
  schemaPointer: "/properties/applications/properties/restraining",
  isAppliedFor: (theCase) => (theCase.applications?.restraining?.terms ?? []).length > 0,
  rules: [restrainingProtects, restrainingNecessity, restrainingPeriod, restrainingProhibitsOnly, restrainingDoubleNegative, restrainingPlace, restrainingRetention],
  documents: [
    { template: "restraining-notice.docx.hbs", fileName: "restraining-notice.docx" },
    { template: "restraining-order.docx.hbs", fileName: "restraining-order.docx" },
  ],
  buildView: buildRestrainingView,
  viewShape: restrainingViewShape,
  remedyFor: restrainingRemedy,
  confidential: {
    documents: [{ template: "confidential-schedule.docx.hbs", fileName: "confidential-schedule.docx" }],
    buildView: buildConfidentialScheduleView,
    viewShape: confidentialScheduleShape,
    warning:
      "confidential-schedule.docx names the people the restraining order protects: it is marked not for publication (citing the Sexual Offences (Amendment) Act 1992 where an offence carries its anonymity); give it only to the court and the parties, and keep it out of any bundle, file or message that may be published",
  },
  law: ["powers.restraining", "anonymity", "otherOrders.shpo"],
});
