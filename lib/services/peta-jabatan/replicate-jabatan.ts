import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { replicateSchema } from "@/lib/validation/unor";
import { writeAudit } from "@/lib/services/audit";
import { loadUnorForEdit } from "@/lib/services/guard";

/**
 * "Replikasi Jabatan Fungsional / Pelaksana": copies the JF and pelaksana placed in a source unit (of
 * this or another instansi's OTK) into the target unit, with kebutuhan and infojab (uraian tugas
 * included), in one transaction. Jabatan already in the target are skipped and reported.
 */
export async function replicateJabatan(db: Db, actor: Actor, input: unknown) {
  const data = replicateSchema.parse(input);
  if (data.sourceUnorId === data.targetUnorId) throw new AppError("INVALID", "Unor sumber dan tujuan tidak boleh sama.", { sourceUnorId: ["Pilih unor lain."] });
  const target = await loadUnorForEdit(db, actor, data.targetUnorId);
  if (!target.aktif) throw new AppError("INVALID", "Unor tujuan nonaktif.");
  const source = await db.unor.findUnique({ where: { id: data.sourceUnorId }, select: { id: true, nama: true, instansiId: true } });
  if (!source) throw new AppError("NOT_FOUND", "Unor sumber tidak ditemukan.", { sourceUnorId: ["Unor sumber tidak ditemukan."] });

  return db.$transaction(async (tx) => {
    const cells = await tx.petaJabatan.findMany({
      where: { unorId: source.id, jabatan: { jenis: { in: data.jenis } } },
      orderBy: { urutan: "asc" },
      include: { jabatan: { select: { id: true, nama: true } }, infojab: { include: { uraianTugas: true } } },
    });
    const present = new Set((await tx.petaJabatan.findMany({ where: { unorId: target.id }, select: { jabatanId: true } })).map((c) => c.jabatanId));
    const max = await tx.petaJabatan.aggregate({ where: { unorId: target.id }, _max: { urutan: true } });
    let urutan = max._max.urutan ?? 0;
    const disalin: { jabatanId: number; nama: string }[] = [];
    const dilewati: { jabatanId: number; nama: string; alasan: string }[] = [];
    for (const c of cells) {
      if (present.has(c.jabatanId)) {
        dilewati.push({ jabatanId: c.jabatanId, nama: c.jabatan.nama, alasan: "sudah ada di unor tujuan" });
        continue;
      }
      const { infojab } = c;
      await tx.petaJabatan.create({
        data: {
          instansiId: target.instansiId,
          unorId: target.id,
          jabatanId: c.jabatanId,
          kebutuhan: c.kebutuhan,
          sumberKebutuhan: c.sumberKebutuhan,
          aturanVersi: c.aturanVersi,
          urutan: ++urutan,
          infojab: infojab
            ? {
                create: {
                  ikhtisar: infojab.ikhtisar,
                  kualifikasi: infojab.kualifikasi ?? {},
                  hasilKerja: infojab.hasilKerja ?? [],
                  bahanKerja: infojab.bahanKerja ?? [],
                  perangkatKerja: infojab.perangkatKerja ?? [],
                  tanggungJawab: infojab.tanggungJawab ?? [],
                  wewenang: infojab.wewenang ?? [],
                  korelasiJabatan: infojab.korelasiJabatan ?? [],
                  kondisiLingkungan: infojab.kondisiLingkungan ?? [],
                  risikoBahaya: infojab.risikoBahaya ?? [],
                  syaratJabatan: infojab.syaratJabatan ?? {},
                  prestasiKerja: infojab.prestasiKerja,
                  kelasJabatan: infojab.kelasJabatan,
                  uraianTugas: {
                    create: infojab.uraianTugas.map(({ urutan: u, uraian, hasilKerja, satuan, volume, periode, waktu, satuanWaktu }) => ({
                      urutan: u,
                      uraian,
                      hasilKerja,
                      satuan,
                      volume,
                      periode,
                      waktu,
                      satuanWaktu,
                    })),
                  },
                },
              }
            : undefined,
        },
      });
      disalin.push({ jabatanId: c.jabatanId, nama: c.jabatan.nama });
    }
    await writeAudit(tx, actor, {
      entity: "Unor",
      entityId: target.id,
      action: "REPLIKASI_JABATAN",
      instansiId: target.instansiId,
      after: { sumber: { unorId: source.id, instansiId: source.instansiId }, disalin, dilewati },
    });
    return { disalin, dilewati };
  });
}
