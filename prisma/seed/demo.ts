/**
 * Demo data seed: rule sets, jabatan catalogue, three instansi with realistic unit trees (BKN,
 * Pemerintah Kota Depok, Pemerintah Provinsi Jawa Barat), peta jabatan, infojab with uraian tugas,
 * pegawai, demo users and usulan.
 *
 * Deterministic: every random choice comes from one seeded PRNG, dates are fixed, so two runs on
 * an empty database produce the same rows. The plan is built in memory first, then written in one
 * transaction with one bulk statement per table (per tree level for units).
 */
import { mulberry32 } from "../../lib/random";
import { DEFAULT_RULE_SET, RULE_SET_PERKA_BKN_19_2011, hitungAbk, type RuleSet } from "../../lib/domain/abk";
import bcrypt from "bcryptjs";
import {
  JenisInstansi,
  JenisJabatan,
  JenisKelamin,
  JenisPegawai,
  JenisUnor,
  JenisUsulan,
  Jenjang,
  Pembulatan,
  PeriodeBeban,
  SatuanWaktu,
  StatusUsulan,
  SumberKebutuhan,
  type Prisma,
  type PrismaClient,
} from "../../lib/generated/prisma/client";
import {
  IKHTISAR,
  INFOJAB_DETAIL,
  INSTANSI_PEMBINA,
  JABATAN,
  TUGAS,
  type InfojabDetail,
  type JabatanSeed,
  type Rumpun,
  type TugasTemplate,
} from "./demo-catalog";
import { DEMO_PASSWORD, DEMO_USER_ACCOUNTS } from "./demo-users";
import { KODE_RSUD_DEPOK, NPSN_SD_DEPOK, NPSN_SMA_JABAR, NPSN_SMP_DEPOK, kodePuskesmasDepok, seedPembinaDemo } from "./demo-pembina";

export interface SeedDemoCounts {
  instansi: number;
  unor: number;
  jabatan: number;
  petaJabatan: number;
  infojab: number;
  uraianTugas: number;
  pegawai: number;
  users: number;
}

// ---------------------------------------------------------------------------------------------
// Rule sets (AturanPerhitungan): stored from the domain module's presets, the one source of them.

export const ATURAN_DEFAULT_VERSI = DEFAULT_RULE_SET.versi;

function aturanRow(rule: RuleSet, berlakuMulai: Date, sumber: string): Prisma.AturanPerhitunganCreateManyInput {
  return {
    versi: rule.versi,
    berlakuMulai,
    wkeMenit: rule.wkeMenit,
    faktorPeriode: rule.faktorPeriode,
    pembulatan: rule.pembulatan,
    bandEJ: rule.bandEJ.map((b) => ({ ...b, min: Number(b.min) })),
    sumber,
  };
}

const ATURAN: Prisma.AturanPerhitunganCreateManyInput[] = [
  aturanRow(DEFAULT_RULE_SET, utcDate(2020, 1, 1), "Permenpan RB No. 1 Tahun 2020 (WKE 1.250 jam/tahun)"),
  aturanRow(RULE_SET_PERKA_BKN_19_2011, utcDate(2011, 1, 1), "Perka BKN No. 19 Tahun 2011 (WKE 1.200 jam/tahun)"),
];

/** A planned uraian tugas row: a template with its volume scaled for one placement. */
type UraianPlan = TugasTemplate;

/** Kebutuhan under the default rule set, from the one ABK module. */
function seedKebutuhanAbk(rows: readonly UraianPlan[]): number {
  return hitungAbk({ tugas: [...rows] }, DEFAULT_RULE_SET).kebutuhan;
}

