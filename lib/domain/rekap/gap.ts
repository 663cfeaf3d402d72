/**
 * Kebutuhan (K) vs existing (B): the one definition of selisih, kelebihan and kekurangan. Pure.
 * For one cell (a jabatan placed in a unit): selisih = B − K, kelebihan = max(0, B − K),
 * kekurangan = max(0, K − B). For a set of cells, net selisih is ΣB − ΣK while kelebihan and
 * kekurangan are gross sums over the cells, so a net excess never hides the shortages inside it.
 * Recaps are additive: the recap of a union of disjoint sets is the sum of their recaps.
 */
export interface Sel {
  kebutuhan: number;
  existing: number;
}

export interface RekapAngka {
  /** Number of cells (jabatan × unit) in the set. */
  jumlahSel: number;
  kebutuhan: number;
  existing: number;
  /** Net: existing − kebutuhan. */
  selisih: number;
  /** Gross Σ max(0, B − K). */
  kelebihan: number;
  /** Gross Σ max(0, K − B). */
  kekurangan: number;
  /** Cells with B > K. */
  selLebih: number;
  /** Cells with B < K. */
  selKurang: number;
}

export const REKAP_KOSONG: RekapAngka = Object.freeze({
  jumlahSel: 0,
  kebutuhan: 0,
  existing: 0,
  selisih: 0,
  kelebihan: 0,
  kekurangan: 0,
  selLebih: 0,
  selKurang: 0,
});

export function rekapSatuSel({ kebutuhan: k, existing: b }: Sel): RekapAngka {
  return {
    jumlahSel: 1,
    kebutuhan: k,
    existing: b,
    selisih: b - k,
    kelebihan: Math.max(0, b - k),
    kekurangan: Math.max(0, k - b),
    selLebih: b > k ? 1 : 0,
    selKurang: k > b ? 1 : 0,
  };
}

export function tambahRekap(a: RekapAngka, b: RekapAngka): RekapAngka {
  return {
    jumlahSel: a.jumlahSel + b.jumlahSel,
    kebutuhan: a.kebutuhan + b.kebutuhan,
    existing: a.existing + b.existing,
    selisih: a.selisih + b.selisih,
    kelebihan: a.kelebihan + b.kelebihan,
    kekurangan: a.kekurangan + b.kekurangan,
    selLebih: a.selLebih + b.selLebih,
    selKurang: a.selKurang + b.selKurang,
  };
}

/** Recap of any set of cells. */
export function rekapSel(cells: Iterable<Sel>): RekapAngka {
  let total = REKAP_KOSONG;
  for (const c of cells) total = tambahRekap(total, rekapSatuSel(c));
  return total;
}

/** Sum of recaps of disjoint sets. */
export function gabungRekap(parts: Iterable<RekapAngka>): RekapAngka {
  let total = REKAP_KOSONG;
  for (const p of parts) total = tambahRekap(total, p);
  return total;
}

/** Builds a recap from stored sums (the recap tables hold everything but the derived net selisih). */
export function rekapDariJumlah(j: Omit<RekapAngka, "selisih">): RekapAngka {
  return { ...j, selisih: j.existing - j.kebutuhan };
}
