import type { Db } from "@/lib/db";
import type { Masalah, ParsedJabatan } from "@/lib/excel/infojab/read-workbook";
import { SHEET } from "@/lib/excel/infojab/layout";
import { EMPTY_INFOJAB, type InfojabIsi } from "@/lib/validation/infojab";

const CHUNK = 1000;

export interface ImportTarget {
  id: number;
  jabatan: { nama: string };
  infojab: { version: number; lockedAt: Date | null } | null;
}

export const isEmptyDocument = (isi: InfojabIsi) => JSON.stringify(isi) === JSON.stringify(EMPTY_INFOJAB);

/**
 * The placed jabatan a file names, read within this instansi only (a key of another instansi reads
 * as unknown), with every unknown key, lock and moved version as a problem on the Jabatan sheet.
 */
export async function checkTargets(db: Db, instansiId: number, jabatan: ParsedJabatan[]): Promise<{ cells: Map<number, ImportTarget>; masalah: Masalah[] }> {
  const cells = new Map<number, ImportTarget>();
  for (let i = 0; i < jabatan.length; i += CHUNK) {
    const ids = jabatan.slice(i, i + CHUNK).map((j) => j.kode);
    const rows = await db.petaJabatan.findMany({
      where: { id: { in: ids }, instansiId },
      select: { id: true, jabatan: { select: { nama: true } }, infojab: { select: { version: true, lockedAt: true } } },
    });
    for (const r of rows) cells.set(r.id, r);
  }
  const masalah: Masalah[] = [];
  for (const j of jabatan) {
    const at = { sheet: SHEET.jabatan, row: j.row };
    const cell = cells.get(j.kode);
    if (!cell) {
      masalah.push({ ...at, column: "A", message: `Kode Peta Jabatan ${j.kode} tidak ditemukan di instansi ini.` });
      continue;
    }
    const current = cell.infojab?.version ?? 0;
    if (cell.infojab?.lockedAt) masalah.push({ ...at, column: "A", message: `Informasi jabatan ${cell.jabatan.nama} sudah dikunci validasi; buka kunci validasi dulu untuk mengubahnya.` });
    else if (current !== j.versi)
      masalah.push({ ...at, column: "E", message: `Informasi jabatan ${cell.jabatan.nama} diubah di portal sejak file diunduh (versi file ${j.versi}, versi sekarang ${current}). Unduh ulang file, lalu ulangi.` });
  }
  return { cells, masalah };
}
