import type { BarisSekolah, JenjangSekolah, KebutuhanStandar, PembulatanPenataan, StandarSekolah } from "./types";

/** Rombel per tingkat: ceil(peserta didik ÷ maximum rombel size); a tingkat without pupils has none. */
export function rombelPerTingkat(siswaPerTingkat: readonly number[], maxRombel: number): number[] {
  if (!Number.isInteger(maxRombel) || maxRombel <= 0) throw new RangeError("Ukuran rombel maksimum harus bilangan bulat positif.");
  return siswaPerTingkat.map((siswa) => {
    if (!Number.isInteger(siswa) || siswa < 0) throw new RangeError("Jumlah peserta didik harus bilangan bulat ≥ 0.");
    return Math.ceil(siswa / maxRombel);
  });
}

/** Penataan guru rounding of a need computed as `pembilang ÷ penyebut` (exact integers, no float drift). */
export function bulatkanPenataan(pembilang: number, penyebut: number, aturan: PembulatanPenataan): number {
  if (pembilang <= 0) return 0;
  if (pembilang < penyebut) return aturan.bawahSatu;
  const bawah = Math.floor(pembilang / penyebut);
  const sisa = pembilang - bawah * penyebut;
  switch (aturan.lainnya) {
    case "KE_BAWAH":
      return bawah;
    case "KE_ATAS":
      return sisa > 0 ? bawah + 1 : bawah;
    case "STANDAR":
      return 2 * sisa >= penyebut ? bawah + 1 : bawah;
  }
}

export interface HasilSekolah {
  rombelPerTingkat: number[];
  rombel: number;
  baris: KebutuhanStandar[];
}

/**
 * Kebutuhan of one school under a standard: rombel from the pupils per tingkat, then each line of
 * its jenjang (guru kelas per rombel, guru mapel by JP, kepala sekolah fixed). A school with no
 * rombel needs nobody.
 */
export function hitungKebutuhanSekolah(
  sekolah: { jenjang: JenjangSekolah; siswaPerTingkat: readonly number[] },
  standar: StandarSekolah,
): HasilSekolah {
  const s = standar.jenjang[sekolah.jenjang];
  if (sekolah.siswaPerTingkat.length !== s.jumlahTingkat) {
    throw new RangeError(`${sekolah.jenjang} memiliki ${s.jumlahTingkat} tingkat, data berisi ${sekolah.siswaPerTingkat.length}.`);
  }
  const perTingkat = rombelPerTingkat(sekolah.siswaPerTingkat, s.maxRombel);
  const rombel = perTingkat.reduce((a, b) => a + b, 0);
  return { rombelPerTingkat: perTingkat, rombel, baris: s.baris.map((b) => baris(b, rombel, standar)) };
}

function baris(b: BarisSekolah, rombel: number, standar: StandarSekolah): KebutuhanStandar {
  const r = b.rumus;
  const base = { kodeJabatan: b.kodeJabatan, label: b.label };
  if (rombel === 0) return { ...base, kebutuhan: 0, rincian: "tidak ada rombel" };
  switch (r.jenis) {
    case "PER_ROMBEL":
      return { ...base, kebutuhan: rombel * r.perRombel, rincian: `${rombel} rombel × ${r.perRombel}` };
    case "TETAP":
      return { ...base, kebutuhan: r.jumlah, rincian: `${r.jumlah} per sekolah` };
    case "JAM_PELAJARAN": {
      const jp = rombel * r.jpPerMinggu;
      const dibulatkan = bulatkanPenataan(jp, standar.jpWajibGuru, standar.pembulatan);
      const kebutuhan = Math.max(dibulatkan, r.minimum);
      const min = kebutuhan > dibulatkan ? `, minimum ${r.minimum}` : "";
      return { ...base, kebutuhan, rincian: `${rombel} rombel × ${r.jpPerMinggu} JP = ${jp} JP ÷ ${standar.jpWajibGuru} JP${min}` };
    }
  }
}
