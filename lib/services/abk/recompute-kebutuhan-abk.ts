import { z } from "zod";
import type { Db } from "@/lib/db";
import { canRecomputeAbk, isSystemActor, type Actor, type SystemActor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { hitungAbk, type RuleSet } from "@/lib/domain/abk";
import { getAturanBerlaku } from "@/lib/data/aturan";
import { writeAudit } from "@/lib/services/audit";

export interface RecomputeAbkResult {
  versiAturan: string;
  diperiksa: number;
  berubah: number;
}

export interface RecomputeAbkOptions {
  instansiId?: number;
  aturan?: RuleSet;
  log?: (m: string) => void;
  /** Called after each batch with instansi done and instansi in all (the cells are counted by the SQL). */
  onProgress?: (done: number, total: number) => void;
}

/** ~50 instansi a statement: a national run shows progress, yet each statement stays set-wise. */
export const INSTANSI_PER_BATCH = 50;

const optsSchema = z.object({ instansiId: z.number().int().positive().optional() });

/**
 * Recomputes kebutuhan of every ABK-sourced cell (optionally of one instansi) from its uraian tugas
 * under the rule set in force, recording the rule version, set-wise inside PostgreSQL: per batch of
 * instansi one statement computes the figure hitungAbk gives, in exact numeric arithmetic, and updates
 * only the cells whose kebutuhan or aturanVersi differ (bumping their version, so an open editor sees
 * the change). The row triggers are switched off for the batch and the recap gets the changed cells'
 * delta in the same statement. One transaction, one audit entry. Administrators only; scripts pass
 * SYSTEM_ACTOR. The per-cell reference is recomputeKebutuhanAbkPerSel.
 */
export async function recomputeKebutuhanAbk(db: Db, actor: Actor | SystemActor, opts: RecomputeAbkOptions = {}): Promise<RecomputeAbkResult> {
  if (!canRecomputeAbk(actor)) throw new AppError("FORBIDDEN", "Hanya administrator yang dapat menghitung ulang kebutuhan ABK nasional.");
  const parsed = optsSchema.safeParse({ instansiId: opts.instansiId });
  if (!parsed.success) throw new AppError("INVALID", "Instansi tidak sah.", { instansiId: ["Instansi harus bilangan bulat lebih dari 0."] });
  const aturan = opts.aturan ?? (await getAturanBerlaku(db));
  // The domain's own check of the rule set (WKE, factors), so SQL never sees a rule hitungAbk refuses.
  hitungAbk({ tugas: [] }, aturan);
  const f = aturan.faktorPeriode;
  // Decimal text of each factor: what hitungAbk reads too (parseDecimal of the number's shortest text).
  const [fTahun, fBulan, fMinggu, fHari] = [f.TAHUN, f.BULAN, f.MINGGU, f.HARI].map((x) => String(x));

  return db.$transaction(
    async (tx) => {
      const instansiIds = opts.instansiId
        ? [opts.instansiId]
        : (await tx.instansi.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((i) => i.id);
      await tx.$executeRaw`SELECT set_config('siasn.rekap_off', 'on', true)`;
      // A batch hashes and sorts ~100,000 cells: at the default 4 MB they spill to disk in pieces.
      await tx.$executeRaw`SELECT set_config('work_mem', '64MB', true)`;
      let diperiksa = 0;
      let berubah = 0;
      for (let from = 0; from < instansiIds.length; from += INSTANSI_PER_BATCH) {
        const ids = instansiIds.slice(from, from + INSTANSI_PER_BATCH);
        // Integer quotient and remainder instead of numeric division (which rounds): KE_ATAS adds 1 for
        // any remainder, STANDAR (half up, hitungAbk's fallback) when 2 × remainder ≥ WKE.
        // `sel` locks the batch's cells in id order (no deadlock with a writer of several cells) and, being
        // FOR UPDATE, yields each one's latest committed kebutuhan: the old K of the recap delta. A writer
        // waits for the end of the recompute instead of slipping in between.
        const [r] = await tx.$queryRaw<{ diperiksa: number; berubah: number }[]>`
          WITH sel AS (
            SELECT p.id, p."kebutuhan" AS kl, p."aturanVersi" AS av FROM "PetaJabatan" p
            WHERE p."instansiId" = ANY(${ids}::int[]) AND p."sumberKebutuhan" = 'ABK' ORDER BY p.id FOR UPDATE),
          beban AS (
            SELECT s.id, s.kl, s.av, sum(t."volume"
                     * CASE t."periode"::text WHEN 'TAHUN' THEN ${fTahun}::numeric WHEN 'BULAN' THEN ${fBulan}::numeric
                                               WHEN 'MINGGU' THEN ${fMinggu}::numeric WHEN 'HARI' THEN ${fHari}::numeric END
                     * t."waktu" * CASE t."satuanWaktu"::text WHEN 'JAM' THEN 60 ELSE 1 END) AS menit
            FROM sel s
            JOIN "Infojab" i ON i."petaJabatanId" = s.id
            JOIN "UraianTugas" t ON t."infojabId" = i.id
            GROUP BY s.id, s.kl, s.av),
          bagi AS (SELECT id, kl, av, menit, div(menit, ${aturan.wkeMenit}::numeric) AS q, ${aturan.wkeMenit}::numeric AS wke FROM beban),
          baru AS (
            SELECT id, kl, av, greatest(
                     CASE ${aturan.pembulatan}::text
                       WHEN 'KE_BAWAH' THEN q
                       WHEN 'KE_ATAS' THEN q + (menit > q * wke)::int
                       ELSE q + (2 * (menit - q * wke) >= wke)::int END,
                     -- any workload needs someone to do it, however small
                     (menit > 0)::int)::int AS k
            FROM bagi),
          upd AS (
            UPDATE "PetaJabatan" p SET "kebutuhan" = b.k, "aturanVersi" = ${aturan.versi}, "version" = p."version" + 1, "updatedAt" = now()
            FROM baru b
            WHERE p.id = b.id AND (b.kl <> b.k OR b.av IS DISTINCT FROM ${aturan.versi}::varchar)
            RETURNING p."instansiId", p."jabatanId", p."unorId", p."existing" AS e, b.kl, p."kebutuhan" AS kb),
          -- What peta_jabatan_rekap would add row by row (remove old K, add new K), summed; cells of an
          -- inactive unit count in no recap.
          rekap AS (
            INSERT INTO "RekapInstansiJabatan" AS r
              ("instansiId", "jabatanId", "jumlahSel", "kebutuhan", "existing", "kelebihan", "kekurangan", "selLebih", "selKurang")
            SELECT d."instansiId", d."jabatanId", 0, sum(d.kb - d.kl), 0,
                   sum(greatest(d.e - d.kb, 0) - greatest(d.e - d.kl, 0)), sum(greatest(d.kb - d.e, 0) - greatest(d.kl - d.e, 0)),
                   sum((d.e > d.kb)::int - (d.e > d.kl)::int), sum((d.kb > d.e)::int - (d.kl > d.e)::int)
            FROM upd d JOIN "Unor" u ON u.id = d."unorId"
            WHERE u."aktif" AND d.kb <> d.kl
            GROUP BY 1, 2
            ON CONFLICT ("instansiId", "jabatanId") DO UPDATE SET
              "kebutuhan" = r."kebutuhan" + EXCLUDED."kebutuhan",
              "kelebihan" = r."kelebihan" + EXCLUDED."kelebihan",
              "kekurangan" = r."kekurangan" + EXCLUDED."kekurangan",
              "selLebih" = r."selLebih" + EXCLUDED."selLebih",
              "selKurang" = r."selKurang" + EXCLUDED."selKurang")
          SELECT (SELECT count(*) FROM beban)::int AS diperiksa, (SELECT count(*) FROM upd)::int AS berubah`;
        diperiksa += r.diperiksa;
        berubah += r.berubah;
        opts.onProgress?.(Math.min(from + INSTANSI_PER_BATCH, instansiIds.length), instansiIds.length);
      }
      await tx.$executeRaw`SELECT set_config('siasn.rekap_off', '', true)`;
      await writeAudit(tx, isSystemActor(actor) ? null : actor, {
        entity: "PetaJabatan",
        entityId: opts.instansiId ? `instansi:${opts.instansiId}` : "semua",
        action: "HITUNG_ULANG_ABK",
        instansiId: opts.instansiId ?? null,
        after: { versiAturan: aturan.versi, diperiksa, berubah, ...(isSystemActor(actor) ? { pelaku: actor.nama } : {}) },
      });
      opts.log?.(`${diperiksa} sel ABK diperiksa, ${berubah} berubah (aturan ${aturan.versi})`);
      return { versiAturan: aturan.versi, diperiksa, berubah };
    },
    { timeout: 30 * 60_000 },
  );
}
