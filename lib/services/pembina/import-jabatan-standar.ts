import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, wrapDbError } from "@/lib/errors";
import { hitungKebutuhanPuskesmas, hitungKebutuhanSekolah, type KebutuhanStandar } from "@/lib/domain/standar";
import { getStandarBerlaku } from "@/lib/data/pembina";
import { importJabatanStandarSchema } from "@/lib/validation/pembina";
import { writeAudit } from "@/lib/services/audit";
import { loadUnorForEdit, lockInstansiTree } from "@/lib/services/guard";

interface Rencana {
  unorId: number;
  baris: KebutuhanStandar[];
}

/**
 * "Import Jabatan Guru" (jenis SEKOLAH) / "Import Jabatan Nakes" (jenis PUSKESMAS): in every active
 * school or puskesmas of the subtree of `unorId` that is keyed to a reference entry, the standard's
 * jabatan are placed with the kebutuhan the standard in force gives (sumber STANDAR_PEMBINA, its
 * versi in aturanVersi). A cell that already exists takes the standard's kebutuhan. One transaction
 * under the tree lock, one audit entry with the counts; B and the recaps follow by trigger.
 */
export async function importJabatanStandar(db: Db, actor: Actor, input: unknown) {
  const data = importJabatanStandarSchema.parse(input);
  const root = await loadUnorForEdit(db, actor, data.unorId);
  const instansiId = root.instansiId;
  const units = await db.unor.findMany({
    where: { instansiId, path: { has: root.id }, jenis: data.jenis, aktif: true },
    orderBy: [{ nama: "asc" }],
    select: { id: true, nama: true, kodePembina: true },
  });
  if (units.length === 0) throw new AppError("INVALID", data.jenis === "SEKOLAH" ? "Tidak ada sekolah aktif di unor ini." : "Tidak ada puskesmas aktif di unor ini.");
  const { standar, rencana, dilewati } = data.jenis === "SEKOLAH" ? await planSekolah(db, instansiId, units) : await planPuskesmas(db, instansiId, units);
  if (rencana.length === 0) throw new AppError("INVALID", "Tidak ada unor yang terhubung ke data referensi: impor unornya lewat Import Unor Pembina.");

  const kodeJabatan = [...new Set(rencana.flatMap((r) => r.baris.map((b) => b.kodeJabatan)))];
  const jabatan = new Map((await db.jabatan.findMany({ where: { kode: { in: kodeJabatan }, aktif: true }, select: { id: true, kode: true } })).map((j) => [j.kode, j.id]));
  const hilang = kodeJabatan.filter((k) => !jabatan.has(k));
  if (hilang.length) throw new AppError("INVALID", `Standar ${standar.versi} memakai jabatan yang tidak ada di katalog: ${hilang.join(", ")}.`);

  try {
    return await db.$transaction(
      async (tx) => {
        await lockInstansiTree(tx, instansiId);
        const unorIds = rencana.map((r) => r.unorId);
        const aktif = new Set((await tx.unor.findMany({ where: { id: { in: unorIds }, aktif: true }, select: { id: true } })).map((u) => u.id));
        if (aktif.size !== unorIds.length) throw new AppError("CONFLICT", "Sebagian unor sudah dihapus atau dinonaktifkan sejak dibuka. Muat ulang, lalu ulangi.");
        const cells = await tx.petaJabatan.findMany({ where: { unorId: { in: unorIds } }, select: { id: true, unorId: true, jabatanId: true, kebutuhan: true, sumberKebutuhan: true, aturanVersi: true, urutan: true } });
        const byPair = new Map(cells.map((c) => [`${c.unorId}/${c.jabatanId}`, c]));
        const maxUrutan = new Map<number, number>();
        for (const c of cells) maxUrutan.set(c.unorId, Math.max(maxUrutan.get(c.unorId) ?? 0, c.urutan));

        const baru: { instansiId: number; unorId: number; jabatanId: number; kebutuhan: number; sumberKebutuhan: "STANDAR_PEMBINA"; aturanVersi: string; urutan: number }[] = [];
        let diperbarui = 0;
        let tetap = 0;
        for (const r of rencana) {
          for (const b of r.baris) {
            const jabatanId = jabatan.get(b.kodeJabatan)!;
            const cell = byPair.get(`${r.unorId}/${jabatanId}`);
            if (!cell) {
              if (b.kebutuhan === 0) continue; // a line the school does not need (no rombel) is not placed
              const urutan = (maxUrutan.get(r.unorId) ?? 0) + 1;
              maxUrutan.set(r.unorId, urutan);
              baru.push({ instansiId, unorId: r.unorId, jabatanId, kebutuhan: b.kebutuhan, sumberKebutuhan: "STANDAR_PEMBINA", aturanVersi: standar.versi, urutan });
            } else if (cell.kebutuhan === b.kebutuhan && cell.sumberKebutuhan === "STANDAR_PEMBINA" && cell.aturanVersi === standar.versi) {
              tetap++;
            } else {
              await tx.petaJabatan.update({
                where: { id: cell.id },
                data: { kebutuhan: b.kebutuhan, sumberKebutuhan: "STANDAR_PEMBINA", aturanVersi: standar.versi, version: { increment: 1 } },
              });
              diperbarui++;
            }
          }
        }
        await tx.petaJabatan.createMany({ data: baru });
        const hasil = {
          versi: standar.versi,
          sumber: standar.sumber,
          unor: rencana.length,
          ditempatkan: baru.length,
          diperbarui,
          tetap,
          dilewati,
        };
        await writeAudit(tx, actor, { entity: "Unor", entityId: root.id, action: data.jenis === "SEKOLAH" ? "IMPORT_JABATAN_GURU" : "IMPORT_JABATAN_NAKES", instansiId, after: hasil });
        return hasil;
      },
      { timeout: 60_000 },
    );
  } catch (e) {
    throw wrapDbError(e);
  }
}