/** Σ volume a year × waktu, in minutes, under the default rule set. */
function seedBebanMenit(rows: readonly UraianPlan[]): number {
  return hitungAbk({ tugas: [...rows] }, DEFAULT_RULE_SET).totalMenit;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and dates

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/**
 * Ages are set against the end of this year, so a demo pegawai is never past BUP on the seed's own
 * calendar, and the ones closest to it retire from the following year on.
 */
const TAHUN_ACUAN = 2026;
/** Last year a TMT (CPNS, PPPK, jabatan) may fall in. */
const TAHUN_TMT_AKHIR = 2025;

// ---------------------------------------------------------------------------------------------
// Unit trees

/** A staff placement: jabatan kode and the range kebutuhan is drawn from. */
type Staf = readonly [kode: string, min: number, max: number];

interface UnitSpec {
  nama: string;
  /** Kode of the head's structural jabatan; sets the unit's eselon. */
  kepala?: string;
  jenis?: JenisUnor;
  kodePembina?: string;
  staf?: readonly Staf[];
  sub?: UnitSpec[];
}

function unit(nama: string, kepala: string | undefined, staf: readonly Staf[] = [], sub: UnitSpec[] = []): UnitSpec {
  return { nama, kepala, staf, sub };
}

const PIMPINAN: Staf[] = [["P-PLO", 1, 2], ["P-PP", 1, 2]];

const BKN_TREE: UnitSpec = unit("Badan Kepegawaian Negara", "S-KEPALA-BKN", [["P-PLO", 1, 2], ["P-PTK", 1, 2]], [
  unit("Sekretariat Utama", "S-SESTAMA", [["P-PLO", 1, 2]], [
    unit("Biro Perencanaan dan Organisasi", "S-KARO", [["F-PERENCANA-AM", 1, 2], ["F-AK-AM", 1, 2]], [
      unit("Bagian Perencanaan dan Anggaran", "S-KABAG", [["F-PERENCANA-AP", 2, 4], ["P-PTK", 1, 3]]),
      unit("Bagian Organisasi dan Tata Laksana", "S-KABAG", [["F-ASDM-AM", 1, 3], ["F-AK-AP", 1, 2]]),
    ]),
    unit("Biro Sumber Daya Manusia", "S-KARO", [["F-ASDM-AD", 1, 2]], [
      unit("Bagian Perencanaan dan Pengadaan Pegawai", "S-KABAG", [["F-ASDM-AP", 2, 4], ["F-ASDM-AM", 1, 3], ["P-PDI", 1, 2]], [
        unit("Subbagian Data dan Informasi Pegawai", "S-KASUBBAG", [["P-PDI", 1, 3]]),
      ]),
      unit("Bagian Pengembangan Kompetensi dan Kinerja Pegawai", "S-KABAG", [["F-ASDM-AP", 2, 4], ["F-ASDM-AM", 1, 2], ["P-PLO", 1, 2]]),
    ]),
    unit("Biro Keuangan", "S-KARO", [["P-PLO", 1, 1]], [
      unit("Bagian Pelaksanaan Anggaran", "S-KABAG", [["P-PKAPBN", 2, 4]], [
        unit("Subbagian Perbendaharaan", "S-KASUBBAG", [["P-PKAPBN", 2, 4], ["P-PP", 1, 2]]),
        unit("Subbagian Verifikasi", "S-KASUBBAG", [["P-PKAPBN", 2, 3]]),
      ]),
      unit("Bagian Akuntansi dan Pelaporan Keuangan", "S-KABAG", [["P-PKAPBN", 2, 4], ["P-PDI", 1, 2]]),
    ]),
    unit("Biro Umum", "S-KARO", [["P-PLO", 1, 2]], [
      unit("Bagian Rumah Tangga", "S-KABAG", [["P-PUO", 2, 3], ["P-TSP", 2, 4]], [
        unit("Subbagian Pemeliharaan Sarana dan Prasarana", "S-KASUBBAG", [["P-TSP", 2, 4], ["P-OLO", 1, 3]]),
      ]),
      unit("Bagian Tata Usaha dan Protokol", "S-KABAG", [["P-PLO", 1, 2], ["P-OLO", 1, 3]], [
        unit("Subbagian Persuratan dan Kearsipan", "S-KASUBBAG", [["F-ARSIP-TRP", 1, 3], ["F-ARSIP-AP", 1, 2], ["P-PP", 2, 3]]),
      ]),
    ]),
    unit("Biro Hubungan Masyarakat, Hukum, dan Kerja Sama", "S-KARO", [], [
      unit("Bagian Hukum", "S-KABAG", [["F-AK-AP", 1, 2], ["F-AK-AM", 1, 2], ["P-PTK", 1, 2]]),
      unit("Bagian Hubungan Masyarakat", "S-KABAG", [["P-PLO", 1, 2], ["P-PDI", 1, 2]]),
    ]),
  ]),
  unit("Deputi Bidang Mutasi Kepegawaian", "S-DEP-MUTASI", [["P-PLO", 1, 1]], [
    unit("Direktorat Pengadaan dan Kepangkatan", "S-DIREKTUR", [["F-ASDM-AD", 1, 2]], [
      unit("Subdirektorat Pengadaan Aparatur Sipil Negara", "S-KASUBDIT", [["F-ASDM-AP", 2, 4], ["F-ASDM-AM", 1, 3]], [
        unit("Seksi Pengadaan Pegawai Negeri Sipil", "S-KASI", [["F-ASDM-AP", 1, 3], ["P-PDI", 1, 2]]),
        unit("Seksi Pengadaan Pegawai Pemerintah dengan Perjanjian Kerja", "S-KASI", [["F-ASDM-AP", 1, 3], ["P-PDI", 1, 2]]),
      ]),
      unit("Subdirektorat Kepangkatan", "S-KASUBDIT", [["F-ASDM-AP", 2, 4], ["F-ASDM-AM", 1, 3], ["P-PGLO", 1, 2]], [
        unit("Seksi Kenaikan Pangkat Instansi Pusat", "S-KASI", [["F-ASDM-AP", 1, 3]]),
        unit("Seksi Kenaikan Pangkat Instansi Daerah", "S-KASI", [["F-ASDM-AP", 1, 4]]),
      ]),
    ]),
    unit("Direktorat Status dan Kedudukan Kepegawaian", "S-DIREKTUR", [["F-ASDM-AD", 1, 1]], [
      unit("Subdirektorat Status Kepegawaian", "S-KASUBDIT", [["F-ASDM-AP", 1, 3], ["F-ASDM-AM", 1, 2]]),
      unit("Subdirektorat Mutasi Antarinstansi", "S-KASUBDIT", [["F-ASDM-AP", 1, 3], ["P-PGLO", 1, 2]]),
    ]),
    unit("Direktorat Pensiun Pegawai Negeri Sipil dan Pejabat Negara", "S-DIREKTUR", [], [
      unit("Subdirektorat Pensiun Instansi Pusat", "S-KASUBDIT", [["F-ASDM-AP", 1, 3], ["P-PGLO", 1, 2]]),
      unit("Subdirektorat Pensiun Instansi Daerah", "S-KASUBDIT", [["F-ASDM-AP", 1, 3], ["P-PDI", 1, 2]]),
    ]),
  ]),
  unit("Deputi Bidang Pembinaan Manajemen Kepegawaian", "S-DEP-BINA", [["P-PLO", 1, 1]], [
    unit("Direktorat Jabatan Aparatur Sipil Negara", "S-DIREKTUR", [["F-ASDM-AU", 1, 1], ["F-ASDM-AD", 1, 2]], [
      unit("Subdirektorat Standar Kompetensi Jabatan", "S-KASUBDIT", [["F-ASDM-AM", 1, 3], ["F-AK-AM", 1, 2]]),
      unit("Subdirektorat Analisis Jabatan dan Beban Kerja", "S-KASUBDIT", [["F-ASDM-AM", 1, 3], ["F-ASDM-AP", 1, 3]]),
    ]),
    unit("Direktorat Kinerja Aparatur Sipil Negara", "S-DIREKTUR", [["F-ASDM-AD", 1, 1]], [
      unit("Subdirektorat Penilaian Kinerja", "S-KASUBDIT", [["F-ASDM-AM", 1, 2], ["F-ASDM-AP", 1, 3]]),
    ]),
    unit("Direktorat Kompensasi Aparatur Sipil Negara", "S-DIREKTUR", [], [
      unit("Subdirektorat Gaji dan Tunjangan", "S-KASUBDIT", [["F-ASDM-AP", 1, 3], ["P-PKAPBN", 1, 2]]),
    ]),
  ]),
  unit("Deputi Bidang Sistem Informasi Kepegawaian", "S-DEP-SINKA", [["P-PLO", 1, 1]], [
    unit("Direktorat Sistem Informasi Kepegawaian", "S-DIREKTUR", [["F-PRAKOM-AD", 1, 2]], [
      unit("Subdirektorat Pengembangan Aplikasi", "S-KASUBDIT", [["F-PRAKOM-AP", 2, 5], ["F-PRAKOM-AM", 2, 4], ["P-PKSTI", 1, 2]], [
        unit("Seksi Analisis dan Perancangan Sistem", "S-KASI", [["F-PRAKOM-AP", 1, 3], ["F-PRAKOM-AM", 1, 2]]),
        unit("Seksi Pemrograman Aplikasi", "S-KASI", [["F-PRAKOM-AP", 2, 4], ["F-PRAKOM-TRP", 1, 2]]),
      ]),
      unit("Subdirektorat Infrastruktur Teknologi Informasi", "S-KASUBDIT", [
        ["F-PRAKOM-MHR", 1, 3],
        ["F-PRAKOM-PNY", 1, 2],
        ["F-PRAKOM-AM", 1, 2],
        ["P-PKSTI", 1, 3],
      ], [unit("Seksi Jaringan dan Keamanan Informasi", "S-KASI", [["F-PRAKOM-TRP", 1, 3], ["F-PRAKOM-AP", 1, 2]])]),
    ]),
    unit("Direktorat Pengolahan Data dan Penyajian Informasi Kepegawaian", "S-DIREKTUR", [["F-PRAKOM-AD", 1, 1]], [
      unit("Subdirektorat Pengolahan Data Kepegawaian", "S-KASUBDIT", [["F-PRAKOM-AP", 1, 3], ["P-PDI", 2, 5]]),
      unit("Subdirektorat Penyajian Informasi Kepegawaian", "S-KASUBDIT", [["F-PRAKOM-AM", 1, 2], ["P-PDI", 1, 3]]),
    ]),
    unit("Direktorat Arsip Kepegawaian Aparatur Sipil Negara", "S-DIREKTUR", [], [
      unit("Subdirektorat Pengelolaan Arsip Kepegawaian", "S-KASUBDIT", [["F-ARSIP-AP", 1, 3], ["F-ARSIP-TRP", 2, 4], ["P-PP", 1, 3]]),
    ]),
  ]),
  unit("Deputi Bidang Pengawasan dan Pengendalian", "S-DEP-WASDAL", [["P-PLO", 1, 1]], [
    unit("Direktorat Pengawasan dan Pengendalian Manajemen Aparatur Sipil Negara I", "S-DIREKTUR", [["F-ASDM-AM", 2, 4], ["F-ASDM-AD", 1, 2]], [
      unit("Subdirektorat Pengawasan Instansi Pusat", "S-KASUBDIT", [["F-ASDM-AP", 1, 3]]),
    ]),
    unit("Direktorat Pengawasan dan Pengendalian Manajemen Aparatur Sipil Negara II", "S-DIREKTUR", [["F-ASDM-AM", 1, 3], ["F-ASDM-AP", 1, 2]], [
      unit("Subdirektorat Pengawasan Instansi Daerah", "S-KASUBDIT", [["F-ASDM-AP", 1, 3]]),
    ]),
  ]),
  unit("Inspektorat", "S-INSPEKTUR", [["F-AUDITOR-AP", 2, 4], ["F-AUDITOR-AM", 2, 3], ["F-AUDITOR-AD", 1, 2]], [
    unit("Subbagian Tata Usaha Inspektorat", "S-KASUBBAG", [["P-PP", 1, 2]]),
  ]),
  unit("Pusat Perencanaan Kebutuhan ASN", "S-KAPUS", [["F-ASDM-AU", 1, 1], ["F-ASDM-AD", 1, 2]], [
    unit("Bidang Perencanaan Kebutuhan ASN Instansi Pusat", "S-KABID", [["F-ASDM-AM", 2, 4], ["F-ASDM-AP", 1, 3]]),
    unit("Bidang Perencanaan Kebutuhan ASN Instansi Daerah", "S-KABID", [["F-ASDM-AM", 2, 4], ["F-ASDM-AP", 1, 3], ["P-PDI", 1, 2]]),
    unit("Subbagian Tata Usaha", "S-KASUBBAG", [["P-PP", 1, 2], ["P-PUO", 1, 1]]),
  ]),
  unit("Pusat Pembinaan Jabatan Fungsional Kepegawaian", "S-KAPUS", [["F-ASDM-AU", 1, 1]], [
    unit("Bidang Standardisasi dan Uji Kompetensi Jabatan Fungsional", "S-KABID", [["F-ASDM-AM", 1, 2], ["F-ASDM-AP", 1, 2]]),
    unit("Bidang Pembinaan dan Evaluasi Jabatan Fungsional", "S-KABID", [["F-ASDM-AM", 1, 2], ["F-ASDM-AP", 1, 2]]),
  ]),
  unit("Pusat Pengembangan Sistem Seleksi", "S-KAPUS", [["F-PRAKOM-AD", 1, 1]], [
    unit("Bidang Pengembangan Sistem Seleksi Berbasis Komputer", "S-KABID", [["F-PRAKOM-AM", 1, 2], ["F-PRAKOM-AP", 1, 3], ["F-ASDM-AM", 1, 2]]),
    unit("Bidang Penyelenggaraan Seleksi", "S-KABID", [["F-ASDM-AP", 1, 3], ["P-PGLO", 1, 2], ["P-OLO", 1, 2]]),
  ]),
]);

/** Kecamatan of Kota Depok with their (BPS-style) codes; one UPTD Puskesmas each in the demo. */
const KECAMATAN_DEPOK: [nama: string, kode: string][] = [
  ["Beji", "3276050"],
  ["Pancoran Mas", "3276020"],
  ["Sukmajaya", "3276030"],
  ["Cimanggis", "3276040"],
  ["Cilodong", "3276031"],
  ["Tapos", "3276041"],
  ["Sawangan", "3276010"],
  ["Bojongsari", "3276011"],
  ["Cipayung", "3276021"],
  ["Cinere", "3276061"],
  ["Limo", "3276060"],
];

/** Core staff of every puskesmas, then optional rows that some puskesmas lack. */
const STAF_PUSKESMAS: Staf[] = [
  ["F-DOKTER-AP", 1, 3],
  ["F-PERAWAT-TRP", 2, 4],
  ["F-PERAWAT-AP", 1, 3],
  ["F-BIDAN-TRP", 2, 4],
  ["F-APT-AP", 1, 1],
  ["P-OLK", 1, 3],
];
const STAF_PUSKESMAS_OPSIONAL: Staf[] = [
  ["F-DOKTER-AM", 1, 1],
  ["F-DRG-AP", 1, 1],
  ["F-PERAWAT-MHR", 1, 2],
  ["F-BIDAN-AP", 1, 2],
  ["F-PLK-TRP", 1, 2],
  ["F-NUTR-TRP", 1, 1],
  ["F-PKM-AP", 1, 1],
];

const STAF_SD: Staf[] = [["F-GURU-AP", 2, 5], ["F-GURU-AM", 2, 4], ["F-GURU-AD", 1, 2], ["P-PP", 1, 1]];
const STAF_SMP: Staf[] = [["F-GURU-AP", 3, 6], ["F-GURU-AM", 3, 6], ["F-GURU-AD", 2, 3], ["P-PP", 1, 2], ["P-PUO", 1, 1]];
const STAF_SMA: Staf[] = [["F-GURU-AP", 3, 6], ["F-GURU-AM", 3, 6], ["F-GURU-AD", 2, 4], ["P-PP", 1, 2], ["P-PUO", 1, 1]];

const SD_DEPOK = [
  "SD Negeri Beji 1",
  "SD Negeri Beji 5",
  "SD Negeri Pancoran Mas 2",
  "SD Negeri Depok Baru 1",
  "SD Negeri Sukmajaya 3",
  "SD Negeri Cimanggis 1",
  "SD Negeri Tapos 2",
  "SD Negeri Sawangan 1",
  "SD Negeri Cinere 1",
];
const SMP_DEPOK = ["SMP Negeri 1 Depok", "SMP Negeri 2 Depok", "SMP Negeri 3 Depok", "SMP Negeri 5 Depok"];
const SMA_JABAR = ["SMA Negeri 1 Depok", "SMA Negeri 2 Depok", "SMA Negeri 3 Depok", "SMK Negeri 1 Depok"];

function puskesmas(rng: Rng, [kecamatan, kodeKecamatan]: [string, string]): UnitSpec {
  const staf = [...STAF_PUSKESMAS, ...STAF_PUSKESMAS_OPSIONAL.filter(() => rng.chance(0.6))];
  return {
    nama: `UPTD Puskesmas ${kecamatan}`,
    kepala: "S-KAPUSKESMAS",
    jenis: JenisUnor.PUSKESMAS,
    // Shaped like a Kemenkes kode faskes; fictitious.
    kodePembina: kodePuskesmasDepok(kodeKecamatan),
    staf,
  };
}

function sekolah(nama: string, staf: readonly Staf[], npsn: number): UnitSpec {
  // Shaped like an NPSN (8 digits); fictitious.
  return { nama, jenis: JenisUnor.SEKOLAH, kodePembina: String(npsn), staf };
}

function depokTree(rng: Rng): UnitSpec {
  return unit("Pemerintah Kota Depok", undefined, [], [
    unit("Sekretariat Daerah", "S-SEKDA-KOTA", [["P-PLO", 1, 2]], [
      unit("Bagian Organisasi", "S-KABAG", [["F-ASDM-AM", 1, 2], ["F-ASDM-AP", 1, 2], ["F-AK-AP", 1, 1]]),
      unit("Bagian Hukum", "S-KABAG", [["F-AK-AP", 1, 2], ["P-PTK", 1, 2]]),
      unit("Bagian Umum", "S-KABAG", [["P-PUO", 1, 3], ["P-TSP", 1, 2]], [
        unit("Subbagian Tata Usaha Pimpinan", "S-KASUBBAG", [["P-PP", 1, 2], ["P-OLO", 1, 2]]),
        unit("Subbagian Rumah Tangga", "S-KASUBBAG", [["P-TSP", 1, 3], ["P-PUO", 1, 1]]),
      ]),
      unit("Bagian Perencanaan dan Keuangan", "S-KABAG", [["F-PERENCANA-AP", 1, 1], ["P-PGLO", 1, 2]]),
    ]),
    unit("Dinas Kesehatan", "S-KADIS", [["P-PLO", 1, 1]], [
      unit("Sekretariat", "S-SEKDIS", [["P-PLO", 1, 2]], [
        unit("Subbagian Umum dan Kepegawaian", "S-KASUBBAG", [["F-ASDM-AP", 1, 2], ["P-PP", 1, 2], ["P-PUO", 1, 1]]),
        unit("Subbagian Keuangan dan Aset", "S-KASUBBAG", [["P-PGLO", 1, 3]]),
      ]),
      unit("Bidang Pelayanan Kesehatan", "S-KABID", [["F-DOKTER-AM", 1, 1], ["P-PTK", 1, 2]], [
        unit("Seksi Pelayanan Kesehatan Primer", "S-KASI", [["P-PTK", 1, 2]]),
        unit("Seksi Pelayanan Kesehatan Rujukan", "S-KASI", [["P-PTK", 1, 1]]),
      ]),
      unit("Bidang Kesehatan Masyarakat", "S-KABID", [["F-PKM-AM", 1, 1], ["P-PTK", 1, 1]], [
        unit("Seksi Kesehatan Keluarga dan Gizi", "S-KASI", [["F-NUTR-AP", 1, 2], ["F-BIDAN-AP", 1, 1]]),
        unit("Seksi Promosi dan Pemberdayaan Masyarakat", "S-KASI", [["F-PKM-AP", 1, 2]]),
      ]),
      unit("Bidang Pencegahan dan Pengendalian Penyakit", "S-KABID", [["P-PDI", 1, 2]], [
        unit("Seksi Surveilans dan Imunisasi", "S-KASI", [["F-PERAWAT-AP", 1, 2], ["P-PDI", 1, 1]]),
      ]),
      unit("Bidang Sumber Daya Kesehatan", "S-KABID", [["F-APT-AM", 1, 1], ["P-PTK", 1, 1]], [
        unit("Seksi Kefarmasian dan Alat Kesehatan", "S-KASI", [["F-APT-AP", 1, 2]]),
      ]),
      ...KECAMATAN_DEPOK.map((k) => puskesmas(rng, k)),
      {
        nama: "RSUD Kota Depok",
        kepala: "S-DIR-RSUD",
        jenis: JenisUnor.RUMAH_SAKIT,
        // Its entry in the faskes reference (prisma/seed/demo-pembina.ts); fictitious.
        kodePembina: KODE_RSUD_DEPOK,
        staf: [
          ["F-DRSP-SARAF-AM", 1, 2],
          ["F-DRSP-PD-AM", 2, 3],
          ["F-DRSP-ANAK-AM", 1, 2],
          ["F-DOKTER-AP", 3, 5],
          ["F-DOKTER-AM", 2, 3],
          ["F-PERAWAT-TRP", 6, 12],
          ["F-PERAWAT-MHR", 3, 8],
          ["F-PERAWAT-AP", 4, 10],
          ["F-PERAWAT-AM", 2, 4],
          ["F-BIDAN-TRP", 2, 5],
          ["F-BIDAN-AP", 1, 2],
          ["F-APT-AP", 2, 3],
          ["F-PLK-TRP", 2, 4],
          ["F-PLK-AP", 1, 2],
          ["F-NUTR-AP", 1, 2],
          ["P-OLK", 3, 8],
        ],
        sub: [
          unit("Subbagian Tata Usaha", "S-KASUBBAG", [["P-PLO", 1, 1], ["P-PP", 1, 2], ["F-ASDM-AP", 1, 1]]),
          unit("Seksi Pelayanan Medik", "S-KASI", [["P-PTK", 1, 1]]),
          unit("Seksi Keperawatan", "S-KASI", [["F-PERAWAT-AM", 1, 1]]),
          unit("Seksi Penunjang Medik", "S-KASI", [["F-PLK-MHR", 1, 1], ["P-TSP", 1, 2]]),
        ],
      },
    ]),
    unit("Dinas Pendidikan", "S-KADIS", [["P-PLO", 1, 1]], [
      unit("Sekretariat", "S-SEKDIS", [["P-PLO", 1, 2], ["P-PP", 1, 2]], [
        unit("Subbagian Umum dan Kepegawaian", "S-KASUBBAG", [["F-ASDM-AP", 1, 2], ["P-PDI", 1, 1]]),
      ]),
      unit("Bidang Pembinaan Sekolah Dasar", "S-KABID", [["P-PTK", 1, 2], ["P-PDI", 1, 1]]),
      unit("Bidang Pembinaan Sekolah Menengah Pertama", "S-KABID", [["P-PTK", 1, 2]]),
      unit("Bidang Pendidik dan Tenaga Kependidikan", "S-KABID", [["F-ASDM-AM", 1, 1], ["F-ASDM-AP", 1, 2], ["P-PDI", 1, 1]]),
      ...SD_DEPOK.map((nama, i) => sekolah(nama, STAF_SD, NPSN_SD_DEPOK(i))),
      ...SMP_DEPOK.map((nama, i) => sekolah(nama, STAF_SMP, NPSN_SMP_DEPOK(i))),
    ]),
    unit("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "S-KABAN", [], [
      unit("Sekretariat", "S-SEKBAN", [["P-PLO", 1, 1], ["P-PP", 1, 2], ["P-PUO", 1, 1]]),
      unit("Bidang Pengadaan, Pemberhentian, dan Informasi", "S-KABID", [
        ["F-ASDM-AP", 2, 3],
        ["F-ASDM-AM", 1, 2],
        ["F-PRAKOM-AP", 1, 2],
        ["P-PDI", 1, 2],
      ]),
      unit("Bidang Mutasi dan Promosi", "S-KABID", [["F-ASDM-AP", 1, 3], ["F-ASDM-AM", 1, 2]]),
      unit("Bidang Pengembangan Sumber Daya Manusia", "S-KABID", [["F-ASDM-AM", 1, 2], ["P-PGLO", 1, 1]]),
    ]),
    unit("Dinas Kependudukan dan Pencatatan Sipil", "S-KADIS", [], [
      unit("Sekretariat", "S-SEKDIS", PIMPINAN),
      unit("Bidang Pelayanan Pendaftaran Penduduk", "S-KABID", [["P-OLO", 2, 5], ["P-PGLO", 1, 2], ["F-ARSIP-TRP", 1, 1]]),
      unit("Bidang Pelayanan Pencatatan Sipil", "S-KABID", [["P-OLO", 2, 4], ["P-PGLO", 1, 2]]),
      unit("Bidang Pengelolaan Informasi Administrasi Kependudukan", "S-KABID", [
        ["F-PRAKOM-AP", 1, 2],
        ["F-PRAKOM-TRP", 1, 2],
        ["P-PDI", 1, 3],
      ]),
    ]),
    unit("Badan Perencanaan Pembangunan Daerah", "S-KABAN", [], [
      unit("Sekretariat", "S-SEKBAN", [["P-PLO", 1, 1], ["F-PERENCANA-AP", 1, 1]]),
      unit("Bidang Perencanaan, Pengendalian, dan Evaluasi Pembangunan", "S-KABID", [
        ["F-PERENCANA-AP", 2, 3],
        ["F-PERENCANA-AM", 1, 2],
        ["P-PDI", 1, 1],
      ]),
      unit("Bidang Perekonomian dan Sumber Daya Alam", "S-KABID", [["F-PERENCANA-AP", 1, 3], ["F-AK-AP", 1, 1]]),
    ]),
    unit("Inspektorat Daerah", "S-INSPEKTUR", [["F-AUDITOR-AP", 2, 4], ["F-AUDITOR-AM", 1, 3], ["F-AUDITOR-AD", 1, 1], ["P-PP", 1, 1]]),
  ]);
}

