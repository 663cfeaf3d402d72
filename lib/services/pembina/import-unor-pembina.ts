import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, wrapDbError } from "@/lib/errors";
import type { JenisUnor, Jenjang } from "@/lib/generated/prisma/enums";
import { pembinaUnit } from "@/lib/domain/standar";
import { normalizeNamaUnor } from "@/lib/validation/unor";
import { importUnorPembinaSchema } from "@/lib/validation/pembina";
import { writeAudit } from "@/lib/services/audit";
import { loadUnorForEdit, lockInstansiTree, requireEditor } from "@/lib/services/guard";
import { nextUrutan } from "@/lib/services/unor/sibling-names";

interface Entri {
  kode: string;
  nama: string;
  jenis: JenisUnor;
  /** Head of a faskes (structural, kebutuhan 1); a school has none: its kepala is a guru. */
  kepala: { kodeJabatan: string; eselon: Jenjang } | null;
}

const KEPALA_PUSKESMAS = { kodeJabatan: "S-KAPUSKESMAS", eselon: "PENGAWAS" as const };
const KEPALA_RS = { kodeJabatan: "S-DIR-RSUD", eselon: "ADMINISTRATOR" as const };

/**
 * "Import Unor Pembina": reference entries (schools of a Dinas Pendidikan, faskes of a Dinas
 * Kesehatan) become units under `parentId`, keyed by their reference code. All or nothing, in one
 * transaction under the tree lock: an entry of another instansi, one already in the tree (never
 * twice) or a name already used by a sibling refuses the whole import.
 */
export async function importUnorPembina(db: Db, actor: Actor, input: unknown) {
  const data = importUnorPembinaSchema.parse(input);
  const parent = await loadUnorForEdit(db, actor, data.parentId);
  const pembina = pembinaUnit(parent.nama);
  const wanted = data.jenis === "SEKOLAH" ? "PENDIDIKAN" : "KESEHATAN";
  if (pembina !== wanted) {
    throw new AppError("INVALID", data.jenis === "SEKOLAH" ? "Sekolah hanya dapat diimpor di bawah Dinas Pendidikan." : "Faskes hanya dapat diimpor di bawah Dinas Kesehatan.");
  }
  if (!parent.aktif) throw new AppError("INVALID", "Unor atasan nonaktif: aktifkan dahulu sebelum mengimpor unor pembina.");
  const ids = [...new Set(data.referensiIds)];
  const entri = await loadEntri(db, data.jenis, ids);
  if (entri.length !== ids.length) throw new AppError("NOT_FOUND", "Sebagian entri referensi tidak ditemukan. Muat ulang daftar referensi.");
  const asing = entri.find((e) => e.instansiId !== parent.instansiId);
  if (asing) {
    // A forged id of another pemda's school: refused and recorded like any cross-instansi write.
    await requireEditor(db, actor, asing.instansiId, { entity: "Referensi", entityId: asing.kode });
    throw new AppError("FORBIDDEN", `${asing.nama} bukan milik instansi ini.`);
  }
  const kepalaKode = [...new Set(entri.flatMap((e) => (e.kepala ? [e.kepala.kodeJabatan] : [])))];
  const kepala = new Map((await db.jabatan.findMany({ where: { kode: { in: kepalaKode }, aktif: true }, select: { id: true, kode: true } })).map((j) => [j.kode, j.id]));
  const tanpa = kepalaKode.find((k) => !kepala.has(k));
  if (tanpa) throw new AppError("INVALID", `Jabatan kepala ${tanpa} tidak ada di katalog jabatan.`);

  try {
    return await db.$transaction(
      async (tx) => {
        await lockInstansiTree(tx, parent.instansiId);
        const fresh = await tx.unor.findUnique({ where: { id: parent.id }, select: { aktif: true } });
        if (!fresh?.aktif) throw new AppError("CONFLICT", "Unor atasan sudah dihapus atau dinonaktifkan. Muat ulang.");
        const ada = await tx.unor.findMany({ where: { instansiId: parent.instansiId, kodePembina: { in: entri.map((e) => e.kode) } }, select: { nama: true, kodePembina: true } });
        if (ada.length > 0) {
          throw new AppError("CONFLICT", `Sudah ada di struktur (tidak diimpor dua kali): ${ada.map((u) => `${u.nama} (${u.kodePembina})`).join(", ")}.`);
        }
        const siblings = new Set((await tx.unor.findMany({ where: { parentId: parent.id }, select: { nama: true } })).map((s) => normalizeNamaUnor(s.nama)));
        const twin = entri.find((e) => siblings.has(normalizeNamaUnor(e.nama)));
        if (twin) throw new AppError("CONFLICT", `Nama "${twin.nama}" sudah dipakai unor lain di bawah ${parent.nama}.`);

        const urutan = await nextUrutan(tx, parent.instansiId, parent.id);
        const units = await tx.unor.createManyAndReturn({
          data: entri.map((e, i) => ({
            instansiId: parent.instansiId,
            parentId: parent.id,
            nama: e.nama,
            jenis: e.jenis,
            eselon: e.kepala?.eselon ?? null,
            kodePembina: e.kode,
            urutan: urutan + i,
          })),
          select: { id: true, nama: true, kodePembina: true },
        });
        const byKode = new Map(units.map((u) => [u.kodePembina, u.id]));
        const heads = entri.flatMap((e) => (e.kepala ? [{ unorId: byKode.get(e.kode)!, jabatanId: kepala.get(e.kepala.kodeJabatan)! }] : []));
        await tx.petaJabatan.createMany({
          data: heads.map((h) => ({ instansiId: parent.instansiId, ...h, kebutuhan: 1, sumberKebutuhan: "STRUKTURAL" as const, urutan: 1 })),
        });
        await writeAudit(tx, actor, {
          entity: "Unor",
          entityId: parent.id,
          action: "IMPORT_UNOR_PEMBINA",
          instansiId: parent.instansiId,
          after: { jenis: data.jenis, jumlah: units.length, unor: units.map((u) => ({ id: u.id, kode: u.kodePembina, nama: u.nama })), jabatanKepala: heads.length },
        });
        return { dibuat: units.map((u) => ({ id: u.id, nama: u.nama, kode: u.kodePembina! })) };
      },
      { timeout: 60_000 },
    );
  } catch (e) {
    throw wrapDbError(e);
  }
}

async function loadEntri(db: Db, jenis: "SEKOLAH" | "FASKES", ids: number[]): Promise<(Entri & { instansiId: number })[]> {
  if (jenis === "SEKOLAH") {
    const rows = await db.referensiSekolah.findMany({ where: { id: { in: ids } }, orderBy: { nama: "asc" }, select: { npsn: true, nama: true, instansiId: true } });
    return rows.map((r) => ({ kode: r.npsn, nama: r.nama, instansiId: r.instansiId, jenis: "SEKOLAH", kepala: null }));
  }
  const rows = await db.referensiFaskes.findMany({ where: { id: { in: ids } }, orderBy: { nama: "asc" }, select: { kode: true, nama: true, jenis: true, instansiId: true } });
  return rows.map((r) => ({
    kode: r.kode,
    nama: r.nama,
    instansiId: r.instansiId,
    jenis: r.jenis === "RUMAH_SAKIT" ? "RUMAH_SAKIT" : "PUSKESMAS",
    kepala: r.jenis === "RUMAH_SAKIT" ? KEPALA_RS : KEPALA_PUSKESMAS,
  }));
}
