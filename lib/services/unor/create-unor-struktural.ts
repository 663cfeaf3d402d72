import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, wrapDbError } from "@/lib/errors";
import type { Jenjang } from "@/lib/generated/prisma/enums";
import { JENJANG_LABEL } from "@/lib/format";
import { unorCreateSchema } from "@/lib/validation/unor";
import { writeAudit } from "@/lib/services/audit";
import { defaultKepala } from "@/lib/domain/tree/default-kepala";
import { loadUnorForEdit, lockInstansiTree } from "@/lib/services/guard";
import { assertUniqueSiblingName, nextUrutan } from "./sibling-names";

/** "Tambah Unor Struktural": the unit and its head's structural jabatan (kebutuhan 1), one transaction. */
export async function createUnorStruktural(db: Db, actor: Actor, input: unknown) {
  const data = unorCreateSchema.parse(input);
  const parent = await loadUnorForEdit(db, actor, data.parentId);
  if (parent.instansiId !== data.instansiId) throw new AppError("NOT_FOUND", "Unor atasan tidak ditemukan di instansi ini.");
  if (!parent.aktif) throw parentNonaktif();
  const kepala = data.jabatanKepalaId ? await explicitKepala(db, data.jabatanKepalaId, data.eselon) : await katalogKepala(db, data.eselon, data.nama);

  try {
    return await db.$transaction(async (tx) => {
      await lockInstansiTree(tx, data.instansiId);
      // The parent may have been deactivated since it was read: decide under the lock.
      const fresh = await tx.unor.findUnique({ where: { id: parent.id }, select: { aktif: true } });
      if (!fresh) throw new AppError("NOT_FOUND", "Unor atasan tidak ditemukan di instansi ini.");
      if (!fresh.aktif) throw parentNonaktif();
      await assertUniqueSiblingName(tx, data.instansiId, parent.id, data.nama);
      const unor = await tx.unor.create({
        data: {
          instansiId: data.instansiId,
          parentId: parent.id,
          nama: data.nama,
          jenis: data.jenis,
          eselon: data.eselon,
          urutan: await nextUrutan(tx, data.instansiId, parent.id),
          dasarHukumNomor: data.dasarHukumNomor ?? null,
          dasarHukumTanggal: data.dasarHukumTanggal ? new Date(`${data.dasarHukumTanggal}T00:00:00Z`) : null,
        },
      });
      const cell = await tx.petaJabatan.create({
        data: { instansiId: data.instansiId, unorId: unor.id, jabatanId: kepala.id, kebutuhan: 1, sumberKebutuhan: "STRUKTURAL", urutan: 1 },
      });
      await writeAudit(tx, actor, { entity: "Unor", entityId: unor.id, action: "CREATE", instansiId: data.instansiId, after: unor });
      await writeAudit(tx, actor, { entity: "PetaJabatan", entityId: cell.id, action: "CREATE", instansiId: data.instansiId, after: cell });
      return { unor: { id: unor.id, nama: unor.nama }, petaJabatanId: cell.id };
    });
  } catch (e) {
    throw wrapDbError(e);
  }
}

const parentNonaktif = () => new AppError("INVALID", "Unor atasan nonaktif: aktifkan dahulu atau pilih atasan lain.", { parentId: ["Unor atasan nonaktif."] });

/** A head jabatan the operator chose: a structural catalogue jabatan of the chosen eselon, checked here, not in the form. */
async function explicitKepala(db: Db, jabatanId: number, eselon: Jenjang) {
  const j = await db.jabatan.findFirst({ where: { id: jabatanId, jenis: "STRUKTURAL", aktif: true }, select: { id: true, nama: true, jenjang: true } });
  if (!j) throw new AppError("INVALID", "Jabatan kepala tidak ada di katalog jabatan struktural.", { jabatanKepalaId: ["Pilih jabatan struktural dari katalog."] });
  if (j.jenjang !== eselon) {
    throw new AppError("INVALID", `${j.nama} bukan jabatan struktural jenjang ${JENJANG_LABEL[eselon]}.`, { jabatanKepalaId: ["Jenjang jabatan kepala tidak sesuai dengan eselon unor."] });
  }
  return j;
}

async function katalogKepala(db: Db, eselon: Jenjang, namaUnor: string) {
  const candidates = await db.jabatan.findMany({ where: { jenis: "STRUKTURAL", jenjang: eselon, aktif: true }, orderBy: { id: "asc" }, select: { id: true, nama: true } });
  const kepala = defaultKepala(candidates, namaUnor);
  if (!kepala) throw new AppError("INVALID", "Katalog tidak memiliki jabatan struktural untuk jenjang ini.", { eselon: ["Tidak ada jabatan struktural untuk jenjang ini."] });
  return kepala;
}
