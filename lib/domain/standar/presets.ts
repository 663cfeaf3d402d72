import type { BarisPuskesmas, BarisSekolah, StandarPuskesmas, StandarSekolah } from "./types";

/**
 * The standards as first stored (seed). They are data: ADMIN adds later versions in the database;
 * these constants only feed the seed and the tests.
 */
export const VERSI_STANDAR_SEKOLAH = "SEKOLAH-47/2023";
export const SUMBER_STANDAR_SEKOLAH =
  "Permendikbudristek No. 47 Tahun 2023 (rombel maks. SD 28, SMP 32, SMA/SMK 36); UU No. 14 Tahun 2005 dan PP No. 74 Tahun 2008 (beban mengajar minimal 24 JP/minggu); JP per minggu menurut struktur kurikulum";
export const VERSI_STANDAR_PUSKESMAS = "PUSKESMAS-75/2014";
export const SUMBER_STANDAR_PUSKESMAS =
  "Permenkes No. 75 Tahun 2014 tentang Puskesmas, Lampiran tabel ketenagaan (bentuk tabel dipertahankan Permenkes No. 43 Tahun 2019)";

const mapel = (kode: string, label: string, jpPerMinggu: number): BarisSekolah => ({
  kodeJabatan: `F-GURU-${kode}-AP`,
  label,
  rumus: { jenis: "JAM_PELAJARAN", jpPerMinggu, minimum: 1 },
});
const kepalaSekolah: BarisSekolah = { kodeJabatan: "F-GURU-KS-AD", label: "Kepala Sekolah", rumus: { jenis: "TETAP", jumlah: 1 } };

/** Mata pelajaran umum of SMA and SMK (peminatan and kejuruan are not in this version). */
const MAPEL_MENENGAH_ATAS: BarisSekolah[] = [
  mapel("PAI", "Guru Pendidikan Agama", 3),
  mapel("PPKN", "Guru PPKn", 2),
  mapel("BIND", "Guru Bahasa Indonesia", 4),
  mapel("MAT", "Guru Matematika", 4),
  mapel("BING", "Guru Bahasa Inggris", 2),
  mapel("PJOK", "Guru PJOK", 3),
  kepalaSekolah,
];

export const STANDAR_SEKOLAH_47_2023: StandarSekolah = {
  jpWajibGuru: 24,
  pembulatan: { bawahSatu: 1, lainnya: "KE_BAWAH" },
  jenjang: {
    SD: {
      maxRombel: 28,
      jumlahTingkat: 6,
      baris: [
        { kodeJabatan: "F-GURU-KELAS-AP", label: "Guru Kelas", rumus: { jenis: "PER_ROMBEL", perRombel: 1 } },
        mapel("PAI", "Guru Pendidikan Agama", 4),
        mapel("PJOK", "Guru PJOK", 3),
        kepalaSekolah,
      ],
    },
    SMP: {
      maxRombel: 32,
      jumlahTingkat: 3,
      baris: [
        mapel("PAI", "Guru Pendidikan Agama", 3),
        mapel("PPKN", "Guru PPKn", 3),
        mapel("BIND", "Guru Bahasa Indonesia", 6),
        mapel("MAT", "Guru Matematika", 5),
        mapel("IPA", "Guru IPA", 5),
        mapel("IPS", "Guru IPS", 4),
        mapel("BING", "Guru Bahasa Inggris", 4),
        mapel("PJOK", "Guru PJOK", 3),
        mapel("SENI", "Guru Seni Budaya", 3),
        mapel("PRAKARYA", "Guru Prakarya", 2),
        kepalaSekolah,
      ],
    },
    SMA: { maxRombel: 36, jumlahTingkat: 3, baris: MAPEL_MENENGAH_ATAS },
    SMK: { maxRombel: 36, jumlahTingkat: 3, baris: MAPEL_MENENGAH_ATAS },
  },
};

/** [perkotaan NRI, RI], [perdesaan NRI, RI], [terpencil NRI, RI]. */
type Angka = [[number, number], [number, number], [number, number]];
const nakes = (kodeJabatan: string, label: string, [kota, desa, terpencil]: Angka): BarisPuskesmas => ({
  kodeJabatan,
  label,
  jumlah: {
    PERKOTAAN: { NON_RAWAT_INAP: kota[0], RAWAT_INAP: kota[1] },
    PERDESAAN: { NON_RAWAT_INAP: desa[0], RAWAT_INAP: desa[1] },
    TERPENCIL: { NON_RAWAT_INAP: terpencil[0], RAWAT_INAP: terpencil[1] },
  },
});

/** Totals: perkotaan 22 / 31, perdesaan 19 / 27, terpencil 19 / 27. */
export const STANDAR_PUSKESMAS_75_2014: StandarPuskesmas = {
  baris: [
    nakes("F-DOKTER-AP", "Dokter / dokter layanan primer", [[1, 2], [1, 2], [1, 2]]),
    nakes("F-DRG-AP", "Dokter gigi", [[1, 1], [1, 1], [1, 1]]),
    nakes("F-PERAWAT-TRP", "Perawat", [[5, 8], [5, 8], [5, 8]]),
    nakes("F-BIDAN-TRP", "Bidan", [[4, 7], [4, 7], [4, 7]]),
    nakes("F-PKM-AP", "Tenaga promosi kesehatan", [[2, 2], [1, 1], [1, 1]]),
    nakes("F-SANITARIAN-TRP", "Tenaga sanitasi lingkungan", [[1, 1], [1, 1], [1, 1]]),
    nakes("F-PLK-TRP", "Ahli teknologi laboratorium medik", [[1, 1], [1, 1], [1, 1]]),
    nakes("F-NUTR-TRP", "Tenaga gizi", [[1, 2], [1, 2], [1, 2]]),
    nakes("F-APT-AP", "Tenaga kefarmasian", [[1, 2], [1, 1], [1, 1]]),
    nakes("P-PP", "Tenaga administrasi", [[3, 3], [2, 2], [2, 2]]),
    nakes("P-OLK", "Pekarya", [[2, 2], [1, 1], [1, 1]]),
  ],
};
