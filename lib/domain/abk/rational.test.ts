import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  ceil,
  compare,
  div,
  floor,
  hasAtMostDecimals,
  mul,
  parseDecimal,
  parseFraction,
  rat,
  roundHalfUp,
  sub,
  toFraction,
  toNumber,
} from "./rational";

describe("rat", () => {
  it("reduces and keeps the denominator positive", () => {
    expect(rat(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rat(0n, 7n)).toEqual({ num: 0n, den: 1n });
    expect(() => rat(1n, 0n)).toThrow();
  });
});

describe("parseDecimal", () => {
  it.each([
    ["0.1", "1/10"],
    [0.1, "1/10"],
    ["2.25", "9/4"],
    ["  12  ", "12"],
    ["0012.5000", "25/2"],
    [".5", "1/2"],
    ["5.", "5"],
    ["-0.75", "-3/4"],
    ["1e3", "1000"],
    [1e21, "1000000000000000000000"],
    [1e-7, "1/10000000"],
    ["9999999999.9999", "99999999999999/10000"],
  ])("reads %s exactly as %s", (input, fraction) => {
    expect(toFraction(parseDecimal(input)!)).toBe(fraction);
  });

  it.each([NaN, Infinity, -Infinity, "", " ", "abc", "1,5", "0x10", "1e", ".", "1e99999"])("refuses %s", (input) => {
    expect(parseDecimal(input)).toBeNull();
  });

  it("makes 0.1 + 0.2 exactly 0.3, which floats do not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(compare(add(parseDecimal(0.1)!, parseDecimal(0.2)!), parseDecimal("0.3")!)).toBe(0);
  });
});

describe("arithmetic and rounding", () => {
  it("adds, subtracts, multiplies and divides exactly", () => {
    const third = rat(1n, 3n);
    expect(toFraction(add(third, third))).toBe("2/3");
    expect(toFraction(sub(third, rat(1n, 2n)))).toBe("-1/6");
    expect(toFraction(mul(rat(2n, 3n), rat(9n, 4n)))).toBe("3/2");
    expect(toFraction(div(rat(3n), rat(3n, 4n)))).toBe("4");
    expect(() => div(third, rat(0n))).toThrow();
  });

  it("floors, ceils and rounds half up at exact boundaries", () => {
    // 3/2 = 1.5: floor 1, ceil 2, half up 2; 149/100 = 1.49 → half up 1; 2 stays 2 in all three.
    expect([floor(rat(3n, 2n)), ceil(rat(3n, 2n)), roundHalfUp(rat(3n, 2n))]).toEqual([1n, 2n, 2n]);
    expect(roundHalfUp(rat(149n, 100n))).toBe(1n);
    expect([floor(rat(2n)), ceil(rat(2n)), roundHalfUp(rat(2n))]).toEqual([2n, 2n, 2n]);
    expect([floor(rat(-3n, 2n)), ceil(rat(-3n, 2n))]).toEqual([-2n, -1n]);
  });

  it("converts to the nearest double, also beyond 53 bits", () => {
    expect(toNumber(rat(3n, 2n))).toBe(1.5);
    expect(toNumber(rat(1n, 3n))).toBe(1 / 3);
    expect(toNumber(rat(10n ** 30n + 1n, 10n ** 10n))).toBe(1e20);
    expect(toNumber(rat(-(10n ** 30n), 3n))).toBeCloseTo(-(1e30 / 3), -15);
  });

  it("round-trips through the p/q text and tells whether a decimal display is exact", () => {
    expect(toFraction(parseFraction("-15/4"))).toBe("-15/4");
    expect(() => parseFraction("1.5")).toThrow();
    expect(hasAtMostDecimals(rat(3n, 2n), 2)).toBe(true);
    expect(hasAtMostDecimals(rat(1n, 8n), 2)).toBe(false); // 0.125
    expect(hasAtMostDecimals(rat(1n, 3n), 4)).toBe(false);
  });

  it("agrees with exact integer arithmetic on scaled decimals (property)", () => {
    // a/10⁴ + b/10⁴ compared with c/10⁴ must agree with a + b vs c.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 2 * 10 ** 9 }), (a, b, c) => {
        const d = (n: number) => parseDecimal((n / 10_000).toFixed(4))!;
        expect(compare(add(d(a), d(b)), d(c))).toBe(Math.sign(a + b - c) || 0);
      }),
    );
  });
});
