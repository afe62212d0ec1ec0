/**
 * The sexual harm prevention order (Sentencing Act 2020, Part 11, Chapter 2):
 * the case reads the proposal from `applications.shpo`; its library of device
 * and online terms is src/case/shpoTerms.ts, worded by
 * templates/partials/shpo-term.hbs; its rules stay in src/rules/ and
 * docs/rules/; its documents are the prosecution's notice (with a serve-by
 * date) and the draft order. Whether an offence is listed in Schedule 3 or 5
 * to the Sexual Offences Act 2003 is never asserted: the user states the
 * listing, and a rule warns that it is unverified.
 */
import { defineOrderType } from "../types";
import { buildShpoView } from "./view";
import { shpoViewShape } from "./viewShape";
import { shpoRemedy } from "./remedy";
import shpoListing from "../../rules/shpo-listing";
import shpoListingUnverified from "../../rules/shpo-listing-unverified";
import shpoNecessity from "../../rules/shpo-necessity";
import shpoTerms from "../../rules/shpo-terms";
import shpoPeriod from "../../rules/shpo-period";
import shpoProhibitionsForbid from "../../rules/shpo-prohibitions-forbid";
import shpoRequirementsRequire from "../../rules/shpo-requirements-require";
import shpoUnsettledTerms from "../../rules/shpo-unsettled-terms";
import shpoHolidayData from "../../rules/shpo-holiday-data";

export default defineOrderType({
  id: "shpo",
  applicationKey: "shpo",
  applicationName: "sexual harm prevention order proposal",
  appliedPath: "applications.shpo.prohibitions or applications.shpo.requirements",
  schemaPointer: "/properties/applications/properties/shpo",
  isAppliedFor: (theCase) => (theCase.applications?.shpo?.prohibitions ?? []).length + (theCase.applications?.shpo?.requirements ?? []).length > 0,
  rules: [shpoListing, shpoListingUnverified, shpoNecessity, shpoTerms, shpoPeriod, shpoProhibitionsForbid, shpoRequirementsRequire, shpoUnsettledTerms, shpoHolidayData],
  documents: [
    { template: "shpo-notice.docx.hbs", fileName: "shpo-notice.docx" },
    { template: "shpo-order.docx.hbs", fileName: "shpo-order.docx" },
  ],
  buildView: buildShpoView,
  viewShape: shpoViewShape,
  remedyFor: shpoRemedy,
  law: ["powers.shpo", "anonymity"],
});
