import "server-only";
import { db } from "@/lib/db";
import { canEditInstansi, canLockInfojab, canReadInstansi, canUnlockInfojab, type Actor } from "@/lib/auth/permissions";
import { getAturanBerlaku } from "@/lib/data/aturan";
import type { Eselon } from "@/lib/domain/jabatan/jenjang";
import { findInfojabCell } from "@/lib/services/infojab/load-infojab";
import { EMPTY_INFOJAB, infojabRowToIsi, type InfojabIsi } from "@/lib/validation/infojab";

export interface InfojabPageData {
  instansi: { id: number; nama: string };
  petaJabatanId: number;
  jabatan: { id: number; kode: string; nama: string; jenis: "STRUKTURAL" | "FUNGSIONAL" | "PELAKSANA"; jenjang: string | null; kelas: number | null };
  /** `path`: unit names from the top of the instansi down to this unit; `tingkat`: the same with each head's eselon. */
  unor: { id: number; nama: string; aktif: boolean; path: string[]; tingkat: { nama: string; eselon: Eselon | null }[] };
  kebutuhan: number;
  existing: number;
  sumberKebutuhan: "ABK" | "STANDAR_PEMBINA" | "STRUKTURAL" | "MANUAL";
  aturanVersi: string | null;
  /** Infojab version; 0 while none was saved. */
  version: number;
  isi: InfojabIsi;
  kunci: { oleh: string; pada: string } | null;
  izin: { ubah: boolean; kunci: boolean; bukaKunci: boolean };
  /** The rule set the editor computes with: the same one the server applies on save. */
  aturan: Awaited<ReturnType<typeof getAturanBerlaku>>;
}

/**
 * The infojab screen of one placed jabatan, or null (→ 404) when the id does not belong to this
 * instansi or the actor may not read it: a foreign id looks exactly like a missing one.
 */
export async function getInfojabPageData(actor: Actor, instansiId: number, petaJabatanId: number): Promise<InfojabPageData | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  const cell = await findInfojabCell(db(), petaJabatanId);
  if (!cell || cell.instansiId !== instansiId) return null;
  const [instansi, unitPath, aturan] = await Promise.all([
    db().instansi.findUniqueOrThrow({ where: { id: instansiId }, select: { id: true, nama: true } }),
    db().$queryRaw<{ nama: string; eselon: Eselon | null }[]>`
      SELECT a.nama, a.eselon::text AS eselon FROM "Unor" u JOIN "Unor" a ON a.id = ANY(u.path) WHERE u.id = ${cell.unorId} ORDER BY array_length(a.path, 1)`,
    getAturanBerlaku(db()),
  ]);
  const ij = cell.infojab;
  const locked = Boolean(ij?.lockedAt);
  return {
    instansi,
    petaJabatanId: cell.id,
    jabatan: cell.jabatan,
    unor: { ...cell.unor, path: unitPath.map((u) => u.nama), tingkat: unitPath },
    kebutuhan: cell.kebutuhan,
    existing: cell.existing,
    sumberKebutuhan: cell.sumberKebutuhan,
    aturanVersi: cell.aturanVersi,
    version: ij?.version ?? 0,
    isi: ij ? infojabRowToIsi(ij) : EMPTY_INFOJAB,
    kunci: ij?.lockedAt ? { oleh: ij.lockedBy?.nama ?? "—", pada: ij.lockedAt.toISOString() } : null,
    izin: {
      ubah: canEditInstansi(actor, instansiId) && !locked,
      kunci: canLockInfojab(actor, instansiId) && !locked && Boolean(ij),
      bukaKunci: canUnlockInfojab(actor, instansiId) && locked,
    },
    aturan,
  };
}

export interface SumberSalin {
  petaJabatanId: number;
  instansi: string;
  unor: string;
  uraian: number;
  kebutuhan: number;
  terkunci: boolean;
  sendiri: boolean;
}

/**
 * "Salin dari jabatan lain": the same catalogue jabatan placed elsewhere with an infojab — this
 * instansi's units first, then other instansi (read only, as models). Bounded: the picker shows a page.
 */
export async function listSumberSalin(actor: Actor, instansiId: number, petaJabatanId: number, limit = 50): Promise<SumberSalin[]> {
  if (!canReadInstansi(actor, instansiId)) return [];
  const target = await db().petaJabatan.findUnique({ where: { id: petaJabatanId }, select: { instansiId: true, jabatanId: true } });
  if (!target || target.instansiId !== instansiId) return [];
  const rows = await db().petaJabatan.findMany({
    where: { jabatanId: target.jabatanId, id: { not: petaJabatanId }, infojab: { isNot: null }, unor: { aktif: true } },
    select: {
      id: true,
      instansiId: true,
      kebutuhan: true,
      instansi: { select: { nama: true } },
      unor: { select: { nama: true } },
      infojab: { select: { lockedAt: true, _count: { select: { uraianTugas: true } } } },
    },
    orderBy: [{ instansiId: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows
    .map((r) => ({
      petaJabatanId: r.id,
      instansi: r.instansi.nama,
      unor: r.unor.nama,
      uraian: r.infojab?._count.uraianTugas ?? 0,
      kebutuhan: r.kebutuhan,
      terkunci: Boolean(r.infojab?.lockedAt),
      sendiri: r.instansiId === instansiId,
    }))
    .sort((a, b) => Number(b.sendiri) - Number(a.sendiri))
    .slice(0, limit);
}

/**
 * The preview of a source infojab in "Salin dari jabatan lain", or null. An active unit's infojab is
 * a published model (what replikasi copies, see canReplicateFrom), readable by any signed-in user;
 * only its text, never its pegawai. An inactive unit has no legal basis and is no model.
 */
export async function getSumberSalinPreview(petaJabatanId: number): Promise<InfojabIsi | null> {
  const cell = await findInfojabCell(db(), petaJabatanId);
  if (!cell?.infojab || !cell.unor.aktif) return null;
  return infojabRowToIsi(cell.infojab);
}
