#!/usr/bin/env node
"use strict";
/**
 * Writes examples/report/: twenty fictional cases, with outcomes, for
 * `ancillary report` to summarise (and its tests to check the counts of).
 * Deterministic: running it again writes the same files. Every name,
 * reference and detail is invented. Kept in a subfolder so `ancillary check`,
 * which drafts the cases directly in examples/, does not take them as samples.
 *
 *   node scripts/make-report-examples.js
 */
const { mkdirSync, writeFileSync, readdirSync, rmSync } = require("node:fs");
const { join } = require("node:path");
const YAML = require("yaml");

const dir = join(__dirname, "..", "examples", "report");
const COURTS = [
  ["magistrates", "Luton"],
  ["crown", "Leicester"],
  ["magistrates", "Cardiff"],
  ["crown", "Reading"],
  ["magistrates", "Northampton"],
];
const DEFENDANTS = ["Martin OAKES", "Callum PRYOR", "Dean ASHWORTH", "Lewis KEMBLE", "Ryan TALLIS", "Owen FARRANT", "Jordan BEXLEY"];
const COMPLAINANTS = ["Joanna Pelham", "Helen Marchbank", "Sara Quennell", "Amira Lockett", "Beth Wyndham", "Nadia Corran", "Lucy Tremain"];

const day = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

function phone(id, exhibit, imei, offence) {
  return {
    id,
    description: "Samsung Galaxy mobile telephone, black",
    kind: "device",
    identifiers: { exhibit, imei },
    seizure: { route: "seized-from-offender" },
    use: { route: "used-to-commit", offences: [offence], evidence: "The messages were sent from this phone; the forensic download found the photograph on it." },
    ownership: "offender",
    value: { amount: 150, currency: "GBP" },
    holdsIntimateImages: true,
  };
}

/** What is left out of the application in case i, if anything: one item, for one reason. */
function extraItem(i) {
  switch (i % 5) {
    case 1:
      return { id: "P2", description: "Online photo storage account to which the phone backed up the photograph", kind: "cloud-account", identifiers: { account: "listed in the download report" }, ownership: "offender", holdsIntimateImages: true };
    case 2:
      return { id: "P2", description: "Laptop computer, silver, seen at the address but not seized", kind: "device", seizure: { route: "not-seized" }, ownership: "offender", holdsIntimateImages: true };
    case 3:
      return { id: "P2", description: "Tablet computer belonging to his brother, found with the photograph on it", kind: "device", identifiers: { exhibit: "TB/1" }, seizure: { route: "seized-from-offender" }, ownership: "third-party", holdsIntimateImages: true };
    case 4:
      return { id: "P2", description: "USB memory stick found in his bedroom, holding a copy of the photograph", kind: "storage-media", identifiers: { exhibit: "USB/1" }, seizure: { route: "seized-from-offender" }, ownership: "offender", holdsIntimateImages: true };
    default:
      return undefined;
  }
}

