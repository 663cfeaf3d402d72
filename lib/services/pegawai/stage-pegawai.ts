import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModeImpor } from "@/lib/validation/pegawai-impor";
import type { OnProgress, PegawaiBatch } from "./read-pegawai-file";

type Tx = Prisma.TransactionClient;

/** Rows per INSERT … unnest: ten array parameters of this length stay well under a few MB. */
export const STAGE_CHUNK = 10_000;

/**
 * Copies the checked batch into a temporary table `pegawai_impor` (dropped at commit), so that the
 * comparison with the instansi's pegawai and the write are set-wise statements, not 100,000 queries.
 */
export async function stagePegawai(tx: Tx, batch: PegawaiBatch, onProgress?: OnProgress): Promise<void> {
  await tx.$executeRaw`
    CREATE TEMP TABLE pegawai_impor (
      baris int NOT NULL, nip char(18) PRIMARY KEY, nama varchar(200) NOT NULL, "tanggalLahir" date NOT NULL,
      "jenisKelamin" "JenisKelamin" NOT NULL, jenis "JenisPegawai" NOT NULL, "jabatanId" int, "unorId" int NOT NULL,
      pendidikan varchar(120), "tmtJabatan" date) ON COMMIT DROP`;
  const total = batch.nip.length;
  await onProgress?.("menyimpan", 0, total);
  for (let i = 0; i < total; i += STAGE_CHUNK) {
    const s = <T>(a: T[]) => a.slice(i, i + STAGE_CHUNK);
    await tx.$executeRaw`
      INSERT INTO pegawai_impor
      SELECT * FROM unnest(${s(batch.baris)}::int[], ${s(batch.nip)}::text[], ${s(batch.nama)}::text[], ${s(batch.tanggalLahir)}::date[],
                           ${s(batch.jenisKelamin)}::"JenisKelamin"[], ${s(batch.jenis)}::"JenisPegawai"[], ${s(batch.jabatanId)}::int[],
                           ${s(batch.unorId)}::int[], ${s(batch.pendidikan)}::text[], ${s(batch.tmtJabatan)}::date[])`;
    await onProgress?.("menyimpan", Math.min(i + STAGE_CHUNK, total), total);
  }
  await tx.$executeRaw`ANALYZE pegawai_impor`;
}

export interface ContohBaris {
  baris: number | null;
  nip: string;
  nama: string;
  jabatan: string | null;
  unor: string | null;
  /** For an update: what the row holds now (nama, jabatan, unor, aktif). */
  sebelum?: { nama: string; jabatan: string | null; unor: string | null; aktif: boolean };
}

export interface RencanaImpor {
  baris: number;
  ditambah: number;
  diperbarui: number;
  tetap: number;
  dinonaktifkan: number;
  contoh: { ditambah: ContohBaris[]; diperbarui: ContohBaris[]; dinonaktifkan: ContohBaris[] };
}

/** A staged row differs from the stored pegawai in any imported column, or the pegawai is inactive. */
export const DIFFERS = `(g.nama, g."tanggalLahir", g."jenisKelamin", g.jenis, g."jabatanId", g."unorId", g.pendidikan, g."tmtJabatan")
  IS DISTINCT FROM (s.nama, s."tanggalLahir", s."jenisKelamin", s.jenis, s."jabatanId", s."unorId", s.pendidikan, s."tmtJabatan") OR NOT g.aktif`;

const SAMPLE = 5;

/** What applying the staged file would change for this instansi: counts and a few rows of each kind. */
export async function planImpor(tx: Tx, instansiId: number, mode: ModeImpor): Promise<RencanaImpor> {
  const ganti = mode === "GANTI";
  const [c] = await tx.$queryRawUnsafe<{ baris: number; ditambah: number; diperbarui: number; dinonaktifkan: number }[]>(
    `SELECT (SELECT count(*) FROM pegawai_impor)::int AS baris,
            (SELECT count(*) FROM pegawai_impor s WHERE NOT EXISTS (SELECT 1 FROM "Pegawai" g WHERE g.nip = s.nip))::int AS ditambah,
            (SELECT count(*) FROM pegawai_impor s JOIN "Pegawai" g ON g.nip = s.nip WHERE g."instansiId" = $1 AND (${DIFFERS}))::int AS diperbarui,
            CASE WHEN $2 THEN (SELECT count(*) FROM "Pegawai" g WHERE g."instansiId" = $1 AND g.aktif
                               AND NOT EXISTS (SELECT 1 FROM pegawai_impor s WHERE s.nip = g.nip)) ELSE 0 END::int AS dinonaktifkan`,
    instansiId,
    ganti,
  );
  const label = `j.kode || ' ' || j.nama`;
  const ditambah = await tx.$queryRawUnsafe<ContohBaris[]>(
    `SELECT s.baris, s.nip::text AS nip, s.nama, ${label} AS jabatan, u.nama AS unor FROM pegawai_impor s
     LEFT JOIN "Jabatan" j ON j.id = s."jabatanId" LEFT JOIN "Unor" u ON u.id = s."unorId"
     WHERE NOT EXISTS (SELECT 1 FROM "Pegawai" g WHERE g.nip = s.nip) ORDER BY s.baris LIMIT ${SAMPLE}`,
  );
  const diperbarui = await tx.$queryRawUnsafe<(ContohBaris & { sNama: string; sJabatan: string | null; sUnor: string | null; sAktif: boolean })[]>(
    `SELECT s.baris, s.nip::text AS nip, s.nama, ${label} AS jabatan, u.nama AS unor,
            g.nama AS "sNama", jg.kode || ' ' || jg.nama AS "sJabatan", ug.nama AS "sUnor", g.aktif AS "sAktif"
     FROM pegawai_impor s JOIN "Pegawai" g ON g.nip = s.nip
     LEFT JOIN "Jabatan" j ON j.id = s."jabatanId" LEFT JOIN "Unor" u ON u.id = s."unorId"
     LEFT JOIN "Jabatan" jg ON jg.id = g."jabatanId" LEFT JOIN "Unor" ug ON ug.id = g."unorId"
     WHERE g."instansiId" = $1 AND (${DIFFERS}) ORDER BY s.baris LIMIT ${SAMPLE}`,
    instansiId,
  );
  const dinonaktifkan = ganti
    ? await tx.$queryRawUnsafe<ContohBaris[]>(
        `SELECT NULL::int AS baris, g.nip::text AS nip, g.nama, ${label} AS jabatan, u.nama AS unor FROM "Pegawai" g
         LEFT JOIN "Jabatan" j ON j.id = g."jabatanId" LEFT JOIN "Unor" u ON u.id = g."unorId"
         WHERE g."instansiId" = $1 AND g.aktif AND NOT EXISTS (SELECT 1 FROM pegawai_impor s WHERE s.nip = g.nip)
         ORDER BY g.nip LIMIT ${SAMPLE}`,
        instansiId,
      )
    : [];
  return {
    baris: c.baris,
    ditambah: c.ditambah,
    diperbarui: c.diperbarui,
    tetap: c.baris - c.ditambah - c.diperbarui,
    dinonaktifkan: c.dinonaktifkan,
    contoh: {
      ditambah,
      diperbarui: diperbarui.map(({ sNama, sJabatan, sUnor, sAktif, ...r }) => ({ ...r, sebelum: { nama: sNama, jabatan: sJabatan, unor: sUnor, aktif: sAktif } })),
      dinonaktifkan,
    },
  };
}
