/**
 * A small case that fits the schema, as YAML text. Line numbers matter to the
 * position tests that use it: add lines only at the end.
 */
export const SMALL_CASE_YAML = [
  "version: 1", //                                   1
  "court:", //                                       2
  "  level: magistrates", //                         3
  "  location: Luton", //                            4
  "  jurisdiction: england-and-wales", //            5
  'reference: "41LN0456726"', //                     6
  "hearing: { date: 2026-09-14 }", //                7
  "defendant: { name: Martin OAKES, pronoun: he }", // 8
  "offences:", //                                    9
  "  - id: O1", //                                  10
  "    provision: SOA2003:66B(4)", //               11
  "    committed: { on: 2026-03-02 }", //           12
  "    particulars: Threatened to share an intimate photograph.", // 13
  "property:", //                                   14
  "  - id: P1", //                                  15
  "    description: Samsung Galaxy S23 mobile telephone, grey", // 16
  "    kind: device", //                            17
  "    identifiers: { exhibit: KT/1 }", //          18
  "    value: { amount: 180, currency: GBP }", //   19
  "    holdsIntimateImages: true", //               20
  "prosecutor: { name: Priya SHAH, role: Crown Prosecutor, office: CPS Thames and Chiltern, date: 2026-09-07 }", // 21
  "",
].join("\n");