function makeCase(i) {
  const [level, location] = COURTS[i % COURTS.length];
  const hearing = `2026-0${1 + (i % 5)}-${String(10 + (i % 15)).padStart(2, "0")}`;
  const offenceDate = day(hearing, -140);
  const provision = i % 2 === 0 ? "SOA2003:66B(4)" : "SOA2003:66B(2)";
  const property = [phone("P1", `EX/${i + 1}`, `3567891045${String(63218 + i).padStart(5, "0")}`, "O1")];
  property[0].seizure.date = day(offenceDate, 2);
  const extra = extraItem(i);
  if (extra) property.push(extra);
  const decision = ["made", "made", "made-in-part", "refused", "adjourned", undefined][i % 6];
  // A made-in-part order: a second phone applied for, which the court leaves out.
  if (decision === "made-in-part") {
    const second = phone("P3", `EX/${i + 1}B`, `3567891046${String(10000 + i).padStart(5, "0")}`, "O1");
    second.description = "Second mobile telephone, an older Motorola, found in his car";
    second.seizure.date = day(offenceDate, 2);
    second.use.evidence = "Cell-site evidence puts this phone near her home; the download found the photograph in a deleted folder.";
    property.push(second);
  }
  const applies = i % 7 !== 6;
  // Every case applies for some order, so `ancillary batch examples/` drafts them all.
  const restraining = i % 3 === 0 || !applies;
  const theCase = {
    version: 1,
    court: { level, location, jurisdiction: "england-and-wales" },
    reference: `41RP${String(1000000 + i * 7919).slice(-7)}`,
    hearing: { date: hearing },
    defendant: { name: DEFENDANTS[i % DEFENDANTS.length], pronoun: "he" },
    complainants: [{ id: "C1", name: COMPLAINANTS[i % COMPLAINANTS.length], cipher: "the complainant" }],
    offences: [
      {
        id: "O1",
        provision,
        committed: { on: offenceDate },
        complainant: "C1",
        particulars:
          provision === "SOA2003:66B(4)"
            ? "Threatened by message to share a photograph showing the complainant in an intimate state."
            : "Shared a photograph showing the complainant in an intimate state, intending to cause her alarm and distress.",
        conviction: { date: day(hearing, -28), plea: i % 4 === 0 ? "not-guilty" : "guilty" },
      },
    ],
    property,
  };
  const applications = {};
  if (applies) {
    applications.deprivation = {
      property: decision === "made-in-part" ? ["P1", "P3"] : ["P1"],
      effectsOnOffender: "The phones are worth little; he can replace them.",
      proportionality: "The phone holds the photograph and was the means of the offence; its loss is slight beside the harm.",
      disposal: "destroy",
    };
  }
  if (restraining) {
    applications.restraining = {
      protects: ["C1"],
      until: day(hearing, 365 * 3),
      necessity: "He has tried to contact her since, and a copy of the photograph may remain beyond the phone.",
      terms: ["no-contact", "no-images"],
    };
  }
  if (Object.keys(applications).length > 0) theCase.applications = applications;
  theCase.prosecutor = { name: "Priya SHAH", role: "Crown Prosecutor", office: "CPS Thames and Chiltern", date: day(hearing, -7) };

  const orders = {};
  if (applies && decision !== undefined) {
    const reasons = {
      made: "The phone was the means of the offence and holds the photograph.",
      "made-in-part": "The court was not satisfied the second phone was used for the offence.",
      refused: "The court found the effect on him disproportionate, as he needs the phone for work.",
      adjourned: "For the defence to obtain a valuation of the phone.",
    }[decision];
    orders.deprivation = { decision, reasons };
    if (decision === "made" || decision === "made-in-part") orders.deprivation.property = ["P1"];
    if (decision === "adjourned") orders.deprivation.adjournedTo = day(hearing, 21);
  }
  if (restraining && decision !== undefined) {
    orders.restraining =
      decision === "refused"
        ? { decision: "refused", reasons: "The court was not satisfied an order was necessary to protect her." }
        : { decision: "made", terms: ["no-contact", "no-images"], until: day(hearing, 365 * 3) };
  }
  if (Object.keys(orders).length > 0) theCase.outcome = { date: hearing, orders };
  return theCase;
}

mkdirSync(dir, { recursive: true });
for (const file of readdirSync(dir)) if (file.endsWith(".yaml")) rmSync(join(dir, file));
for (let i = 0; i < 20; i++) {
  const header = "# yaml-language-server: $schema=../../schemas/case.schema.json\n# Fictional, for `ancillary report`: written by scripts/make-report-examples.js; every name and detail is invented.\n";
  writeFileSync(join(dir, `case-${String(i + 1).padStart(2, "0")}.yaml`), header + YAML.stringify(makeCase(i), { lineWidth: 0 }));
}
process.stdout.write(`wrote 20 cases to ${dir}\n`);