const JABAR_TREE: UnitSpec = unit("Pemerintah Provinsi Jawa Barat", undefined, [], [
  unit("Sekretariat Daerah", "S-SEKDA-PROV", [["P-PLO", 1, 2]], [
    unit("Biro Organisasi", "S-KARO", [["F-ASDM-AM", 1, 2], ["F-AK-AM", 1, 1]], [
      unit("Bagian Kelembagaan dan Analisis Jabatan", "S-KABAG", [["F-ASDM-AP", 1, 3], ["F-ASDM-AM", 1, 2]]),
    ]),
    unit("Biro Umum", "S-KARO", [["P-PUO", 1, 2]], [
      unit("Bagian Tata Usaha", "S-KABAG", [["P-PP", 1, 3], ["F-ARSIP-AP", 1, 1], ["F-ARSIP-TRP", 1, 2]]),
    ]),
  ]),
  unit("Badan Kepegawaian Daerah", "S-KABAN", [], [
    unit("Sekretariat", "S-SEKBAN", PIMPINAN),
    unit("Bidang Perencanaan dan Pengadaan Pegawai", "S-KABID", [["F-ASDM-AP", 2, 4], ["F-ASDM-AM", 1, 2], ["F-ASDM-AD", 1, 1]]),
    unit("Bidang Informasi Kepegawaian", "S-KABID", [["F-PRAKOM-AP", 1, 3], ["F-PRAKOM-MHR", 1, 2], ["P-PDI", 1, 3]]),
  ]),
  unit("Dinas Pendidikan", "S-KADIS", [], [
    unit("Sekretariat", "S-SEKDIS", PIMPINAN),
    unit("Bidang Pembinaan Sekolah Menengah Atas", "S-KABID", [["P-PTK", 1, 2]]),
    unit("Bidang Pembinaan Sekolah Menengah Kejuruan", "S-KABID", [["P-PTK", 1, 2]]),
    // Upper secondary schools in Depok belong to the province, through its regional branch.
    unit("Cabang Dinas Pendidikan Wilayah II", "S-KACABDIN", [["P-PLO", 1, 1], ["P-PP", 1, 2]], SMA_JABAR.map((nama, i) => sekolah(nama, STAF_SMA, NPSN_SMA_JABAR(i)))),
  ]),
  unit("Dinas Kesehatan", "S-KADIS", [], [
    unit("Sekretariat", "S-SEKDIS", PIMPINAN),
    unit("Bidang Pelayanan Kesehatan", "S-KABID", [["F-DOKTER-AM", 1, 1], ["P-PTK", 1, 1]]),
    {
      nama: "UPTD Laboratorium Kesehatan",
      kepala: "S-KA-UPTD",
      jenis: JenisUnor.UNIT_LAYANAN,
      staf: [["F-PLK-TRP", 2, 4], ["F-PLK-MHR", 1, 2], ["F-PLK-AP", 1, 2], ["F-DOKTER-AM", 1, 1], ["P-PGLO", 1, 1]],
    },
  ]),
  unit("Inspektorat Daerah", "S-INSPEKTUR", [["F-AUDITOR-AP", 2, 4], ["F-AUDITOR-AM", 2, 3], ["F-AUDITOR-AD", 1, 2]]),
]);

