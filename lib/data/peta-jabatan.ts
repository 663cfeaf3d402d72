import "server-only";
import { db } from "@/lib/db";
import { canReadInstansi, type Actor } from "@/lib/auth/permissions";
import { rekapDariJumlah } from "@/lib/domain/rekap";
import { susunPetaJabatan, type PetaJabatanSusun } from "@/lib/domain/peta-jabatan/susun";
import { CELL_STRIDE, type JabatanKatalog, type PetaJabatanTabelData } from "@/lib/domain/peta-jabatan/tabel";

/**
 * The Peta Jabatan tab of one instansi: its active units with their own and whole-subtree K, B and
 * selisih, the jabatan placed in them, and the instansi's figures from its recap table. Four
 * parallel queries over the instansi's own rows (explicit columns); the tree sums are lib/domain's, and must
 * agree with the recap (both count active units only). Null when the actor may not read it.
 */
export interface PetaJabatanLengkap extends PetaJabatanSusun {
  instansi: { id: number; kode: string; nama: string };
  jabatan: JabatanKatalog[];
  /** Index into `jabatan` per cell, parallel to `cells`. */
  jabatanIndex: number[];
  /** Cell id → "SUMBER|versi" for cells whose K is not MANUAL. */
  sumber: Map<number, string>;
}

type Num = number | bigint | null;
const n = (v: Num) => Number(v ?? 0);

export async function getPetaJabatan(actor: Actor, instansiId: number): Promise<PetaJabatanLengkap | null> {
  if (!canReadInstansi(actor, instansiId)) return null;
  const instansi = await db().instansi.findUnique({ where: { id: instansiId }, select: { id: true, kode: true, nama: true } });
  if (!instansi) return null;
  const [units, [packed], katalog, [sum], sumberRows] = await Promise.all([
    db().$queryRaw<{ id: number; parentId: number | null; nama: string; jenis: string; urutan: number }[]>`
      SELECT id, "parentId", nama, jenis::text AS jenis, urutan FROM "Unor" WHERE "instansiId" = ${instansiId} AND aktif`,
    // One text of comma-separated integers (six per cell) rather than 50k rows or int arrays: the
    // driver's per-row and per-element decoding was the cost here. Ordered on integers only; the
    // names' order within a unit is applied below.
    db().$queryRaw<{ c: string | null }[]>`
      SELECT string_agg(concat_ws(',', p.id, p."unorId", p."jabatanId", p.kebutuhan, p.existing, p.urutan), ',' ORDER BY p."unorId", p.urutan, p.id) AS c
      FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId" AND u.aktif
      WHERE p."instansiId" = ${instansiId}`,
    db().$queryRaw<JabatanKatalog[]>`
      SELECT id, kode, nama, jenis::text AS jenis, jenjang::text AS jenjang, kelas FROM "Jabatan"
      WHERE id IN (SELECT "jabatanId" FROM "PetaJabatan" WHERE "instansiId" = ${instansiId})`,
    db().$queryRaw<{ jumlahSel: Num; kebutuhan: Num; existing: Num; kelebihan: Num; kekurangan: Num; selLebih: Num; selKurang: Num }[]>`
      SELECT sum("jumlahSel") "jumlahSel", sum(kebutuhan) kebutuhan, sum(existing) existing, sum(kelebihan) kelebihan,
             sum(kekurangan) kekurangan, sum("selLebih") "selLebih", sum("selKurang") "selKurang"
      FROM "RekapInstansiJabatan" WHERE "instansiId" = ${instansiId}`,
    // Cells whose K is not typed by hand: ABK, a standard or struktural, with the version (few distinct texts).
    db().$queryRaw<{ id: number; s: string }[]>`
      SELECT p.id, p."sumberKebutuhan"::text || coalesce('|' || p."aturanVersi", '') AS s
      FROM "PetaJabatan" p JOIN "Unor" u ON u.id = p."unorId" AND u.aktif
      WHERE p."instansiId" = ${instansiId} AND p."sumberKebutuhan" <> 'MANUAL'`,
  ]);
  const index = new Map(katalog.map((j, i) => [j.id, i]));
  // Within a unit: its head (struktural) first, then urutan, then name (ranked once per catalogue row).
  const collator = new Intl.Collator("id");
  const rank = new Map([...katalog].sort((x, y) => collator.compare(x.nama, y.nama)).map((j, i) => [j.id, i]));
  const struktural = new Set(katalog.filter((j) => j.jenis === "STRUKTURAL").map((j) => j.id));
  const nums = packed.c ? packed.c.split(",").map(Number) : [];
  const cells: { id: number; unorId: number; jabatanId: number; kebutuhan: number; existing: number; kepala: number; urutan: number; rank: number }[] = [];
  for (let i = 0; i + 6 <= nums.length; i += 6) {
    const jabatanId = nums[i + 2];
    cells.push({
      id: nums[i],
      unorId: nums[i + 1],
      jabatanId,
      kebutuhan: nums[i + 3],
      existing: nums[i + 4],
      kepala: struktural.has(jabatanId) ? 0 : 1,
      urutan: nums[i + 5],
      rank: rank.get(jabatanId)!,
    });
  }
  const susun = susunPetaJabatan(units, cells, (a, b) => a.kepala - b.kepala || a.urutan - b.urutan || a.rank - b.rank || a.id - b.id);
  return {
    ...susun,
    // The instansi's figures are its recap, the same every other page shows.
    total: rekapDariJumlah({
      jumlahSel: n(sum.jumlahSel),
      kebutuhan: n(sum.kebutuhan),
      existing: n(sum.existing),
      kelebihan: n(sum.kelebihan),
      kekurangan: n(sum.kekurangan),
      selLebih: n(sum.selLebih),
      selKurang: n(sum.selKurang),
    }),
    instansi,
    jabatan: katalog,
    jabatanIndex: susun.cells.map((c) => index.get(c.jabatanId)!),
    sumber: new Map(sumberRows.map((r) => [r.id, r.s])),
  };
}

/** The same, packed for the client table (a few numbers per placed jabatan). */
export function packPetaJabatan(d: PetaJabatanLengkap): PetaJabatanTabelData {
  const cells = new Array<number>(d.cells.length * CELL_STRIDE);
  d.cells.forEach((c, i) => {
    const o = i * CELL_STRIDE;
    cells[o] = c.id;
    cells[o + 1] = c.unorId;
    cells[o + 2] = d.jabatanIndex[i];
    cells[o + 3] = c.kebutuhan;
    cells[o + 4] = c.existing;
    cells[o + 5] = c.selisih;
  });
  return { instansi: d.instansi, total: d.total, units: d.units, jabatan: d.jabatan, cells, sumber: d.cells.map((c) => d.sumber.get(c.id) ?? "MANUAL") };
}
