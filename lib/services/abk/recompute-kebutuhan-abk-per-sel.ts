import type { Db } from "@/lib/db";
import { canRecomputeAbk, isSystemActor, type Actor, type SystemActor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { hitungAbk, type RuleSet } from "@/lib/domain/abk";
import { getAturanBerlaku } from "@/lib/data/aturan";
import { writeAudit } from "@/lib/services/audit";
import type { RecomputeAbkResult } from "./recompute-kebutuhan-abk";

/**
 * The former per-cell path, kept only as the reference the set-wise recomputeKebutuhanAbk is tested
 * against (same figures, same audit): it loads every cell into Node and runs hitungAbk on it.
 * Recomputes kebutuhan of every ABK-sourced cell (optionally of one instansi) from its uraian tugas
 * under the rule set in force, recording the rule version. One transaction; changed cells bump their
 * version (so an open editor sees the change) and the recap triggers follow. One audit entry.
 * Administrators only; scripts pass SYSTEM_ACTOR.
 */
export async function recomputeKebutuhanAbkPerSel(
  db: Db,
  actor: Actor | SystemActor,
  opts: { instansiId?: number; aturan?: RuleSet; log?: (m: string) => void } = {},
): Promise<RecomputeAbkResult> {
  if (!canRecomputeAbk(actor)) throw new AppError("FORBIDDEN", "Hanya administrator yang dapat menghitung ulang kebutuhan ABK nasional.");
  const aturan = opts.aturan ?? (await getAturanBerlaku(db));
  return db.$transaction(
    async (tx) => {
      const cells = await tx.petaJabatan.findMany({
        where: { sumberKebutuhan: "ABK", ...(opts.instansiId ? { instansiId: opts.instansiId } : {}), infojab: { uraianTugas: { some: {} } } },
        select: {
          id: true,
          kebutuhan: true,
          aturanVersi: true,
          infojab: { select: { uraianTugas: { select: { volume: true, periode: true, waktu: true, satuanWaktu: true } } } },
        },
      });
      let berubah = 0;
      for (const c of cells) {
        const tugas = (c.infojab?.uraianTugas ?? []).map((t) => ({ ...t, volume: t.volume.toString(), waktu: t.waktu.toString() }));
        const { kebutuhan } = hitungAbk({ tugas }, aturan);
        if (kebutuhan === c.kebutuhan && c.aturanVersi === aturan.versi) continue;
        await tx.petaJabatan.update({
          where: { id: c.id },
          data: { kebutuhan, aturanVersi: aturan.versi, version: { increment: 1 } },
        });
        berubah++;
      }
      await writeAudit(tx, isSystemActor(actor) ? null : actor, {
        entity: "PetaJabatan",
        entityId: opts.instansiId ? `instansi:${opts.instansiId}` : "semua",
        action: "HITUNG_ULANG_ABK",
        instansiId: opts.instansiId ?? null,
        after: { versiAturan: aturan.versi, diperiksa: cells.length, berubah, ...(isSystemActor(actor) ? { pelaku: actor.nama } : {}) },
      });
      opts.log?.(`${cells.length} sel ABK diperiksa, ${berubah} berubah (aturan ${aturan.versi})`);
      return { versiAturan: aturan.versi, diperiksa: cells.length, berubah };
    },
    { timeout: 30 * 60_000 },
  );
}