interface InstansiDemo {
  kode: string;
  nama: string;
  jenis: JenisInstansi;
  wilayah: string;
  dasarHukumNomor: string;
  tree: (rng: Rng) => UnitSpec;
}

const INSTANSI_DEMO: InstansiDemo[] = [
  {
    kode: "BKN",
    nama: "Badan Kepegawaian Negara",
    jenis: JenisInstansi.PUSAT,
    wilayah: "DKI Jakarta",
    dasarHukumNomor: "Peraturan BKN tentang Organisasi dan Tata Kerja Badan Kepegawaian Negara",
    tree: () => BKN_TREE,
  },
  {
    kode: "KOTA-DEPOK",
    nama: "Pemerintah Kota Depok",
    jenis: JenisInstansi.KOTA,
    wilayah: "Jawa Barat",
    dasarHukumNomor: "Peraturan Daerah Kota Depok tentang Pembentukan dan Susunan Perangkat Daerah",
    tree: depokTree,
  },
  {
    kode: "PROV-JABAR",
    nama: "Pemerintah Provinsi Jawa Barat",
    jenis: JenisInstansi.PROVINSI,
    wilayah: "Jawa Barat",
    dasarHukumNomor: "Peraturan Daerah Provinsi Jawa Barat tentang Pembentukan dan Susunan Perangkat Daerah",
    tree: () => JABAR_TREE,
  },
];

