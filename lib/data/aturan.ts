import "server-only";
import type { Db } from "@/lib/db";
import { DEFAULT_RULE_SET, type RuleSet } from "@/lib/domain/abk";
import { aturanPerhitunganSchema } from "@/lib/validation/abk";

// Rules start on a calendar day in Indonesia; WIB (UTC+7, no daylight saving) decides which day it is.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The WIB calendar day of an instant, as the UTC midnight a DATE column holds. */
function wibCalendarDay(tanggal: Date): Date {
  const shifted = new Date(tanggal.getTime() + WIB_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/**
 * The ABK rule set in force on `tanggal`: the AturanPerhitungan row with the latest berlakuMulai on or
 * before that day (the latest-created wins a tie). With no such row (an empty table, or only future
 * rules) the built-in DEFAULT_RULE_SET (Permenpan RB 1/2020) applies. A stored row that does not
 * parse is a data defect and throws rather than computing with a guessed rule.
 */
export async function getAturanBerlaku(db: Pick<Db, "aturanPerhitungan">, tanggal: Date = new Date()): Promise<RuleSet> {
  const row = await db.aturanPerhitungan.findFirst({
    where: { berlakuMulai: { lte: wibCalendarDay(tanggal) } },
    orderBy: [{ berlakuMulai: "desc" }, { id: "desc" }],
    select: { versi: true, wkeMenit: true, faktorPeriode: true, pembulatan: true, bandEJ: true },
  });
  if (!row) return DEFAULT_RULE_SET;
  const parsed = aturanPerhitunganSchema.safeParse(row);
  if (!parsed.success) {
    throw new Error(`Aturan perhitungan "${row.versi}" di basis data tidak sah: ${parsed.error.message}`);
  }
  return parsed.data;
}

/** Every stored version of the ABK rules for the admin list: latest berlakuMulai first, then latest created. */
export async function listAturanPerhitungan(db: Pick<Db, "aturanPerhitungan">) {
  const rows = await db.aturanPerhitungan.findMany({
    orderBy: [{ berlakuMulai: "desc" }, { id: "desc" }],
    select: { id: true, versi: true, berlakuMulai: true, wkeMenit: true, pembulatan: true, faktorPeriode: true, sumber: true },
  });
  // faktorPeriode is written only through aturanPerhitunganSchema: a map of period name to factor.
  return rows.map((r) => ({ ...r, faktorPeriode: r.faktorPeriode as Record<string, number> }));
}
