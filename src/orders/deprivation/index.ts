/**
 * The deprivation order (Sentencing Act 2020, s.153): the case reads it from
 * `applications.deprivation`, its rules are listed here (their files and
 * docs stay in src/rules/ and docs/rules/, where `explain` finds them), its
 * templates are templates/order.*.hbs and application.docx.hbs, and what each
 * document must contain is under the document's name in
 * templates/requirements.json.
 */
import { defineOrderType } from "../types";
import { buildViewModel } from "./view";
import { deprivationViewShape } from "./viewShape";
import propertyCondition from "../../rules/property-condition";
import purposeCondition from "../../rules/purpose-condition";
import noPossessionOffence from "../../rules/no-possession-offence";
import informationNotProperty from "../../rules/information-not-property";
import propertyIdentified from "../../rules/property-identified";
import valueAndEffects from "../../rules/value-and-effects";
import proportionality from "../../rules/proportionality";
import remoteData from "../../rules/remote-data";
import complainantNamed from "../../rules/complainant-named";
import evidenceOfUse from "../../rules/evidence-of-use";
import thirdPartyProperty from "../../rules/third-party-property";
import destructionScope from "../../rules/destruction-scope";
import lawfulMaterial from "../../rules/lawful-material";
import deprivationNotSought from "../../rules/deprivation-not-sought";

export default defineOrderType({
  id: "deprivation",
  applicationKey: "deprivation",
  applicationName: "deprivation application",
  appliedPath: "applications.deprivation.property",
  schemaPointer: "/properties/applications/properties/deprivation",
  isAppliedFor: (theCase) => (theCase.applications?.deprivation?.property ?? []).length > 0,
  rules: [
    propertyCondition,
    purposeCondition,
    noPossessionOffence,
    informationNotProperty,
    propertyIdentified,
    valueAndEffects,
    proportionality,
    remoteData,
    // A rule for every case, listed here too because it has always been listed at this place
    // (`ancillary rules` and SARIF keep their order); the registry lists each rule once.
    complainantNamed,
    evidenceOfUse,
    thirdPartyProperty,
    destructionScope,
    lawfulMaterial,
    deprivationNotSought,
  ],
  documents: [
    { template: "application.docx.hbs", fileName: "application.docx" },
    { template: "order.docx.hbs", fileName: "order.docx" },
    { template: "order.txt.hbs", fileName: "order.txt" },
  ],
  buildView: buildViewModel,
  viewShape: deprivationViewShape,
  law: [
    "powers.deprivation",
    "anonymity",
    "authorities.hall",
    "authorities.wrightHadley",
    "authorities.tan",
    "authorities.oleary",
    "authorities.cpsGuidance",
    "authorities.yourResponse",
    // The routes beyond the order that its rules point to (remote-data, deprivation-not-sought).
    "otherOrders.restraining",
    "otherOrders.shpo",
    "otherOrders.platformReport",
  ],
});