// ---------------------------------------------------------------------------------------------
// The in-memory plan

interface UnitPlan {
  key: string;
  parentKey: string | null;
  instansiKode: string;
  depth: number;
  nama: string;
  jenis: JenisUnor;
  eselon: Jenjang | null;
  urutan: number;
  kodePembina: string | null;
  dasarHukumNomor: string;
}

interface InfojabPlan {
  ikhtisar: string;
  uraian: UraianPlan[];
  detail: InfojabDetail | null;
  kelasJabatan: number;
}

interface CellPlan {
  key: string;
  instansiKode: string;
  unitKey: string;
  jabatan: JabatanSeed;
  kebutuhan: number;
  sumber: SumberKebutuhan;
  aturanVersi: string | null;
  urutan: number;
  infojab: InfojabPlan | null;
  /** How many pegawai to place in this cell. */
  existing: number;
}

interface PegawaiPlan {
  nip: string;
  nama: string;
  tanggalLahir: Date;
  jenisKelamin: JenisKelamin;
  jenis: JenisPegawai;
  instansiKode: string;
  cellKey: string;
  pendidikan: string;
  tmtJabatan: Date;
}

interface Plan {
  units: UnitPlan[];
  cells: CellPlan[];
  pegawai: PegawaiPlan[];
}

const JABATAN_BY_KODE = new Map(JABATAN.map((j) => [j.kode, j]));

function jabatanOf(kode: string): JabatanSeed {
  const j = JABATAN_BY_KODE.get(kode);
  if (!j) throw new Error(`Seed demo: jabatan ${kode} tidak ada di katalog`);
  return j;
}

/** Scales a rumpun's task templates so that the ABK total lands just under `target` people. */
function scaleUraian(rumpun: Rumpun, target: number, rng: Rng): UraianPlan[] {
  const templates = TUGAS[rumpun];
  const base = seedBebanMenit(templates);
  const wanted = target * DEFAULT_RULE_SET.wkeMenit * (0.8 + 0.17 * rng.float());
  const factor = wanted / base;
  return templates.map((t) => ({ ...t, volume: Math.max(1, Math.round(t.volume * factor)) }));
}

function buildPlan(rng: Rng): Plan {
  const units: UnitPlan[] = [];
  const cells: CellPlan[] = [];

  const addCell = (u: UnitPlan, jabatan: JabatanSeed, min: number, max: number, urutan: number): void => {
    const key = `${u.key}#${jabatan.kode}`;
    if (cells.some((c) => c.key === key)) throw new Error(`Seed demo: ${jabatan.kode} dua kali di ${u.nama}`);

    if (jabatan.jenis === JenisJabatan.STRUKTURAL) {
      // One head per structural unit; about one post in six is vacant.
      cells.push({
        key, instansiKode: u.instansiKode, unitKey: u.key, jabatan, kebutuhan: 1,
        sumber: SumberKebutuhan.STRUKTURAL, aturanVersi: null, urutan, infojab: null,
        existing: rng.chance(0.84) ? 1 : 0,
      });
      return;
    }

    const rumpun = jabatan.rumpun;
    if (!rumpun) throw new Error(`Seed demo: ${jabatan.kode} tanpa rumpun`);
    const target = rng.int(min, max);
    // Guru need follows the pembina's standard (rombel × jam pelajaran), not the unit's ABK.
    const sumber =
      rumpun === "GURU" ? SumberKebutuhan.STANDAR_PEMBINA : rng.chance(0.62) ? SumberKebutuhan.ABK : SumberKebutuhan.MANUAL;
    const withInfojab = sumber === SumberKebutuhan.ABK || rng.chance(0.3);

    let infojab: InfojabPlan | null = null;
    let kebutuhan = target;
    if (withInfojab) {
      const uraian = scaleUraian(rumpun, target, rng);
      const detail = INFOJAB_DETAIL[rumpun];
      infojab = {
        ikhtisar: IKHTISAR[rumpun],
        uraian,
        detail: detail && rng.chance(0.4) ? detail : null,
        kelasJabatan: jabatan.kelas,
      };
      if (sumber === SumberKebutuhan.ABK) kebutuhan = seedKebutuhanAbk(uraian);
    }

    // Existing: mostly under kebutuhan, some cells empty, some over (kelebihan).
    const roll = rng.float();
    const existing =
      roll < 0.12 ? 0 : roll < 0.22 ? kebutuhan + rng.int(1, 2) : Math.round(kebutuhan * (0.2 + 0.7 * rng.float()));

    cells.push({
      key, instansiKode: u.instansiKode, unitKey: u.key, jabatan, kebutuhan, sumber,
      aturanVersi: sumber === SumberKebutuhan.ABK ? ATURAN_DEFAULT_VERSI : null,
      urutan, infojab, existing,
    });
  };

  const walk = (spec: UnitSpec, inst: InstansiDemo, parent: UnitPlan | null, urutan: number): void => {
    const kepala = spec.kepala ? jabatanOf(spec.kepala) : null;
    const u: UnitPlan = {
      key: parent ? `${parent.key}.${urutan}` : `${inst.kode}:1`,
      parentKey: parent?.key ?? null,
      instansiKode: inst.kode,
      depth: parent ? parent.depth + 1 : 0,
      nama: spec.nama,
      jenis: spec.jenis ?? JenisUnor.STRUKTURAL,
      eselon: kepala?.jenjang ?? null,
      urutan,
      kodePembina: spec.kodePembina ?? null,
      dasarHukumNomor: inst.dasarHukumNomor,
    };
    units.push(u);
    let cellUrutan = 0;
    if (kepala) addCell(u, kepala, 1, 1, ++cellUrutan);
    for (const [kode, min, max] of spec.staf ?? []) addCell(u, jabatanOf(kode), min, max, ++cellUrutan);
    (spec.sub ?? []).forEach((child, i) => walk(child, inst, u, i + 1));
  };

  for (const inst of INSTANSI_DEMO) walk(inst.tree(rng), inst, null, 1);

  return { units, cells, pegawai: buildPegawai(rng, cells) };
}

// ---------------------------------------------------------------------------------------------
// Pegawai

