/**
 * Shape of the synthetic nation: which instansi exist at a scale (with their size parameters), how
 * each kind of unit has children (UNIT_SPECS, expanded level by level in SQL), and which jabatan
 * cells each kind of unit holds (CELL_TEMPLATES). Plain data + a seeded PRNG, no I/O.
 */
import { mulberry32 } from "../../lib/random";
import { PROVINSI, PUSAT, placeName, type Jenjang, type Vert } from "./catalog";

export type Itpl = "PUSAT" | "PROV" | "KAB" | "KOTA";
export type JenisUnor = "STRUKTURAL" | "PUSKESMAS" | "RUMAH_SAKIT" | "SEKOLAH" | "UNIT_LAYANAN";
export type InstCol = "sd" | "smp" | "sma" | "pkm" | "kec" | "kel" | "dinas" | "badan" | "rs" | "cabdin" | "es1" | "es2" | "es3" | "es4" | "ptn" | "upt";

export const INST_COLS: InstCol[] = ["sd", "smp", "sma", "pkm", "kec", "kel", "dinas", "badan", "rs", "cabdin", "es1", "es2", "es3", "es4", "ptn", "upt"];

export interface InstansiRow {
  id: number;
  kode: string;
  nama: string;
  jenis: "PUSAT" | "PROVINSI" | "KABUPATEN" | "KOTA";
  tpl: Itpl;
  wilayah: string | null;
  /** Short name used in unit names ("SD Negeri 4 Sukamaju"). */
  short: string;
  style: "KEMENTERIAN" | "LEMBAGA" | "PEMDA";
  sektor: string;
  vert: Vert;
  kanwil: string | null;
  kantor: string | null;
  step: number;
  provId: number | null;
  dasarHukum: string;
  sd: number;
  smp: number;
  sma: number;
  pkm: number;
  kec: number;
  kel: number;
  dinas: number;
  badan: number;
  rs: number;
  cabdin: number;
  es1: number;
  es2: number;
  es3: number;
  es4: number;
  ptn: number;
  upt: number;
}

/** Small deterministic PRNG for the instansi parameters. */
export const prng = mulberry32;

const intIn = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

export interface Counts {
  pusat: number;
  provinsi: number;
  kabupaten: number;
  kota: number;
}

/** Instansi counts at a scale: 80 / 38 / 416 / 98 at scale 1, at least one of each but KOTA. */
export function instansiCounts(scale: number): Counts {
  return {
    pusat: Math.min(PUSAT.length, Math.max(1, Math.round(80 * scale))),
    provinsi: Math.min(PROVINSI.length, Math.max(1, Math.round(38 * scale))),
    kabupaten: Math.max(1, Math.round(416 * scale)),
    kota: Math.round(98 * scale),
  };
}

const EMPTY = { sd: 0, smp: 0, sma: 0, pkm: 0, kec: 0, kel: 0, dinas: 0, badan: 0, rs: 0, cabdin: 0, es1: 0, es2: 0, es3: 0, es4: 0, ptn: 0, upt: 0 };

