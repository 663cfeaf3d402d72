import { describe, expect, it } from "vitest";
import { tahunBup, umurPada } from "./umur";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("umurPada (hand-worked)", () => {
  it("counts completed years only", () => {
    // Born 15 March 1980: 45 on 14 March 2026, 46 from 15 March 2026.
    expect(umurPada(d("1980-03-15"), d("2026-03-14"))).toBe(45);
    expect(umurPada(d("1980-03-15"), d("2026-03-15"))).toBe(46);
    expect(umurPada(d("1980-03-15"), d("2026-12-31"))).toBe(46);
    // A 29 February birthday turns a year older on 1 March in a common year.
    expect(umurPada(d("2000-02-29"), d("2026-02-28"))).toBe(25);
    expect(umurPada(d("2000-02-29"), d("2026-03-01"))).toBe(26);
  });
});

describe("tahunBup", () => {
  it("is the birth year plus the jabatan's BUP, none without a jabatan", () => {
    expect(tahunBup(d("1969-03-15"), 58)).toBe(2027);
    expect(tahunBup(d("1966-12-31"), 60)).toBe(2026);
    expect(tahunBup(d("1966-12-31"), null)).toBeNull();
  });
});