const NAMA_PRIA = [
  "Agus", "Ahmad", "Andi", "Arief", "Bambang", "Budi", "Dedi", "Dimas", "Eko", "Fajar", "Fauzan", "Hendra",
  "Irfan", "Joko", "Krisna", "Lukman", "Muhammad", "Nanang", "Rizky", "Rudi", "Ryan", "Sandi", "Taufik", "Teguh",
  "Wahyu", "Yudi", "Yusuf", "Asep", "Ujang", "Cecep", "Dadang", "Iwan", "Rahmat", "Hadi", "Gilang", "Bayu",
  "Anton", "Dodi", "Herman", "Imam",
];
const NAMA_WANITA = [
  "Ani", "Ayu", "Dewi", "Dian", "Eka", "Fitri", "Indah", "Intan", "Kartika", "Lina", "Maya", "Mega", "Nadia",
  "Nia", "Nur", "Putri", "Ratna", "Rina", "Risma", "Sari", "Siti", "Sri", "Tuti", "Wulan", "Yanti", "Yuni",
  "Euis", "Neng", "Lilis", "Cucu", "Rika", "Annisa", "Desi", "Fika", "Hana", "Laras", "Novi", "Citra",
];
const BELAKANG_PRIA = [
  "Saputra", "Pratama", "Wijaya", "Hidayat", "Nugroho", "Santoso", "Setiawan", "Gunawan", "Firmansyah",
  "Ramadhan", "Kurniawan", "Permana", "Suryadi", "Hakim", "Maulana", "Prasetyo", "Hermawan", "Sudrajat",
  "Supriatna", "Kusnadi", "Rosadi",
];
const BELAKANG_WANITA = [
  "Lestari", "Rahmawati", "Wulandari", "Puspitasari", "Anggraini", "Safitri", "Handayani", "Kusumawati",
  "Oktaviani", "Marlina", "Susanti", "Purnamasari", "Nurhayati", "Fitriani", "Maharani", "Damayanti",
  "Permatasari", "Rahayu", "Komalasari", "Sulastri",
];
const MARGA = [
  "Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sitorus", "Hasibuan", "Tanjung", "Pane",
  "Manurung", "Ginting", "Tarigan", "Sembiring", "Panjaitan", "Daulay",
];

/** Pendidikan with the gelar it gives: [pendidikan, gelar depan, gelar belakang]. */
type Profil = readonly [pendidikan: string, depan: string, belakang: string];

const SMA: Profil = ["SMA/SMK", "", ""];
const KETERAMPILAN: readonly Jenjang[] = [Jenjang.PEMULA, Jenjang.TERAMPIL, Jenjang.MAHIR, Jenjang.PENYELIA];

function profilOptions(j: JabatanSeed): readonly Profil[] {
  const terampil = j.jenjang !== null && KETERAMPILAN.includes(j.jenjang);
  const senior = j.jenjang === Jenjang.AHLI_MADYA || j.jenjang === Jenjang.AHLI_UTAMA;
  if (j.kode === "S-KAPUSKESMAS") return [["S-1 Kedokteran", "dr.", ""], ["S-2 Kesehatan Masyarakat", "", "S.K.M., M.K.M."]];
  if (j.kode === "S-DIR-RSUD") return [["S-2 Administrasi Rumah Sakit", "dr.", "M.A.R.S."]];
  switch (j.rumpun) {
    case null: {
      const s2: Profil[] = [
        ["S-2 Administrasi Publik", "", "S.Sos., M.Si."],
        ["S-2 Manajemen", "", "S.E., M.M."],
        ["S-2 Hukum", "", "S.H., M.H."],
        ["S-2 Kebijakan Publik", "", "S.IP., M.P.P."],
      ];
      // Pengawas posts are often held with an S-1; higher posts in practice need an S-2.
      return j.jenjang === Jenjang.PENGAWAS ? [...s2, ["S-1 Ilmu Administrasi Negara", "", "S.A.P."], ["S-1 Hukum", "", "S.H."]] : s2;
    }
    case "ASDM":
      return senior
        ? [["S-2 Psikologi", "", "S.Psi., M.Si."], ["S-2 Manajemen SDM", "", "S.E., M.M."]]
        : [["S-1 Psikologi", "", "S.Psi."], ["S-1 Ilmu Administrasi Negara", "", "S.A.P."], ["S-1 Manajemen", "", "S.E."], ["S-1 Hukum", "", "S.H."]];
    case "PRAKOM":
      if (terampil) return [["D-III Manajemen Informatika", "", "A.Md.Kom."]];
      return senior ? [["S-2 Teknologi Informasi", "", "S.Kom., M.T.I."]] : [["S-1 Teknik Informatika", "", "S.Kom."], ["S-1 Sistem Informasi", "", "S.Kom."]];
    case "ANALIS_KEBIJAKAN":
      return [["S-1 Hukum", "", "S.H."], ["S-2 Kebijakan Publik", "", "S.Sos., M.P.P."]];
    case "AUDITOR":
      return [["S-1 Akuntansi", "", "S.E., Ak."], ["S-1 Akuntansi", "", "S.Ak."]];
    case "PERENCANA":
      return [["S-1 Perencanaan Wilayah dan Kota", "", "S.T."], ["S-2 Ekonomi Pembangunan", "", "S.E., M.E."]];
    case "ARSIPARIS":
      return terampil ? [["D-III Kearsipan", "", "A.Md."]] : [["S-1 Ilmu Sejarah", "", "S.Hum."]];
    case "DOKTER":
      return senior ? [["S-2 Kesehatan Masyarakat", "dr.", "M.Kes."]] : [["Profesi Dokter", "dr.", ""]];
    case "DOKTER_GIGI":
      return [["Profesi Dokter Gigi", "drg.", ""]];
    case "DOKTER_SPESIALIS":
      if (j.kode.includes("SARAF")) return [["Spesialis Neurologi", "dr.", "Sp.N."]];
      if (j.kode.includes("ANAK")) return [["Spesialis Ilmu Kesehatan Anak", "dr.", "Sp.A."]];
      return [["Spesialis Penyakit Dalam", "dr.", "Sp.PD."]];
    case "PERAWAT":
      return terampil ? [["D-III Keperawatan", "", "A.Md.Kep."]] : [["Profesi Ners", "", "S.Kep., Ners"]];
    case "BIDAN":
      return terampil ? [["D-III Kebidanan", "", "A.Md.Keb."]] : [["D-IV Kebidanan", "", "S.Tr.Keb."], ["Profesi Bidan", "", "S.Keb., Bd."]];
    case "APOTEKER":
      return [["Profesi Apoteker", "apt.", "S.Farm."]];
    case "PRANATA_LAB":
      return terampil ? [["D-III Teknologi Laboratorium Medis", "", "A.Md.AK."]] : [["D-IV Teknologi Laboratorium Medis", "", "S.Tr.Kes."]];
    case "NUTRISIONIS":
      return terampil ? [["D-III Gizi", "", "A.Md.Gz."]] : [["S-1 Gizi", "", "S.Gz."]];
    case "PENYULUH_KESMAS":
      return [["S-1 Kesehatan Masyarakat", "", "S.K.M."], ["S-2 Kesehatan Masyarakat", "", "S.K.M., M.K.M."]];
    case "GURU":
      return senior
        ? [["S-2 Pendidikan", "", "S.Pd., M.Pd."]]
        : [["S-1 Pendidikan Guru Sekolah Dasar", "", "S.Pd."], ["S-1 Pendidikan Matematika", "", "S.Pd."], ["S-1 Pendidikan Agama Islam", "", "S.Pd.I."], ["S-1 Pendidikan Bahasa Inggris", "", "S.Pd."]];
    case "PENATA_LAYANAN_OPERASIONAL":
    case "PENELAAH_TEKNIS_KEBIJAKAN":
      return [["S-1 Ilmu Administrasi Negara", "", "S.A.P."], ["S-1 Ilmu Komunikasi", "", "S.I.Kom."], ["S-1 Hukum", "", "S.H."], ["S-1 Manajemen", "", "S.E."]];
    case "PRANATA_KEUANGAN":
      return [["D-III Akuntansi", "", "A.Md.Ak."], ["S-1 Akuntansi", "", "S.E."]];
    case "PENGOLAH_DATA":
    case "TATA_KELOLA_TI":
      return [["D-III Manajemen Informatika", "", "A.Md.Kom."], ["S-1 Sistem Informasi", "", "S.Kom."], SMA];
    case "PENGELOLA_LAYANAN_OPERASIONAL":
    case "PENGELOLA_UMUM":
      return [["D-III Administrasi Perkantoran", "", "A.Md."], SMA, ["S-1 Manajemen", "", "S.E."]];
    case "OPERATOR_LAYANAN_KESEHATAN":
      return [["D-III Rekam Medis dan Informasi Kesehatan", "", "A.Md.RMIK."], SMA];
    case "TEKNISI_SARPRAS":
      return [["SMK Teknik Instalasi Tenaga Listrik", "", ""], ["D-III Teknik Sipil", "", "A.Md.T."], SMA];
    case "PENGADMINISTRASI_PERKANTORAN":
    case "OPERATOR_LAYANAN_OPERASIONAL":
      return [SMA, SMA, ["D-III Administrasi Perkantoran", "", "A.Md."]];
  }
}

