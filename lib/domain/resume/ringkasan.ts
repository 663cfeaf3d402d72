/**
 * The Resume tab's groupings of an instansi's recap. Pure. Every figure is a sum of per-jabatan
 * recaps (lib/domain/rekap, additive over disjoint sets), never a second definition of K, B or the gaps.
 */
import { gabungRekap, type RekapAngka } from "@/lib/domain/rekap";

export type KelompokRekap<K extends string | number> = RekapAngka & { kunci: K };

/** Recaps grouped by a key (jenis jabatan, kelas), in the order `urutan` gives, or by key. */
export function kelompokkanRekap<T extends RekapAngka, K extends string | number>(
  rows: readonly T[],
  kunci: (r: T) => K,
  urutan?: readonly K[],
): KelompokRekap<K>[] {
  const groups = new Map<K, T[]>();
  for (const r of rows) {
    const k = kunci(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  const keys = [...groups.keys()];
  const rank = (k: K) => (urutan ? urutan.indexOf(k) : -1);
  keys.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((k) => ({ kunci: k, ...gabungRekap(groups.get(k)!) }));
}

/**
 * The `n` jabatan with the largest gross kekurangan (or kelebihan), largest first; ties by name.
 * Jabatan without any shortage (excess) are not listed.
 */
export function peringkatJabatan<T extends RekapAngka & { nama: string }>(
  rows: readonly T[],
  ukuran: "kekurangan" | "kelebihan",
  n = 10,
): T[] {
  return rows
    .filter((r) => r[ukuran] > 0)
    .sort((a, b) => b[ukuran] - a[ukuran] || a.nama.localeCompare(b.nama, "id"))
    .slice(0, n);
}
