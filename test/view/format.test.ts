import fc from "fast-check";
import { formatPounds, withThousands } from "../../src/view/format";
import { longDate } from "../../src/case/dates";

// The documents wrote amounts and dates through Intl's en-GB formats; the digits written by hand must match them exactly.
const intlPounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });
const intlDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

describe("amounts in pounds", () => {
  it.each([0, 180, 1250.5, 1234567.891, 999.995, 0.125, 0.135, 1.345, 2.675, 1.005])("writes %p as Intl's en-GB pounds do", (amount) => {
    expect(formatPounds(amount)).toBe(intlPounds.format(amount));
  });

  it("rounds the amount as written, half away from zero: 1.005 is £1.01 though stored a little under it", () => {
    expect(formatPounds(1.005)).toBe("£1.01");
    expect(formatPounds(2.675)).toBe("£2.68");
  });

  it("keeps the sign of a negative amount, even one that rounds to nothing, as Intl does", () => {
    for (const amount of [-5, -0.001, -0.005, -1.005, -0]) expect(formatPounds(amount)).toBe(intlPounds.format(amount));
    expect(formatPounds(-5)).toBe("-£5.00");
  });

  it("leaves amounts written with an exponent, and non-numbers, to Intl", () => {
    for (const amount of [1e21, 1e-7, 5e-7, Number.NaN, Number.POSITIVE_INFINITY, 9007199254740993]) expect(formatPounds(amount)).toBe(intlPounds.format(amount));
  });

  it("matches Intl for any amount", () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), (amount) => formatPounds(amount) === intlPounds.format(amount)), { numRuns: 20000 });
    const pence = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 })).map(([n, places]) => n / 10 ** places);
    fc.assert(fc.property(pence, (amount) => formatPounds(amount) === intlPounds.format(amount)), { numRuns: 20000 });
  });
});

describe("whole numbers grouped by threes", () => {
  it("groups as en-GB does, for every whole number up to the largest safe one", () => {
    fc.assert(fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => withThousands(n) === n.toLocaleString("en-GB")));
    expect(withThousands(1000)).toBe("1,000");
    expect(withThousands(999)).toBe("999");
  });
});

describe("long dates", () => {
  it("writes a date as courts do, as Intl's en-GB long date does", () => {
    expect(longDate("2026-09-14")).toBe("14 September 2026");
    expect(longDate("2020-12-01")).toBe("1 December 2020");
  });

  it("matches Intl for every day from year 1 to 9999, and leaves years beyond to Intl", () => {
    const day = fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, (iso) => longDate(iso) === intlDate.format(new Date(`${iso}T00:00:00Z`))), { numRuns: 20000 });
    for (const iso of ["0000-01-01", "-000001-06-30", "+012345-01-01"]) expect(longDate(iso)).toBe(intlDate.format(new Date(`${iso}T00:00:00Z`)));
  });

  it("gives back text that is not a date as it was", () => {
    for (const text of ["2026-02-30x", "soon", "2026-13-01"]) expect(longDate(text)).toBe(text);
  });
});