/** Share of women per rumpun, for plausible name and NIP gender digits. */
function wanitaShare(j: JabatanSeed): number {
  switch (j.rumpun) {
    case "BIDAN":
      return 1;
    case "NUTRISIONIS":
      return 0.8;
    case "PERAWAT":
    case "APOTEKER":
    case "DOKTER_GIGI":
      return 0.7;
    case "GURU":
      return 0.65;
    case "DOKTER":
    case "PRANATA_LAB":
      return 0.6;
    case "TEKNISI_SARPRAS":
      return 0.1;
    case null:
      return 0.3;
    default:
      return 0.5;
  }
}

/** Youngest plausible age (at TAHUN_ACUAN) for a holder of this jabatan. */
function minAge(j: JabatanSeed): number {
  switch (j.jenjang) {
    case Jenjang.JPT_UTAMA:
      return 50;
    case Jenjang.AHLI_UTAMA:
      return 52;
    case Jenjang.JPT_MADYA:
      return 46;
    case Jenjang.JPT_PRATAMA:
      return 40;
    case Jenjang.ADMINISTRATOR:
    case Jenjang.AHLI_MADYA:
      return 36;
    case Jenjang.PENYELIA:
      return 34;
    case Jenjang.PENGAWAS:
    case Jenjang.AHLI_MUDA:
      return 30;
    case Jenjang.MAHIR:
      return 27;
    case Jenjang.AHLI_PERTAMA:
      return 24;
    default:
      // 23 at the end of the year keeps everyone at least 22 throughout it.
      return 23;
  }
}

/** Years of service (since TMT CPNS) a holder of this jabatan plausibly has at least. */
function minMasaKerja(j: JabatanSeed): number {
  switch (j.jenjang) {
    case Jenjang.JPT_UTAMA:
    case Jenjang.JPT_MADYA:
    case Jenjang.JPT_PRATAMA:
    case Jenjang.AHLI_UTAMA:
      return 15;
    case Jenjang.ADMINISTRATOR:
      return 12;
    case Jenjang.AHLI_MADYA:
      return 10;
    case Jenjang.PENGAWAS:
    case Jenjang.PENYELIA:
      return 8;
    case Jenjang.AHLI_MUDA:
      return 4;
    case Jenjang.MAHIR:
      return 3;
    default:
      return 0;
  }
}

function personName(rng: Rng, wanita: boolean): string {
  const first = rng.pick(wanita ? NAMA_WANITA : NAMA_PRIA);
  const last = () => rng.pick(wanita ? BELAKANG_WANITA : BELAKANG_PRIA);
  const roll = rng.float();
  if (roll < 0.15) return first; // single-name, common among older Javanese and Sundanese
  if (roll < 0.65) return `${first} ${last()}`;
  if (roll < 0.8) {
    const middle = rng.pick(wanita ? NAMA_WANITA : NAMA_PRIA);
    return middle === first ? `${first} ${last()}` : `${first} ${middle} ${last()}`;
  }
  return `${first} ${rng.pick(MARGA)}`;
}

