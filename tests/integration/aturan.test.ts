import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAturanBerlaku, listAturanPerhitungan } from "@/lib/data/aturan";
import { DEFAULT_BAND_EJ, DEFAULT_FAKTOR_PERIODE, DEFAULT_RULE_SET, type Pembulatan } from "@/lib/domain/abk";

let seq = 0;
function aturan(berlakuMulai: string, wkeMenit: number, extra: { versi?: string; pembulatan?: Pembulatan; bandEJ?: unknown } = {}) {
  return db().aturanPerhitungan.create({
    data: {
      versi: extra.versi ?? `UJI-${wkeMenit}-${++seq}`,
      berlakuMulai: new Date(berlakuMulai),
      wkeMenit,
      faktorPeriode: { ...DEFAULT_FAKTOR_PERIODE },
      pembulatan: extra.pembulatan ?? "KE_ATAS",
      bandEJ: (extra.bandEJ ?? DEFAULT_BAND_EJ.map((b) => ({ ...b }))) as object[],
      sumber: "Uji",
    },
  });
}

beforeEach(async () => {
  await db().aturanPerhitungan.deleteMany();
});

describe("getAturanBerlaku", () => {
  it("falls back to the built-in Permenpan RB 1/2020 rule when the table is empty", async () => {
    expect(await getAturanBerlaku(db())).toEqual(DEFAULT_RULE_SET);
    expect(await getAturanBerlaku(db(), new Date("2015-01-01"))).toEqual(DEFAULT_RULE_SET);
  });

  it("takes the row with the latest berlakuMulai on or before the date", async () => {
    await aturan("2011-01-01", 72_000, { versi: "PERKABKN-19-2011" });
    await aturan("2020-01-01", 75_000, { versi: "PERMENPANRB-1-2020", pembulatan: "STANDAR" });
    await aturan("2999-01-01", 78_000, { versi: "MASA-DEPAN" });

    expect(await getAturanBerlaku(db(), new Date("2015-06-01T05:00:00Z"))).toMatchObject({ versi: "PERKABKN-19-2011", wkeMenit: 72_000 });
    // On the first day itself the new rule applies.
    expect(await getAturanBerlaku(db(), new Date("2020-01-01T05:00:00Z"))).toMatchObject({ versi: "PERMENPANRB-1-2020", pembulatan: "STANDAR" });
    expect(await getAturanBerlaku(db(), new Date("2019-12-31T12:00:00Z"))).toMatchObject({ versi: "PERKABKN-19-2011" });
    expect((await getAturanBerlaku(db())).versi).toBe("PERMENPANRB-1-2020"); // today, the 2999 row is not yet in force
    expect(await getAturanBerlaku(db(), new Date("2999-03-01T05:00:00Z"))).toMatchObject({ versi: "MASA-DEPAN", wkeMenit: 78_000 });
    // Before every stored rule: the built-in default.
    expect(await getAturanBerlaku(db(), new Date("2005-01-01T05:00:00Z"))).toEqual(DEFAULT_RULE_SET);
  });

  it("decides the day in WIB: 1 January 00:00 WIB is 31 December 17:00 UTC", async () => {
    await aturan("2020-01-01", 75_000, { versi: "LAMA" });
    await aturan("2030-01-01", 78_000, { versi: "BARU" });
    expect((await getAturanBerlaku(db(), new Date("2029-12-31T16:59:59Z"))).versi).toBe("LAMA");
    expect((await getAturanBerlaku(db(), new Date("2029-12-31T17:00:00Z"))).versi).toBe("BARU");
  });

  it("lets the later row win when two start on the same day", async () => {
    await aturan("2020-01-01", 75_000, { versi: "PERTAMA" });
    await aturan("2020-01-01", 72_000, { versi: "KOREKSI" });
    expect(await getAturanBerlaku(db(), new Date("2024-01-01"))).toMatchObject({ versi: "KOREKSI", wkeMenit: 72_000 });
  });

  it("returns exactly a RuleSet, the JSON columns parsed", async () => {
    await aturan("2020-01-01", 75_000, { versi: "PERMENPANRB-1-2020" });
    expect(await getAturanBerlaku(db(), new Date("2024-01-01"))).toEqual(DEFAULT_RULE_SET);
  });

  it("refuses a stored rule whose JSON does not parse, rather than guessing", async () => {
    await aturan("2020-01-01", 75_000, { versi: "RUSAK", bandEJ: [{ pj: "Z", min: "tinggi" }] });
    await expect(getAturanBerlaku(db(), new Date("2024-01-01"))).rejects.toThrow(/Aturan perhitungan "RUSAK" di basis data tidak sah/);
  });
});

describe("listAturanPerhitungan", () => {
  it("lists every version, latest berlakuMulai first and the later row first on the same day", async () => {
    await aturan("2011-01-01", 72_000, { versi: "PERKABKN-19-2011" });
    await aturan("2020-01-01", 75_000, { versi: "PERTAMA" });
    await aturan("2020-01-01", 74_000, { versi: "KOREKSI" });
    await aturan("2999-01-01", 78_000, { versi: "MASA-DEPAN", pembulatan: "STANDAR" });
    const rows = await listAturanPerhitungan(db());
    expect(rows.map((r) => r.versi)).toEqual(["MASA-DEPAN", "KOREKSI", "PERTAMA", "PERKABKN-19-2011"]);
    expect(rows[0]).toMatchObject({ wkeMenit: 78_000, pembulatan: "STANDAR", sumber: "Uji", faktorPeriode: DEFAULT_FAKTOR_PERIODE });
    expect(rows[0].berlakuMulai.toISOString().slice(0, 10)).toBe("2999-01-01");
  });

  it("is empty when no version is stored", async () => {
    expect(await listAturanPerhitungan(db())).toEqual([]);
  });
});