export function buildInstansi(scale: number): InstansiRow[] {
  const c = instansiCounts(scale);
  const rows: InstansiRow[] = [];
  let id = 0;
  for (let i = 0; i < c.pusat; i++) {
    const p = PUSAT[i];
    const r = prng(1000 + i);
    const size = p.size;
    const es =
      size === "S"
        ? { es1: intIn(r, 2, 3), es2: intIn(r, 3, 4), es3: intIn(r, 2, 3), es4: intIn(r, 2, 3) }
        : size === "M"
          ? { es1: intIn(r, 3, 6), es2: intIn(r, 4, 6), es3: intIn(r, 3, 4), es4: intIn(r, 2, 3) }
          : { es1: intIn(r, 5, 9), es2: intIn(r, 5, 7), es3: intIn(r, 3, 5), es4: intIn(r, 2, 4) };
    rows.push({
      id: ++id,
      kode: p.kode,
      nama: p.nama,
      jenis: "PUSAT",
      tpl: "PUSAT",
      wilayah: "DKI Jakarta",
      short: p.kode,
      style: p.style,
      sektor: p.sektor,
      vert: p.vert,
      kanwil: p.kanwil ?? null,
      kantor: p.kantor ?? null,
      step: p.step ?? 1,
      provId: null,
      dasarHukum: p.style === "KEMENTERIAN" ? `Peraturan Presiden tentang ${p.nama}` : `Peraturan Presiden tentang ${p.nama} dan Peraturan Kepala tentang Organisasi dan Tata Kerja`,
      ...EMPTY,
      ...es,
      ptn: p.vert === "PTN" ? 2 * c.provinsi : 0,
    });
  }
  const provIds: number[] = [];
  for (let i = 0; i < c.provinsi; i++) {
    const [nama] = PROVINSI[i];
    const r = prng(2000 + i);
    provIds.push(++id);
    rows.push({
      id,
      kode: `PROV-${String(i + 1).padStart(2, "0")}`,
      nama: `Pemerintah Provinsi ${nama}`,
      jenis: "PROVINSI",
      tpl: "PROV",
      wilayah: nama,
      short: nama,
      style: "PEMDA",
      sektor: "UMUM",
      vert: "NONE",
      kanwil: null,
      kantor: null,
      step: 1,
      provId: null,
      dasarHukum: `Peraturan Daerah Provinsi ${nama} tentang Pembentukan dan Susunan Perangkat Daerah`,
      ...EMPTY,
      cabdin: intIn(r, 4, 12),
      sma: intIn(r, 14, 26),
      dinas: intIn(r, 20, 25),
      badan: intIn(r, 5, 7),
      rs: intIn(r, 2, 5),
      upt: 2,
    });
  }
  // Kabupaten and kota, interleaved evenly (exactly c.kota of them are kota), assigned to the present
  // provinces by the provinces' real kab/kota counts.
  const total = c.kabupaten + c.kota;
  const weights = provIds.map((_, i) => PROVINSI[i][1]);
  const wsum = weights.reduce((a, b) => a + b, 0);
  let kotaSoFar = 0;
  for (let j = 0; j < total; j++) {
    const isKota = c.kota > 0 && Math.floor(((j + 1) * c.kota) / total) > kotaSoFar;
    if (isKota) kotaSoFar++;
    // Province whose cumulative share contains (j + 0.5) / total.
    const at = ((j + 0.5) / total) * wsum;
    let acc = 0;
    let pi = 0;
    while (pi < weights.length - 1 && acc + weights[pi] <= at) acc += weights[pi++];
    const provNama = PROVINSI[pi][0];
    const place = placeName(j);
    const r = prng(3000 + j);
    const big = r() < 0.04 ? 2.2 : 1;
    let p: Partial<InstansiRow>;
    if (isKota) {
      const sd = Math.round((35 + 185 * Math.pow(r(), 1.3)) * big);
      p = {
        sd,
        smp: Math.round(sd * (0.2 + 0.1 * r())),
        pkm: Math.max(4, Math.round(sd / (5 + 3 * r()))),
        kec: Math.max(3, Math.round(sd / (12 + 6 * r()))),
        kel: intIn(r, 4, 9),
        dinas: intIn(r, 16, 21),
        badan: intIn(r, 4, 6),
        rs: intIn(r, 1, 2),
        upt: 1,
      };
    } else {
      const sd = Math.round((100 + 330 * Math.pow(r(), 1.2)) * big);
      p = {
        sd,
        smp: Math.round(sd * (0.14 + 0.06 * r())),
        pkm: Math.max(8, Math.round(sd / (11 + 6 * r()))),
        kec: Math.max(5, Math.round(sd / (14 + 8 * r()))),
        kel: Math.round(2 * r()) / 2 + 0.5,
        dinas: intIn(r, 16, 22),
        badan: intIn(r, 4, 6),
        rs: r() < 0.4 ? 2 : 1,
        upt: 1,
      };
    }
    const nama = `${isKota ? "Kota" : "Kabupaten"} ${place}`;
    rows.push({
      id: ++id,
      kode: `${isKota ? "KOTA" : "KAB"}-${String(j + 1).padStart(4, "0")}`,
      nama: `Pemerintah ${nama}`,
      jenis: isKota ? "KOTA" : "KABUPATEN",
      tpl: isKota ? "KOTA" : "KAB",
      wilayah: provNama,
      short: place,
      style: "PEMDA",
      sektor: "UMUM",
      vert: "NONE",
      kanwil: null,
      kantor: null,
      step: 1,
      provId: provIds[pi],
      dasarHukum: `Peraturan Daerah ${nama} tentang Pembentukan dan Susunan Perangkat Daerah`,
      ...EMPTY,
      ...p,
    } as InstansiRow);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Unit specs.

export interface UnitSpec {
  parent: string;
  kind: string;
  itpl?: Itpl[];
  vert?: Vert[];
  style?: "KEMENTERIAN" | "LEMBAGA";
  /** Fixed [lo, hi], or per instansi: [round(v·lo), round(v·hi)] with v the instansi's column. */
  count: [number, number] | { col: InstCol; lo: number; hi: number };
  jenis: JenisUnor;
  eselon: Jenjang | null;
  head: string | null;
  tpl: string;
  /**
   * list: names[n] (else `prefix n`); parent: `(names[n] ?? prefix) <parent name>`; place: `prefix <place
   * name>`; inst: `prefix <seq> <place of the instansi/office>`; special KANWIL/KANTOR: `<office prefix> <region>`.
   */
  nameMode: "list" | "parent" | "place" | "inst" | "office";
  names?: string[];
  prefix?: string;
  sektor?: string;
  sektors?: string[];
  pembina?: "NPSN" | "FASKES" | "RS";
  special?: "KANWIL" | "KANTOR";
}

const PEMDA: Itpl[] = ["PROV", "KAB", "KOTA"];
const KABKOTA: Itpl[] = ["KAB", "KOTA"];
const PUSAT_ONLY: Itpl[] = ["PUSAT"];

const DINAS: [string, string][] = [
  ["Dinas Pekerjaan Umum dan Penataan Ruang", "PU"],
  ["Dinas Sosial", "SOSIAL"],
  ["Dinas Kependudukan dan Pencatatan Sipil", "DUKCAPIL"],
  ["Dinas Pertanian dan Ketahanan Pangan", "TANI"],
  ["Dinas Perhubungan", "HUB"],
  ["Dinas Komunikasi dan Informatika", "KOMINFO"],
  ["Dinas Lingkungan Hidup", "LH"],
  ["Dinas Tenaga Kerja", "NAKER"],
  ["Dinas Perumahan dan Kawasan Permukiman", "PU"],
  ["Dinas Pengendalian Penduduk dan Keluarga Berencana", "KB"],
  ["Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "SOSIAL"],
  ["Dinas Koperasi dan Usaha Mikro", "EKONOMI"],
  ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "EKONOMI"],
  ["Dinas Perpustakaan dan Kearsipan", "ARSIP"],
  ["Dinas Perikanan", "IKAN"],
  ["Dinas Perdagangan dan Perindustrian", "EKONOMI"],
  ["Dinas Pemadam Kebakaran dan Penyelamatan", "DAMKAR"],
  ["Dinas Pemuda dan Olahraga", "UMUM"],
  ["Dinas Kebudayaan dan Pariwisata", "UMUM"],
  ["Dinas Pemberdayaan Masyarakat dan Desa", "UMUM"],
  ["Dinas Peternakan dan Kesehatan Hewan", "TANI"],
  ["Dinas Pertanahan", "PU"],
  ["Dinas Energi dan Sumber Daya Mineral", "PU"],
  ["Dinas Kehutanan", "LH"],
  ["Dinas Kelautan", "IKAN"],
];
const BADAN: [string, string][] = [
  ["Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "PERENCANAAN"],
  ["Badan Pengelolaan Keuangan dan Aset Daerah", "KEUANGAN"],
  ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "SDM"],
  ["Badan Pendapatan Daerah", "KEUANGAN"],
  ["Badan Penanggulangan Bencana Daerah", "UMUM"],
  ["Badan Kesatuan Bangsa dan Politik", "UMUM"],
  ["Badan Penghubung Daerah", "UMUM"],
];
const SUBBAG = ["Subbagian Umum dan Kepegawaian", "Subbagian Keuangan", "Subbagian Perencanaan dan Pelaporan"];
const SEKSI = ["Seksi Perencanaan", "Seksi Pelaksanaan", "Seksi Pengendalian", "Seksi Evaluasi dan Pelaporan", "Seksi Pembinaan", "Seksi Pelayanan"];
const BIDANG = [
  "Bidang Perencanaan dan Pengembangan",
  "Bidang Pelayanan",
  "Bidang Pembinaan dan Pengawasan",
  "Bidang Sarana dan Prasarana",
  "Bidang Data dan Informasi",
  "Bidang Pemberdayaan",
];
const SUBBIDANG = ["Subbidang Perencanaan", "Subbidang Pelaksanaan", "Subbidang Evaluasi"];
const BIDANG_DIDIK = ["Bidang Pembinaan Sekolah", "Bidang Pendidikan Anak Usia Dini dan Nonformal", "Bidang Guru dan Tenaga Kependidikan", "Bidang Kurikulum"];
const BIDANG_KES = ["Bidang Kesehatan Masyarakat", "Bidang Pencegahan dan Pengendalian Penyakit", "Bidang Pelayanan Kesehatan", "Bidang Sumber Daya Kesehatan"];
const BAGIAN_SETDA = ["Bagian Pemerintahan", "Bagian Hukum", "Bagian Kesejahteraan Rakyat", "Bagian Perekonomian", "Bagian Organisasi", "Bagian Umum"];
const BAGIAN_SETWAN = ["Bagian Umum dan Keuangan", "Bagian Persidangan dan Perundang-undangan", "Bagian Fasilitasi Penganggaran dan Pengawasan", "Bagian Hubungan Masyarakat dan Protokol"];
const BAGIAN = ["Bagian Perencanaan", "Bagian Keuangan", "Bagian Kepegawaian", "Bagian Umum", "Bagian Hukum"];
const INSTALASI = [
  "Instalasi Gawat Darurat",
  "Instalasi Rawat Jalan",
  "Instalasi Rawat Inap",
  "Instalasi Bedah Sentral",
  "Instalasi Perawatan Intensif",
  "Instalasi Farmasi",
  "Instalasi Laboratorium",
  "Instalasi Radiologi",
  "Instalasi Gizi",
  "Instalasi Rekam Medis",
  "Instalasi Rehabilitasi Medik",
  "Instalasi Kebidanan dan Kandungan",
];
const SEKSI_KEC = ["Seksi Pemerintahan", "Seksi Ketenteraman dan Ketertiban Umum", "Seksi Pemberdayaan Masyarakat", "Seksi Kesejahteraan Sosial", "Seksi Pelayanan Umum"];
const BIRO = ["Biro Perencanaan", "Biro Keuangan dan Barang Milik Negara", "Biro Sumber Daya Manusia dan Organisasi", "Biro Hukum", "Biro Umum", "Biro Hubungan Masyarakat", "Biro Kerja Sama"];
const DITJEN = [
  "Direktorat Jenderal Pembinaan",
  "Direktorat Jenderal Pelayanan",
  "Direktorat Jenderal Pengembangan",
  "Direktorat Jenderal Pengawasan",
  "Direktorat Jenderal Tata Kelola",
  "Direktorat Jenderal Sarana dan Prasarana",
  "Direktorat Jenderal Kerja Sama",
  "Direktorat Jenderal Standardisasi",
  "Direktorat Jenderal Penegakan",
];
const DEPUTI = [
  "Deputi Bidang Kebijakan",
  "Deputi Bidang Pembinaan",
  "Deputi Bidang Pengawasan dan Pengendalian",
  "Deputi Bidang Sistem Informasi",
  "Deputi Bidang Pelayanan",
  "Deputi Bidang Pengembangan",
  "Deputi Bidang Kerja Sama",
  "Deputi Bidang Standardisasi",
  "Deputi Bidang Penindakan",
];
const DIREKTORAT = [
  "Direktorat Perencanaan",
  "Direktorat Pembinaan",
  "Direktorat Pengawasan",
  "Direktorat Pengembangan",
  "Direktorat Pelayanan",
  "Direktorat Standardisasi",
  "Direktorat Evaluasi",
  "Direktorat Kerja Sama",
];
const SUBDIT = ["Subdirektorat Perencanaan", "Subdirektorat Pelaksanaan", "Subdirektorat Evaluasi", "Subdirektorat Standardisasi", "Subdirektorat Pengendalian"];
const PUSAT_UNIT = ["Pusat Data dan Informasi", "Pusat Pengembangan Kompetensi", "Pusat Analisis Kebijakan"];
const FAKULTAS = [
  "Fakultas Kedokteran",
  "Fakultas Teknik",
  "Fakultas Ekonomi dan Bisnis",
  "Fakultas Hukum",
  "Fakultas Keguruan dan Ilmu Pendidikan",
  "Fakultas Pertanian",
  "Fakultas Ilmu Sosial dan Ilmu Politik",
  "Fakultas Matematika dan Ilmu Pengetahuan Alam",
  "Fakultas Ilmu Budaya",
  "Fakultas Kesehatan Masyarakat",
];
const SEKSI_KANTOR = ["Seksi Pelayanan", "Seksi Pemeriksaan", "Seksi Pengawasan", "Seksi Data dan Informasi", "Seksi Penyuluhan", "Seksi Pembinaan"];

const S = "STRUKTURAL" as const;
const per = (col: InstCol, lo = 1, hi = 1) => ({ col, lo, hi });

export const UNIT_SPECS: UnitSpec[] = [
  // ---- Pemda: perangkat daerah under the root.
  { parent: "ROOT_PEMDA", kind: "SETDA", itpl: KABKOTA, count: [1, 1], jenis: S, eselon: "JPT_PRATAMA", head: "S-SEKDA", tpl: "TOP", nameMode: "list", names: ["Sekretariat Daerah"], sektor: "UMUM" },
  { parent: "ROOT_PEMDA", kind: "SETDA", itpl: ["PROV"], count: [1, 1], jenis: S, eselon: "JPT_MADYA", head: "S-SEKDA-PROV", tpl: "TOP", nameMode: "list", names: ["Sekretariat Daerah"], sektor: "UMUM" },
  { parent: "ROOT_PEMDA", kind: "SETWAN", count: [1, 1], jenis: S, eselon: "JPT_PRATAMA", head: "S-SEKWAN", tpl: "TOP", nameMode: "list", names: ["Sekretariat Dewan Perwakilan Rakyat Daerah"], sektor: "UMUM" },
  { parent: "ROOT_PEMDA", kind: "INSP", count: [1, 1], jenis: S, eselon: "JPT_PRATAMA", head: "S-INSPEKTUR-DAERAH", tpl: "TOP", nameMode: "list", names: ["Inspektorat Daerah"], sektor: "AUDIT" },
  { parent: "ROOT_PEMDA", kind: "DISDIK", count: [1, 1], jenis: S, eselon: "JPT_PRATAMA", head: "S-KADIS", tpl: "TOP", nameMode: "list", names: ["Dinas Pendidikan"], sektor: "DIDIK" },
  { parent: "ROOT_PEMDA", kind: "DINKES", count: [1, 1], jenis: S, eselon: "JPT_PRATAMA", head: "S-KADIS", tpl: "TOP", nameMode: "list", names: ["Dinas Kesehatan"], sektor: "KESEHATAN" },
  { parent: "ROOT_PEMDA", kind: "DINAS", count: per("dinas"), jenis: S, eselon: "JPT_PRATAMA", head: "S-KADIS", tpl: "TOP", nameMode: "list", names: DINAS.map((d) => d[0]), prefix: "Dinas", sektors: DINAS.map((d) => d[1]), sektor: "UMUM" },
  { parent: "ROOT_PEMDA", kind: "BADAN", count: per("badan"), jenis: S, eselon: "JPT_PRATAMA", head: "S-KABAN", tpl: "TOP", nameMode: "list", names: BADAN.map((d) => d[0]), prefix: "Badan", sektors: BADAN.map((d) => d[1]), sektor: "UMUM" },
  { parent: "ROOT_PEMDA", kind: "SATPOL", count: [1, 1], jenis: S, eselon: "JPT_PRATAMA", head: "S-KASATPOLPP", tpl: "TOP", nameMode: "list", names: ["Satuan Polisi Pamong Praja"], sektor: "POLPP" },
  { parent: "ROOT_PEMDA", kind: "RSUD", count: per("rs"), jenis: "RUMAH_SAKIT", eselon: "ADMINISTRATOR", head: "S-DIR-RSUD", tpl: "TOP", nameMode: "place", prefix: "Rumah Sakit Umum Daerah", sektor: "KESEHATAN", pembina: "RS" },
  { parent: "ROOT_PEMDA", kind: "KEC", itpl: KABKOTA, count: per("kec"), jenis: S, eselon: "ADMINISTRATOR", head: "S-CAMAT", tpl: "KEC", nameMode: "place", prefix: "Kecamatan", sektor: "PEMERINTAHAN" },
  // Setda, Setwan, Inspektorat, Satpol PP.
  { parent: "SETDA", kind: "ASISTEN", count: [3, 3], jenis: S, eselon: "JPT_PRATAMA", head: "S-ASISTEN", tpl: "TOP", nameMode: "list", names: ["Asisten Pemerintahan dan Kesejahteraan Rakyat", "Asisten Perekonomian dan Pembangunan", "Asisten Administrasi Umum"] },
  { parent: "ASISTEN", kind: "BAGIAN", count: [2, 3], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABAG", tpl: "MID", nameMode: "list", names: BAGIAN_SETDA, prefix: "Bagian" },
  { parent: "SETWAN", kind: "BAGIAN", count: [3, 4], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABAG", tpl: "MID", nameMode: "list", names: BAGIAN_SETWAN, prefix: "Bagian" },
  { parent: "INSP", kind: "SEKRETARIAT", count: [1, 1], jenis: S, eselon: "ADMINISTRATOR", head: "S-SEKRETARIS", tpl: "MID", nameMode: "parent", prefix: "Sekretariat" },
  { parent: "INSP", kind: "IRBAN", count: [3, 5], jenis: S, eselon: "ADMINISTRATOR", head: "S-IRBAN", tpl: "IRBAN", nameMode: "list", names: ["Inspektur Pembantu Wilayah I", "Inspektur Pembantu Wilayah II", "Inspektur Pembantu Wilayah III", "Inspektur Pembantu Wilayah IV", "Inspektur Pembantu Wilayah V"] },
  { parent: "SATPOL", kind: "SEKRETARIAT", count: [1, 1], jenis: S, eselon: "ADMINISTRATOR", head: "S-SEKRETARIS", tpl: "MID", nameMode: "parent", prefix: "Sekretariat" },
  { parent: "SATPOL", kind: "BIDANG", count: [2, 3], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABID", tpl: "MID", nameMode: "list", names: ["Bidang Penegakan Peraturan Daerah", "Bidang Ketertiban Umum dan Ketenteraman Masyarakat", "Bidang Perlindungan Masyarakat"], prefix: "Bidang" },
  // Dinas and badan.
  { parent: "DISDIK", kind: "SEKRETARIAT", count: [1, 1], jenis: S, eselon: "ADMINISTRATOR", head: "S-SEKDIS", tpl: "MID", nameMode: "parent", prefix: "Sekretariat" },
  { parent: "DISDIK", kind: "BIDANG", count: [3, 4], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABID", tpl: "MID", nameMode: "list", names: BIDANG_DIDIK, prefix: "Bidang" },
  { parent: "DISDIK", kind: "SD", itpl: KABKOTA, count: per("sd"), jenis: "SEKOLAH", eselon: null, head: null, tpl: "SD", nameMode: "inst", prefix: "SD Negeri", pembina: "NPSN" },
  { parent: "DISDIK", kind: "SMP", itpl: KABKOTA, count: per("smp"), jenis: "SEKOLAH", eselon: null, head: null, tpl: "SMP", nameMode: "inst", prefix: "SMP Negeri", pembina: "NPSN" },
  { parent: "DISDIK", kind: "CABDIN", itpl: ["PROV"], count: per("cabdin"), jenis: S, eselon: "ADMINISTRATOR", head: "S-KACABDIN", tpl: "MID", nameMode: "list", names: [], prefix: "Cabang Dinas Pendidikan Wilayah" },
  { parent: "CABDIN", kind: "SMA", count: per("sma", 0.6, 1.4), jenis: "SEKOLAH", eselon: null, head: null, tpl: "SMA", nameMode: "inst", prefix: "SMA Negeri", pembina: "NPSN" },
  { parent: "DINKES", kind: "SEKRETARIAT", count: [1, 1], jenis: S, eselon: "ADMINISTRATOR", head: "S-SEKDIS", tpl: "MID", nameMode: "parent", prefix: "Sekretariat" },
  { parent: "DINKES", kind: "BIDANG", count: [3, 4], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABID", tpl: "MID", nameMode: "list", names: BIDANG_KES, prefix: "Bidang" },
  { parent: "DINKES", kind: "PKM", itpl: KABKOTA, count: per("pkm"), jenis: "PUSKESMAS", eselon: "PENGAWAS", head: "S-KAPUSKESMAS", tpl: "PKM", nameMode: "place", prefix: "UPTD Puskesmas", pembina: "FASKES" },
  { parent: "DINKES", kind: "UPT", itpl: ["PROV"], count: [1, 2], jenis: "UNIT_LAYANAN", eselon: "ADMINISTRATOR", head: "S-KA-UPTD", tpl: "UPT", nameMode: "list", names: ["UPTD Laboratorium Kesehatan Daerah", "UPTD Pelatihan Kesehatan"] },
  { parent: "DINAS", kind: "SEKRETARIAT", count: [1, 1], jenis: S, eselon: "ADMINISTRATOR", head: "S-SEKDIS", tpl: "MID", nameMode: "parent", prefix: "Sekretariat" },
  { parent: "DINAS", kind: "BIDANG", count: [2, 4], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABID", tpl: "MID", nameMode: "list", names: BIDANG, prefix: "Bidang" },
  { parent: "DINAS", kind: "UPT", count: per("upt", 0, 1), jenis: "UNIT_LAYANAN", eselon: "ADMINISTRATOR", head: "S-KA-UPTD", tpl: "UPT", nameMode: "place", prefix: "UPTD" },
  { parent: "BADAN", kind: "SEKRETARIAT", count: [1, 1], jenis: S, eselon: "ADMINISTRATOR", head: "S-SEKBAN", tpl: "MID", nameMode: "parent", prefix: "Sekretariat" },
  { parent: "BADAN", kind: "BIDANG_BADAN", count: [2, 4], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABID", tpl: "MID", nameMode: "list", names: BIDANG, prefix: "Bidang" },
  { parent: "BADAN", kind: "UPT", itpl: ["PROV"], count: per("upt", 0, 2), jenis: "UNIT_LAYANAN", eselon: "ADMINISTRATOR", head: "S-KA-UPTD", tpl: "UPT", nameMode: "place", prefix: "UPTD" },
  { parent: "RSUD", kind: "BAGIAN", count: [1, 2], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABAG", tpl: "MID", nameMode: "list", names: ["Bagian Umum dan Keuangan", "Bagian Perencanaan"], prefix: "Bagian" },
  { parent: "RSUD", kind: "BIDANG", count: [2, 3], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABID", tpl: "MID", nameMode: "list", names: ["Bidang Pelayanan Medik", "Bidang Keperawatan", "Bidang Penunjang"], prefix: "Bidang" },
  { parent: "RSUD", kind: "INSTALASI", count: [5, 12], jenis: "UNIT_LAYANAN", eselon: null, head: null, tpl: "INST_RS", nameMode: "list", names: INSTALASI, prefix: "Instalasi" },
  // Kecamatan.
  { parent: "KEC", kind: "SEKCAM", count: [1, 1], jenis: S, eselon: "ADMINISTRATOR", head: "S-SEKCAM", tpl: "MID", nameMode: "list", names: ["Sekretariat Kecamatan"] },
  { parent: "KEC", kind: "SEKSI", count: [3, 5], jenis: S, eselon: "PENGAWAS", head: "S-KASI", tpl: "LEAF", nameMode: "list", names: SEKSI_KEC, prefix: "Seksi" },
  { parent: "KEC", kind: "KEL", count: per("kel", 0, 2), jenis: S, eselon: "PENGAWAS", head: "S-LURAH", tpl: "KEL", nameMode: "place", prefix: "Kelurahan" },
  { parent: "SEKCAM", kind: "SUBBAG", count: [1, 2], jenis: S, eselon: "PENGAWAS", head: "S-KASUBBAG", tpl: "LEAF", nameMode: "list", names: SUBBAG, prefix: "Subbagian" },
  // Leaves of the pemda tree.
  { parent: "BAGIAN", kind: "SUBBAG", itpl: PEMDA, count: [1, 3], jenis: S, eselon: "PENGAWAS", head: "S-KASUBBAG", tpl: "LEAF", nameMode: "list", names: SUBBAG, prefix: "Subbagian" },
  { parent: "SEKRETARIAT", kind: "SUBBAG", itpl: PEMDA, count: [1, 3], jenis: S, eselon: "PENGAWAS", head: "S-KASUBBAG", tpl: "LEAF", nameMode: "list", names: SUBBAG, prefix: "Subbagian" },
  { parent: "BIDANG", kind: "SEKSI", count: [1, 3], jenis: S, eselon: "PENGAWAS", head: "S-KASI", tpl: "LEAF", nameMode: "list", names: SEKSI, prefix: "Seksi" },
  { parent: "BIDANG_BADAN", kind: "SUBBIDANG", count: [1, 3], jenis: S, eselon: "PENGAWAS", head: "S-KASUBBID", tpl: "LEAF", nameMode: "list", names: SUBBIDANG, prefix: "Subbidang" },

  // ---- Central agencies: eselon I → II → III → IV.
  { parent: "ROOT_PUSAT", kind: "SETJEN", style: "KEMENTERIAN", count: [1, 1], jenis: S, eselon: "JPT_MADYA", head: "S-SEKJEN", tpl: "TOP", nameMode: "list", names: ["Sekretariat Jenderal"], sektor: "UMUM" },
  { parent: "ROOT_PUSAT", kind: "SETJEN", style: "LEMBAGA", count: [1, 1], jenis: S, eselon: "JPT_MADYA", head: "S-SESTAMA", tpl: "TOP", nameMode: "list", names: ["Sekretariat Utama"], sektor: "UMUM" },
  { parent: "ROOT_PUSAT", kind: "ITJEN", style: "KEMENTERIAN", count: [1, 1], jenis: S, eselon: "JPT_MADYA", head: "S-IRJEN", tpl: "TOP", nameMode: "list", names: ["Inspektorat Jenderal"], sektor: "AUDIT" },
  { parent: "ROOT_PUSAT", kind: "IRBAN", style: "LEMBAGA", count: [1, 1], jenis: S, eselon: "JPT_PRATAMA", head: "S-INSPEKTUR", tpl: "IRBAN", nameMode: "list", names: ["Inspektorat"], sektor: "AUDIT" },
  { parent: "ROOT_PUSAT", kind: "DITJEN", style: "KEMENTERIAN", count: per("es1", 0.7, 1.3), jenis: S, eselon: "JPT_MADYA", head: "S-DIRJEN", tpl: "TOP", nameMode: "list", names: DITJEN, prefix: "Direktorat Jenderal" },
  { parent: "ROOT_PUSAT", kind: "DITJEN", style: "LEMBAGA", count: per("es1", 0.7, 1.3), jenis: S, eselon: "JPT_MADYA", head: "S-DEPUTI", tpl: "TOP", nameMode: "list", names: DEPUTI, prefix: "Deputi Bidang" },
  { parent: "ROOT_PUSAT", kind: "PUSAT", count: [1, 3], jenis: S, eselon: "JPT_PRATAMA", head: "S-KAPUS", tpl: "TOP_JF", nameMode: "list", names: PUSAT_UNIT, prefix: "Pusat" },
  { parent: "SETJEN", kind: "BIRO", count: per("es2", 0.7, 1.3), jenis: S, eselon: "JPT_PRATAMA", head: "S-KARO", tpl: "TOP", nameMode: "list", names: BIRO, prefix: "Biro" },
  { parent: "ITJEN", kind: "SEKRETARIAT", count: [1, 1], jenis: S, eselon: "JPT_PRATAMA", head: "S-SESDITJEN", tpl: "TOP", nameMode: "parent", prefix: "Sekretariat" },
  { parent: "ITJEN", kind: "IRBAN", count: [3, 5], jenis: S, eselon: "JPT_PRATAMA", head: "S-INSPEKTUR", tpl: "IRBAN", nameMode: "list", names: ["Inspektorat I", "Inspektorat II", "Inspektorat III", "Inspektorat IV", "Inspektorat V"] },
  { parent: "DITJEN", kind: "SEKRETARIAT", count: [1, 1], jenis: S, eselon: "JPT_PRATAMA", head: "S-SESDITJEN", tpl: "TOP", nameMode: "parent", prefix: "Sekretariat" },
  { parent: "DITJEN", kind: "DIREKTORAT", count: per("es2", 0.7, 1.3), jenis: S, eselon: "JPT_PRATAMA", head: "S-DIREKTUR", tpl: "TOP_JF", nameMode: "list", names: DIREKTORAT, prefix: "Direktorat" },
  { parent: "BIRO", kind: "BAGIAN", count: per("es3", 0.7, 1.3), jenis: S, eselon: "ADMINISTRATOR", head: "S-KABAG", tpl: "MID", nameMode: "list", names: BAGIAN, prefix: "Bagian" },
  { parent: "SEKRETARIAT", kind: "BAGIAN", itpl: PUSAT_ONLY, count: per("es3", 0.7, 1.3), jenis: S, eselon: "ADMINISTRATOR", head: "S-KABAG", tpl: "MID", nameMode: "list", names: BAGIAN, prefix: "Bagian" },
  { parent: "DIREKTORAT", kind: "SUBDIT", count: per("es3", 0.7, 1.3), jenis: S, eselon: "ADMINISTRATOR", head: "S-KASUBDIT", tpl: "MID", nameMode: "list", names: SUBDIT, prefix: "Subdirektorat" },
  { parent: "PUSAT", kind: "BIDANG", itpl: PUSAT_ONLY, count: per("es3", 0.7, 1.3), jenis: S, eselon: "ADMINISTRATOR", head: "S-KABID", tpl: "MID", nameMode: "list", names: BIDANG, prefix: "Bidang" },
  { parent: "BAGIAN", kind: "SUBBAG", itpl: PUSAT_ONLY, count: per("es4", 0.7, 1.3), jenis: S, eselon: "PENGAWAS", head: "S-KASUBBAG", tpl: "LEAF", nameMode: "list", names: SUBBAG, prefix: "Subbagian" },
  { parent: "SUBDIT", kind: "SEKSI", count: per("es4", 0.7, 1.3), jenis: S, eselon: "PENGAWAS", head: "S-KASI", tpl: "LEAF", nameMode: "list", names: SEKSI, prefix: "Seksi" },
  // Vertical and regional offices (one per province present; kantor per kab/kota of that province).
  { parent: "ROOT_PUSAT", kind: "KANWIL", vert: ["AGAMA", "VERTIKAL", "REGIONAL"], special: "KANWIL", count: [1, 1], jenis: S, eselon: "JPT_PRATAMA", head: "S-KAKANWIL", tpl: "TOP_JF", nameMode: "office" },
  { parent: "KANWIL", kind: "BAGIAN", count: [1, 1], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABAG", tpl: "MID", nameMode: "list", names: ["Bagian Umum"] },
  { parent: "KANWIL", kind: "BIDANG", vert: ["AGAMA", "VERTIKAL"], count: [2, 4], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABID", tpl: "MID", nameMode: "list", names: BIDANG, prefix: "Bidang" },
  { parent: "KANWIL", kind: "BIDANG", vert: ["REGIONAL"], count: [1, 3], jenis: S, eselon: "ADMINISTRATOR", head: "S-KABID", tpl: "MID", nameMode: "list", names: BIDANG, prefix: "Bidang" },
  { parent: "KANWIL", kind: "KANTOR", vert: ["AGAMA", "VERTIKAL"], special: "KANTOR", count: [1, 1], jenis: S, eselon: "ADMINISTRATOR", head: "S-KAKANTOR", tpl: "KANTOR", nameMode: "office" },
  { parent: "KANTOR", kind: "SUBBAG_TU", count: [1, 1], jenis: S, eselon: "PENGAWAS", head: "S-KASUBBAG-TU", tpl: "LEAF", nameMode: "list", names: ["Subbagian Tata Usaha"] },
  { parent: "KANTOR", kind: "SEKSI", count: [2, 5], jenis: S, eselon: "PENGAWAS", head: "S-KASI", tpl: "LEAF", nameMode: "list", names: SEKSI_KANTOR, prefix: "Seksi" },
  { parent: "KANTOR", kind: "KUA", vert: ["AGAMA"], count: [6, 17], jenis: "UNIT_LAYANAN", eselon: null, head: null, tpl: "KUA", nameMode: "place", prefix: "Kantor Urusan Agama Kecamatan" },
  { parent: "KANTOR", kind: "MADRASAH", vert: ["AGAMA"], count: [4, 12], jenis: "SEKOLAH", eselon: null, head: null, tpl: "MADRASAH", nameMode: "inst", prefix: "Madrasah Negeri", pembina: "NPSN" },
  // Perguruan tinggi negeri.
  { parent: "ROOT_PUSAT", kind: "PTN", vert: ["PTN"], count: per("ptn"), jenis: "UNIT_LAYANAN", eselon: null, head: null, tpl: "NONE", nameMode: "place", prefix: "Universitas" },
  { parent: "PTN", kind: "BIRO", count: [2, 3], jenis: S, eselon: "JPT_PRATAMA", head: "S-KARO", tpl: "TOP", nameMode: "list", names: ["Biro Akademik dan Kemahasiswaan", "Biro Umum dan Keuangan", "Biro Perencanaan dan Kerja Sama"], prefix: "Biro" },
  { parent: "PTN", kind: "FAKULTAS", count: [6, 10], jenis: "UNIT_LAYANAN", eselon: null, head: null, tpl: "FAKULTAS", nameMode: "list", names: FAKULTAS, prefix: "Fakultas" },
];

// ---------------------------------------------------------------------------------------------
// Cell templates. HEAD: the unit's head jabatan; J: a fixed jabatan; POOL: `draws` distinct jabatan
// from a pool ($PEL: pelaksana of the pemda/pusat kind; $SEKTOR: the unit's sektor pool).

export interface CellRow {
  mode: "HEAD" | "J" | "POOL";
  ref?: string;
  p?: number;
  draws?: [number, number];
  k: [number, number];
  /** S struktural, P standar pembina, A ABK (a share becomes MANUAL). */
  sumber: "S" | "P" | "A";
}

const head = (p = 1): CellRow => ({ mode: "HEAD", p, k: [1, 1], sumber: "S" });
const j = (ref: string, k: [number, number], sumber: "P" | "A" = "A", p = 1): CellRow => ({ mode: "J", ref, p, k, sumber });
const pool = (ref: string, draws: [number, number], k: [number, number], sumber: "P" | "A" = "A", p = 1): CellRow => ({ mode: "POOL", ref, draws, k, sumber, p });

export const CELL_TEMPLATES: Record<string, CellRow[]> = {
  NONE: [],
  ROOT_LPNK: [head()],
  TOP: [head(), pool("$PEL", [1, 1], [1, 1], "A", 0.6)],
  TOP_JF: [head(), pool("$SEKTOR", [0, 2], [1, 2]), pool("$PEL", [1, 1], [1, 1], "A", 0.6)],
  MID: [head(), pool("$SEKTOR", [1, 3], [1, 3]), pool("JF_UMUM", [0, 1], [1, 2]), pool("$PEL", [0, 1], [1, 2])],
  LEAF: [head(), pool("$PEL", [1, 3], [1, 3]), pool("JF_UMUM", [0, 1], [1, 2]), pool("$SEKTOR", [0, 2], [1, 2]), pool("PEL_RENDAH", [1, 1], [1, 1], "A", 0.15)],
  IRBAN: [head(), pool("AUDIT", [2, 4], [1, 4]), pool("$PEL", [1, 1], [1, 2])],
  KEC: [head(), pool("$PEL", [2, 3], [1, 3]), pool("PEMERINTAHAN", [1, 2], [1, 3]), pool("PEL_RENDAH", [1, 1], [1, 1], "A", 0.3)],
  KEL: [head(), pool("$PEL", [1, 3], [1, 2])],
  UPT: [head(), pool("$PEL", [1, 3], [1, 3]), pool("$SEKTOR", [1, 3], [1, 4])],
  KANTOR: [head(), pool("$SEKTOR", [1, 3], [2, 6]), pool("$PEL", [1, 2], [1, 3]), pool("JF_UMUM", [1, 1], [1, 2], "A", 0.5)],
  SD: [
    j("F-GURU-AP", [2, 5], "P"),
    j("F-GURU-AM", [1, 4], "P"),
    j("F-GURU-AD", [0, 3], "P", 0.8),
    j("F-GURU-AU", [1, 1], "P", 0.02),
    j("P-PGLO", [1, 1], "A", 0.5),
    j("P-OLO", [1, 1], "A", 0.4),
    j("P-PP", [1, 1], "A", 0.3),
    j("F-PUSTAKA-TRP", [1, 1], "A", 0.1),
  ],
  SMP: [
    j("F-GURU-AP", [4, 9], "P"),
    j("F-GURU-AM", [3, 7], "P"),
    j("F-GURU-AD", [2, 6], "P"),
    j("F-GURU-AU", [1, 1], "P", 0.05),
    j("P-PGLO", [1, 2]),
    j("P-PP", [1, 1], "A", 0.7),
    j("P-OLO", [1, 1], "A", 0.6),
    j("P-PDI", [1, 1], "A", 0.4),
    j("F-PUSTAKA-TRP", [1, 1], "A", 0.4),
    j("F-PLP-TRP", [1, 1], "A", 0.3),
  ],
  SMA: [
    j("F-GURU-AP", [6, 12], "P"),
    j("F-GURU-AM", [4, 10], "P"),
    j("F-GURU-AD", [3, 8], "P"),
    j("F-GURU-AU", [1, 1], "P", 0.1),
    j("P-PGLO", [1, 3]),
    j("P-PP", [1, 2]),
    j("P-OLO", [1, 2], "A", 0.7),
    j("P-PDI", [1, 1], "A", 0.6),
    j("F-PUSTAKA-TRP", [1, 1], "A", 0.6),
    j("F-PLP-TRP", [1, 2], "A", 0.6),
    j("F-PRAKOM-TRP", [1, 1], "A", 0.2),
  ],
  MADRASAH: [j("F-GURU-AP", [3, 8], "P"), j("F-GURU-AM", [2, 6], "P"), j("F-GURU-AD", [1, 4], "P"), j("P-PGLO", [1, 2]), j("P-PP", [1, 1], "A", 0.7), j("F-PUSTAKA-TRP", [1, 1], "A", 0.3)],
  PKM: [
    head(0.6),
    j("F-DOKTER-AP", [1, 3], "P"),
    j("F-DOKTER-AM", [1, 2], "P", 0.6),
    j("F-DRG-AP", [1, 1], "P", 0.7),
    j("F-PERAWAT-TRP", [2, 6], "P"),
    j("F-PERAWAT-MHR", [1, 3], "P", 0.7),
    j("F-PERAWAT-AP", [1, 3], "P"),
    j("F-PERAWAT-AM", [1, 2], "P", 0.4),
    j("F-BIDAN-TRP", [2, 6], "P"),
    j("F-BIDAN-MHR", [1, 3], "P", 0.7),
    j("F-BIDAN-AP", [1, 2], "P", 0.5),
    j("F-APT-AP", [1, 1], "P", 0.8),
    j("F-TTK-TRP", [1, 2], "P", 0.8),
    j("F-PLK-TRP", [1, 2], "P", 0.8),
    j("F-SANIT-TRP", [1, 1], "P", 0.8),
    j("F-NUTR-TRP", [1, 1], "P", 0.8),
    j("F-PKM-AP", [1, 1], "P", 0.6),
    j("F-PRM-TRP", [1, 1], "A", 0.6),
    j("F-ADMKES-AP", [1, 1], "A", 0.3),
    j("P-OLK", [1, 2]),
    j("P-PP", [1, 2], "A", 0.7),
    j("P-PLK", [1, 1], "A", 0.5),
  ],
  INST_RS: [pool("RS_KLINIS", [5, 8], [2, 12], "P"), j("P-OLK", [1, 3]), j("P-PP", [1, 1], "A", 0.6)],
  KUA: [j("F-PENGHULU-AP", [1, 2]), j("F-PENGHULU-AM", [1, 1], "A", 0.5), j("F-PENAGAMA-AP", [1, 3]), j("F-PENAGAMA-AM", [1, 2], "A", 0.4), j("P-PP", [1, 2])],
  FAKULTAS: [
    j("F-DOSEN-AP", [5, 20], "P"),
    j("F-DOSEN-AM", [5, 20], "P"),
    j("F-DOSEN-AD", [3, 12], "P"),
    j("F-DOSEN-AU", [1, 4], "P", 0.7),
    j("P-PLO", [1, 3]),
    j("P-PP", [1, 3]),
    j("F-PUSTAKA-TRP", [1, 1], "A", 0.5),
    j("F-PLP-TRP", [1, 3], "A", 0.6),
  ],
};