function buildPegawai(rng: Rng, cells: CellPlan[]): PegawaiPlan[] {
  const out: PegawaiPlan[] = [];
  const nips = new Set<string>();
  for (const cell of cells) {
    const j = cell.jabatan;
    for (let n = 0; n < cell.existing; n++) {
      const wanita = rng.chance(wanitaShare(j));
      // PPPK (appointed from 2021) hold JF and pelaksana posts at entry-level jenjang, not structural ones.
      const masaKerja = minMasaKerja(j);
      const pppk = j.jenis !== JenisJabatan.STRUKTURAL && masaKerja <= 4 && rng.chance(0.27);

      // Age at the end of TAHUN_ACUAN; about one in five is within five years of BUP (ahli utama,
      // with BUP 65, mostly are).
      const lo = minAge(j);
      const hi = j.bup - 1;
      const age = rng.chance(j.bup > 60 ? 0.6 : 0.2) || hi - 5 <= lo ? rng.int(Math.max(lo, hi - 4), hi) : rng.int(lo, hi - 5);
      const lahirTahun = TAHUN_ACUAN - age;
      const lahir = utcDate(lahirTahun, rng.int(1, 12), rng.int(1, 28));

      const tmtTahun = pppk
        ? rng.int(Math.max(2021, lahirTahun + 21), TAHUN_TMT_AKHIR)
        : Math.min(TAHUN_TMT_AKHIR - masaKerja, lahirTahun + rng.int(21, Math.min(35, age - 1)));
      const tmtBulan = rng.pick([1, 3, 4, 7, 10, 12]);

      let nip = "";
      for (let urut = rng.int(1, 900); ; urut++) {
        nip =
          `${lahirTahun}${pad(lahir.getUTCMonth() + 1, 2)}${pad(lahir.getUTCDate(), 2)}` +
          `${tmtTahun}${pad(tmtBulan, 2)}${wanita ? 2 : 1}${pad(urut % 1000 || 1, 3)}`;
        if (!nips.has(nip)) break;
      }
      nips.add(nip);

      const [pendidikan, depan, belakang] = rng.pick(profilOptions(j));
      const nama = `${depan ? `${depan} ` : ""}${personName(rng, wanita)}${belakang ? `, ${belakang}` : ""}`;

      // In the current jabatan since some point after entry; structural heads for at most five years.
      const tmtJabatanMin = Math.max(tmtTahun, j.jenis === JenisJabatan.STRUKTURAL ? TAHUN_TMT_AKHIR - 5 : tmtTahun);
      const tmtJabatanTahun = rng.int(tmtJabatanMin, TAHUN_TMT_AKHIR);
      const tmtJabatan = utcDate(tmtJabatanTahun, tmtJabatanTahun === tmtTahun ? rng.int(tmtBulan, 12) : rng.int(1, 12), 1);

      out.push({
        nip,
        nama,
        tanggalLahir: lahir,
        jenisKelamin: wanita ? JenisKelamin.WANITA : JenisKelamin.PRIA,
        jenis: pppk ? JenisPegawai.PPPK : JenisPegawai.PNS,
        instansiKode: cell.instansiKode,
        cellKey: cell.key,
        pendidikan,
        tmtJabatan,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing

type Tx = Prisma.TransactionClient;

function need<K, V>(map: Map<K, V>, key: K, what: string): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`Seed demo: ${what} ${String(key)} tidak ditemukan`);
  return v;
}

/** JSON sections are typed records; Prisma wants its own JSON input type. */
const json = (value: unknown): Prisma.InputJsonValue => value as Prisma.InputJsonValue;

async function writePlan(tx: Tx, plan: Plan, passwordHash: string, log: (msg: string) => void): Promise<SeedDemoCounts> {
  const instansiKode = [...INSTANSI_DEMO.map((i) => i.kode), ...INSTANSI_PEMBINA.map((i) => i.kode)];
  const clash = await tx.instansi.findMany({ where: { kode: { in: instansiKode } }, select: { kode: true } });
  if (clash.length > 0) {
    throw new Error(`Seed demo: instansi ${clash.map((c) => c.kode).join(", ")} sudah ada; jalankan pada basis data kosong.`);
  }

  // Rule sets may already be there (e.g. a base seed); they are reference data, so keep them.
  await tx.aturanPerhitungan.createMany({ data: ATURAN, skipDuplicates: true });

  const instansi = await tx.instansi.createManyAndReturn({
    data: [
      ...INSTANSI_DEMO.map(({ kode, nama, jenis, wilayah }) => ({ kode, nama, jenis, wilayah })),
      ...INSTANSI_PEMBINA.map(({ kode, nama }) => ({ kode, nama, jenis: JenisInstansi.PUSAT, wilayah: "DKI Jakarta" })),
    ],
    select: { id: true, kode: true },
  });
  const instansiId = new Map(instansi.map((i) => [i.kode, i.id]));

  const jabatan = await tx.jabatan.createManyAndReturn({
    data: JABATAN.map((j) => ({
      kode: j.kode,
      nama: j.nama,
      jenis: j.jenis,
      jenjang: j.jenjang,
      kelas: j.kelas,
      bup: j.bup,
      aktif: j.aktif,
      instansiPembinaId: j.pembina ? need(instansiId, j.pembina, "instansi pembina") : null,
    })),
    select: { id: true, kode: true },
  });
  const jabatanId = new Map(jabatan.map((j) => [j.kode, j.id]));
  log(`instansi ${instansi.length}, jabatan ${jabatan.length}`);

  // Units level by level: the path trigger needs the parent row, and ids come back per level.
  const unitId = new Map<string, number>();
  const maxDepth = Math.max(...plan.units.map((u) => u.depth));
  for (let depth = 0; depth <= maxDepth; depth++) {
    const level = plan.units.filter((u) => u.depth === depth);
    const rows = await tx.unor.createManyAndReturn({
      data: level.map((u) => ({
        instansiId: need(instansiId, u.instansiKode, "instansi"),
        parentId: u.parentKey ? need(unitId, u.parentKey, "unor") : null,
        nama: u.nama,
        jenis: u.jenis,
        eselon: u.eselon,
        urutan: u.urutan,
        kodePembina: u.kodePembina,
        dasarHukumNomor: u.dasarHukumNomor,
      })),
      select: { id: true, instansiId: true, parentId: true, urutan: true },
    });
    // (instansi, parent, urutan) identifies a unit within a level.
    const byPosition = new Map(rows.map((r) => [`${r.instansiId}/${r.parentId ?? 0}/${r.urutan}`, r.id]));
    for (const u of level) {
      const parent = u.parentKey ? need(unitId, u.parentKey, "unor") : 0;
      unitId.set(u.key, need(byPosition, `${need(instansiId, u.instansiKode, "instansi")}/${parent}/${u.urutan}`, "unor"));
    }
  }
  log(`unor ${unitId.size}`);

  const peta = await tx.petaJabatan.createManyAndReturn({
    data: plan.cells.map((c) => ({
      instansiId: need(instansiId, c.instansiKode, "instansi"),
      unorId: need(unitId, c.unitKey, "unor"),
      jabatanId: need(jabatanId, c.jabatan.kode, "jabatan"),
      kebutuhan: c.kebutuhan,
      sumberKebutuhan: c.sumber,
      aturanVersi: c.aturanVersi,
      urutan: c.urutan,
    })),
    select: { id: true, unorId: true, jabatanId: true },
  });
  const petaByPair = new Map(peta.map((p) => [`${p.unorId}/${p.jabatanId}`, p.id]));
  const cellId = new Map(
    plan.cells.map((c) => [
      c.key,
      need(petaByPair, `${need(unitId, c.unitKey, "unor")}/${need(jabatanId, c.jabatan.kode, "jabatan")}`, "peta jabatan"),
    ]),
  );

  const withInfojab = plan.cells.filter((c): c is CellPlan & { infojab: InfojabPlan } => c.infojab !== null);
  const infojab = await tx.infojab.createManyAndReturn({
    data: withInfojab.map((c) => {
      const { ikhtisar, uraian, detail, kelasJabatan } = c.infojab;
      const hasilKerja = uraian.map((u) => ({ hasil: u.hasilKerja, satuan: u.satuan }));
      return {
        petaJabatanId: need(cellId, c.key, "peta jabatan"),
        ikhtisar,
        kelasJabatan,
        hasilKerja: json(hasilKerja),
        ...(detail && {
          kualifikasi: json(detail.kualifikasi),
          bahanKerja: json(detail.bahanKerja),
          perangkatKerja: json(detail.perangkatKerja),
          tanggungJawab: json(detail.tanggungJawab),
          wewenang: json(detail.wewenang),
          korelasiJabatan: json(detail.korelasiJabatan),
          kondisiLingkungan: json(detail.kondisiLingkungan),
          risikoBahaya: json(detail.risikoBahaya),
          syaratJabatan: json(detail.syaratJabatan),
          prestasiKerja: detail.prestasiKerja,
        }),
      };
    }),
    select: { id: true, petaJabatanId: true },
  });
  const infojabByPeta = new Map(infojab.map((i) => [i.petaJabatanId, i.id]));

  const uraian = await tx.uraianTugas.createMany({
    data: withInfojab.flatMap((c) => {
      const id = need(infojabByPeta, need(cellId, c.key, "peta jabatan"), "infojab");
      return c.infojab.uraian.map((u, i) => ({ infojabId: id, urutan: i + 1, ...u }));
    }),
  });
  log(`peta jabatan ${peta.length}, infojab ${infojab.length}, uraian tugas ${uraian.count}`);

  const cellByKey = new Map(plan.cells.map((c) => [c.key, c]));
  const pegawai = await tx.pegawai.createMany({
    data: plan.pegawai.map((p) => {
      const cell = need(cellByKey, p.cellKey, "peta jabatan");
      return {
        nip: p.nip,
        nama: p.nama,
        tanggalLahir: p.tanggalLahir,
        jenisKelamin: p.jenisKelamin,
        jenis: p.jenis,
        instansiId: need(instansiId, p.instansiKode, "instansi"),
        unorId: need(unitId, cell.unitKey, "unor"),
        jabatanId: need(jabatanId, cell.jabatan.kode, "jabatan"),
        pendidikan: p.pendidikan,
        tmtJabatan: p.tmtJabatan,
      };
    }),
  });
  log(`pegawai ${pegawai.count}`);

  const users = await tx.user.createManyAndReturn({
    data: DEMO_USER_ACCOUNTS.map((u) => ({
      username: u.username,
      nama: u.nama,
      role: u.role,
      passwordHash,
      instansiId: u.instansiKode ? need(instansiId, u.instansiKode, "instansi") : null,
    })),
    select: { id: true, username: true },
  });
  const userId = new Map(users.map((u) => [u.username, u.id]));

  const depok = need(instansiId, "KOTA-DEPOK", "instansi");
  const operatorDepok = need(userId, "operator.depok", "user");
  await tx.usulan.createMany({
    data: [
      {
        instansiId: depok,
        jenis: JenisUsulan.PERUBAHAN,
        judul: "Penambahan Puskesmas Tapos 2 dan penyesuaian kebutuhan tenaga kesehatan",
        dasarHukumNomor: "Peraturan Wali Kota Depok tentang Pembentukan Unit Pelaksana Teknis Daerah Pusat Kesehatan Masyarakat",
        status: StatusUsulan.DIAJUKAN,
        catatan:
          "Penambahan satu UPTD Puskesmas di Kecamatan Tapos beserta kebutuhan dokter, perawat, dan bidan berdasarkan hasil ABK.",
        dibuatOlehId: operatorDepok,
        dibuatPada: new Date("2026-10-05T02:00:00Z"),
        diajukanOlehId: operatorDepok,
        diajukanPada: new Date("2026-10-20T03:30:00Z"),
      },
      {
        instansiId: depok,
        jenis: JenisUsulan.KESELURUHAN,
        judul: "Usulan kebutuhan ASN Pemerintah Kota Depok Tahun Anggaran 2027",
        status: StatusUsulan.DRAFT,
        catatan: "Draf peta jabatan seluruh perangkat daerah; infojab sekolah masih dilengkapi.",
        dibuatOlehId: operatorDepok,
        dibuatPada: new Date("2026-11-02T01:15:00Z"),
      },
    ],
  });

  const pembina = await seedPembinaDemo(tx, { depok, jabar: need(instansiId, "PROV-JABAR", "instansi"), sd: SD_DEPOK, smp: SMP_DEPOK, sma: SMA_JABAR, kecamatan: KECAMATAN_DEPOK });
  log(`referensi sekolah ${pembina.sekolah}, faskes ${pembina.faskes}, standar ${pembina.standar}`);

  return {
    instansi: instansi.length,
    unor: unitId.size,
    jabatan: jabatan.length,
    petaJabatan: peta.length,
    infojab: infojab.length,
    uraianTugas: uraian.count,
    pegawai: pegawai.count,
    users: users.length,
  };
}

/** The PRNG seed: change it and every generated name, NIP and figure changes with it. */
const DEMO_SEED = 20260101;

/**
 * Inserts the demo data set into an empty database (throws if its instansi already exist), in one
 * transaction: either everything is there afterwards or nothing is.
 */
export async function seedDemo(db: PrismaClient, opts: { log?: (msg: string) => void } = {}): Promise<SeedDemoCounts> {
  const log = opts.log ?? (() => {});
  const plan = buildPlan(new Rng(DEMO_SEED));
  // Hashed once, outside the transaction: bcrypt is the slowest step here.
  const passwordHash = bcrypt.hashSync(DEMO_PASSWORD, 10);
  return db.$transaction((tx) => writePlan(tx, plan, passwordHash, log), { timeout: 120000 });
}
