import { findingsFor, validCase } from "../support/cases";

/** The errors and warnings complainant-named gives for a text in the particulars, with the complainant called `name`. */
function severities(name: string, text: string): string[] {
  const c = validCase();
  c.complainants![0].name = name;
  c.offences[0].particulars = `Threatened by text message to share a photograph; the messages mention ${text}.`;
  return findingsFor("complainant-named", c).map((f) => f.severity);
}

describe("complainant-named finds the name however it is written", () => {
  it.each([
    ["Jan Strauß", "STRAUSS"],
    ["Jan STRAUSS", "Strauß"],
    ["Ayşe Yıldız", "AYSE YILDIZ"],
    ["Ayse Yildiz", "Yıldız"],
    ["İrem Kaya", "irem"],
    ["Iwona Łęcka", "Lecka"],
    ["Søren Kjær", "Kjaer"],
    ["Søren Kjaer", "Kjær"],
    ["Astrid Sæther", "Saether"],
    ["Đorđe Marić", "Djordje Maric"],
    ["Guðrún Þórsdóttir", "Thorsdottir"],
    ["Anna Müller", "Mueller"],
    ["Anna Mueller", "Müller"],
    ["Anna Muller", "MÜLLER"],
    ["Lena Schröder", "Schroeder"],
    ["Lena Schroeder", "Schröder"],
    ["Mia Gärtner", "Gaertner"],
    ["Юлия Сорокина", "Sorokina"],
    ["Yulia Sorokina", "Сорокина"],
  ])("finds %s written as %j (case folding and transliteration, both ways)", (name, text) => {
    expect(severities(name, text)).toEqual(["error"]);
  });

  it.each(["O'Neill", "ONEILL", "O Neill", "O’Neill", "o-neill"])("finds Siobhan O'Neill written as %j", (text) => {
    expect(severities("Siobhan O'Neill", text)).toEqual(["error"]);
  });

  it("finds a name entered with a space (O Neill) in its apostrophe spelling", () => {
    expect(severities("Siobhan O Neill", "O'Neill")).toEqual(["error"]);
  });

  it.each(["Brennan Walsh", "Brennan-Walsh", "BrennanWalsh", "Walsh"])("finds Mary Brennan-Walsh written as %j", (text) => {
    expect(severities("Mary Brennan-Walsh", text)).toEqual(["error"]);
  });
});

describe("complainant-named finds the name in handles and addresses", () => {
  it.each(["pelham.j@example.com", "xpelhamx@example.com", "jpelham", "@jpelham", "pelhamj@example.com", "@joannap1990", "joanna.pelham", "@Pelham_2020"])(
    "finds Joanna Pelham in %j",
    (text) => {
      expect(severities("Joanna Pelham", text)).toEqual(["error"]);
    },
  );

  it("finds a first name with an initial and digits (@annam1990)", () => {
    expect(severities("Anna Mason", "@annam1990")).toEqual(["error"]);
  });

  it.each(["@holly1990", "@hollyj_", "holly_b@example.com", "x.holly@example.com", "holly99"])(
    "treats an ordinary-word first name next to handle characters as her name, an error: %j",
    (text) => {
      expect(severities("Holly Jones", text)).toEqual(["error"]);
    },
  );

  it("still only warns of an ordinary word used as one, in lower case (the holly bushes)", () => {
    expect(severities("Holly Jones", "the holly bushes")).toEqual(["warning"]);
  });

  it("does not find an ordinary-word name inside another word of a handle (prose_writer)", () => {
    expect(severities("Rose Baker", "prose_writer")).toEqual([]);
  });

  it("still does not find a two-letter name in an exhibit number (JO1)", () => {
    expect(severities("Jo Pelham", "exhibit JO1")).toEqual([]);
  });
});