type UnitTarget = { id: number; nama: string; kodePembina: string | null };
const tanpaStandar = () => new AppError("INVALID", "Belum ada standar kebutuhan yang berlaku. Hubungi admin untuk menambah versi standar.");
const kodesOf = (units: UnitTarget[]) => units.flatMap((u) => (u.kodePembina ? [u.kodePembina] : []));

async function planSekolah(db: Db, instansiId: number, units: UnitTarget[]) {
  const standar = await getStandarBerlaku(db, "SEKOLAH");
  if (!standar) throw tanpaStandar();
  const ref = new Map(
    (await db.referensiSekolah.findMany({ where: { instansiId, npsn: { in: kodesOf(units) } }, select: { npsn: true, jenjang: true, siswaPerTingkat: true } })).map((r) => [r.npsn, r]),
  );
  const rencana: Rencana[] = [];
  const dilewati: { nama: string; alasan: string }[] = [];
  for (const u of units) {
    const r = u.kodePembina ? ref.get(u.kodePembina) : undefined;
    if (!r) dilewati.push({ nama: u.nama, alasan: "tidak terhubung ke data referensi sekolah (NPSN)" });
    else rencana.push({ unorId: u.id, baris: hitungKebutuhanSekolah(r, standar.aturan).baris });
  }
  return { standar, rencana, dilewati };
}

async function planPuskesmas(db: Db, instansiId: number, units: UnitTarget[]) {
  const standar = await getStandarBerlaku(db, "PUSKESMAS");
  if (!standar) throw tanpaStandar();
  const ref = new Map(
    (await db.referensiFaskes.findMany({ where: { instansiId, kode: { in: kodesOf(units) } }, select: { kode: true, jenis: true, wilayah: true } })).map((r) => [r.kode, r]),
  );
  const rencana: Rencana[] = [];
  const dilewati: { nama: string; alasan: string }[] = [];
  for (const u of units) {
    const r = u.kodePembina ? ref.get(u.kodePembina) : undefined;
    if (!r || r.jenis === "RUMAH_SAKIT") dilewati.push({ nama: u.nama, alasan: "tidak terhubung ke data referensi puskesmas (kode faskes)" });
    else rencana.push({ unorId: u.id, baris: hitungKebutuhanPuskesmas(r, standar.aturan) });
  }
  return { standar, rencana, dilewati };
}
