import type { Db } from "@/lib/db";
import { canReplicateFrom, type Actor } from "@/lib/auth/permissions";
import { AppError, wrapDbError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { replicateSchema } from "@/lib/validation/unor";
import { writeAudit } from "@/lib/services/audit";
import { loadUnorForEdit, lockInstansiTree } from "@/lib/services/guard";

type Tx = Prisma.TransactionClient;
type ReplicateInput = ReturnType<typeof replicateSchema.parse>;

/**
 * "Replikasi Jabatan Fungsional / Pelaksana": copies the JF and pelaksana placed in a source unit (of
 * this or another instansi's OTK) into the target unit, with kebutuhan and infojab (uraian tugas
 * included), in one transaction. Jabatan already in the target are skipped and reported. Which
 * sources are allowed is `canReplicateFrom` (active units of any instansi); the audit entry names the
 * source instansi and unit. Under the target instansi's tree lock, like every placement.
 */
export async function replicateJabatan(db: Db, actor: Actor, input: unknown) {
  const data = replicateSchema.parse(input);
  if (data.sourceUnorId === data.targetUnorId) throw new AppError("INVALID", "Unor sumber dan tujuan tidak boleh sama.", { sourceUnorId: ["Pilih unor lain."] });
  const target = await loadUnorForEdit(db, actor, data.targetUnorId);
  if (!target.aktif) throw new AppError("INVALID", "Unor tujuan nonaktif.");
  const source = await db.unor.findUnique({ where: { id: data.sourceUnorId }, select: sourceSelect });
  if (!source) throw new AppError("NOT_FOUND", "Unor sumber tidak ditemukan.", { sourceUnorId: ["Unor sumber tidak ditemukan."] });
  assertSource(actor, source, target.instansiId);

  try {
    return await db.$transaction((tx) => copy(tx, actor, data, target, source));
  } catch (e) {
    throw wrapDbError(e);
  }
}

const sourceSelect = { id: true, nama: true, instansiId: true, aktif: true, instansi: { select: { nama: true } } } as const;
type Source = { id: number; nama: string; instansiId: number; aktif: boolean; instansi: { nama: string } };

function assertSource(actor: Actor, source: Source, targetInstansiId: number) {
  if (!canReplicateFrom(actor, source, targetInstansiId)) {
    throw new AppError("FORBIDDEN", `Unor sumber "${source.nama}" nonaktif: unor tanpa dasar hukum tidak dapat dijadikan sumber replikasi.`, {
      sourceUnorId: ["Pilih unor sumber yang aktif."],
    });
  }
}

async function copy(tx: Tx, actor: Actor, data: ReplicateInput, target: { id: number; instansiId: number }, source: Source) {
  await lockInstansiTree(tx, target.instansiId);
  const [freshTarget, freshSource] = await Promise.all([
    tx.unor.findUnique({ where: { id: target.id }, select: { aktif: true } }),
    tx.unor.findUnique({ where: { id: source.id }, select: sourceSelect }),
  ]);
  if (!freshTarget?.aktif) throw new AppError("INVALID", "Unor tujuan nonaktif.");
  if (!freshSource) throw new AppError("NOT_FOUND", "Unor sumber tidak ditemukan.", { sourceUnorId: ["Unor sumber tidak ditemukan."] });
  assertSource(actor, freshSource, target.instansiId);
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
    after: { sumber: { instansiId: source.instansiId, instansi: source.instansi.nama, unorId: source.id, unor: source.nama }, disalin, dilewati },
  });
  return { disalin, dilewati };
}
