import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hitungAbk, type TugasInput } from "./hitung";
import { DEFAULT_RULE_SET, PEMBULATAN, PERIODE, RULE_SET_PERKA_BKN_19_2011, SATUAN_WAKTU, type RuleSet } from "./rule-set";
import { compare, parseFraction } from "./rational";

/** A Decimal(14,4)-like value as text: k ten-thousandths, 0 < k. */
const decimalText = (tenThousandths: bigint, scale = 4) => {
  const s = tenThousandths.toString().padStart(scale + 1, "0");
  return `${s.slice(0, -scale)}.${s.slice(-scale)}`;
};

const units = fc.bigInt({ min: 1n, max: 50_000_000n }); // 0,0001 … 5.000
const tugasArb: fc.Arbitrary<TugasInput> = fc.record({
  uraian: fc.constant("Tugas"),
  volume: units.map((k) => decimalText(k)),
  periode: fc.constantFrom(...PERIODE),
  waktu: units.map((k) => decimalText(k)),
  satuanWaktu: fc.constantFrom(...SATUAN_WAKTU),
});
const ruleArb: fc.Arbitrary<RuleSet> = fc
  .record({ base: fc.constantFrom(DEFAULT_RULE_SET, RULE_SET_PERKA_BKN_19_2011), pembulatan: fc.constantFrom(...PEMBULATAN) })
  .map(({ base, pembulatan }) => ({ ...base, pembulatan }));
const rowsArb = fc.array(tugasArb, { minLength: 1, maxLength: 8 });

const same = (a: ReturnType<typeof hitungAbk>, b: ReturnType<typeof hitungAbk>) => {
  expect(a.eksak.totalMenit).toBe(b.eksak.totalMenit);
  expect(a.kebutuhan).toBe(b.kebutuhan);
};

describe("hitungAbk properties", () => {
  it("never needs fewer people when a volume grows", () => {
    fc.assert(
      fc.property(rowsArb, ruleArb, fc.nat(), units, (rows, rule, at, extra) => {
        const i = at % rows.length;
        const grown = rows.map((r, j) =>
          j === i ? { ...r, volume: decimalText(BigInt(String(r.volume).replace(".", "")) + extra) } : r,
        );
        const before = hitungAbk({ tugas: rows }, rule);
        const after = hitungAbk({ tugas: grown }, rule);
        expect(compare(parseFraction(after.eksak.kebutuhanPecahan), parseFraction(before.eksak.kebutuhanPecahan))).toBe(1);
        expect(after.kebutuhan).toBeGreaterThanOrEqual(before.kebutuhan);
      }),
    );
  });

  it("changes nothing when a row is split into two with half the volume each", () => {
    fc.assert(
      fc.property(rowsArb, ruleArb, fc.nat(), (rows, rule, at) => {
        const i = at % rows.length;
        // Half of k/10⁴ is 5k/10⁵: still an exact decimal.
        const half = decimalText(BigInt(String(rows[i].volume).replace(".", "")) * 5n, 5);
        const split = rows.flatMap((r, j) => (j === i ? [{ ...r, volume: half }, { ...r, volume: half }] : [r]));
        same(hitungAbk({ tugas: split }, rule), hitungAbk({ tugas: rows }, rule));
      }),
    );
  });

  it("changes nothing when waktu h JAM is written as 60·h MENIT", () => {
    fc.assert(
      fc.property(rowsArb, ruleArb, (rows, rule) => {
        const inMinutes = rows.map((r) =>
          r.satuanWaktu === "JAM" ? { ...r, waktu: decimalText(BigInt(String(r.waktu).replace(".", "")) * 60n), satuanWaktu: "MENIT" as const } : r,
        );
        same(hitungAbk({ tugas: inMinutes }, rule), hitungAbk({ tugas: rows }, rule));
      }),
    );
  });

  it("changes nothing when a volume per period is written per year (v BULAN = 12v TAHUN, and so on)", () => {
    fc.assert(
      fc.property(rowsArb, ruleArb, (rows, rule) => {
        const perYear = rows.map((r) => {
          const factor = BigInt(rule.faktorPeriode[r.periode]);
          return { ...r, volume: decimalText(BigInt(String(r.volume).replace(".", "")) * factor), periode: "TAHUN" as const };
        });
        same(hitungAbk({ tugas: perYear }, rule), hitungAbk({ tugas: rows }, rule));
      }),
    );
  });

  it("needs at least 1 and at most one more than the fraction, and EJ × existing × WKE gives back the total", () => {
    fc.assert(
      fc.property(rowsArb, ruleArb, fc.integer({ min: 1, max: 500 }), (rows, rule, existing) => {
        const h = hitungAbk({ tugas: rows, existing }, rule);
        expect(h.kebutuhan).toBeGreaterThanOrEqual(1);
        expect(h.kebutuhan).toBeLessThanOrEqual(Math.max(1, Math.ceil(h.kebutuhanPecahan)));
        const ej = parseFraction(h.eksak.ej!);
        expect(ej.num * BigInt(existing * h.wkeMenit) * parseFraction(h.eksak.totalMenit).den).toBe(parseFraction(h.eksak.totalMenit).num * ej.den);
        expect(h.pj).not.toBeNull();
      }),
    );
  });
});
