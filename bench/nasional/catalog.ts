/**
 * Reference data of the synthetic national dataset: the jabatan catalogue (with the attributes the
 * generator needs to draw pegawai: minimum age, share of women, PPPK propensity, …), the central
 * agencies, the provinces, and name parts. Plain data, no I/O. Kode conventions follow the demo
 * catalogue (prisma/seed/demo-catalog.ts): S-… struktural, F-<JF>-<jenjang> fungsional, P-… pelaksana.
 */

export type JenjangKode = "PML" | "TRP" | "MHR" | "PNY" | "AP" | "AM" | "AD" | "AU";
export type Jenjang =
  | "JPT_UTAMA"
  | "JPT_MADYA"
  | "JPT_PRATAMA"
  | "ADMINISTRATOR"
  | "PENGAWAS"
  | "AHLI_UTAMA"
  | "AHLI_MADYA"
  | "AHLI_MUDA"
  | "AHLI_PERTAMA"
  | "PENYELIA"
  | "MAHIR"
  | "TERAMPIL"
  | "PEMULA";

/** Group of a jabatan for the pegawai draw (PPPK share, bias of existing vs kebutuhan, …). */
export type Grup = "STRUK" | "GURU" | "NAKES" | "DOSEN" | "JF" | "PEL";

export interface JabatanDef {
  kode: string;
  nama: string;
  jenis: "STRUKTURAL" | "FUNGSIONAL" | "PELAKSANA";
  jenjang: Jenjang | null;
  kelas: number;
  bup: number;
  pembina: string | null;
  grup: Grup;
  /** Youngest plausible holder (years at the reference date). */
  minAge: number;
  /** Youngest age at TMT CPNS. */
  entryAge: number;
  /** Share of women. */
  female: number;
  /** Relative propensity of a holder to be PPPK (scaled to the national PPPK total). */
  pppk: number;
  /** Mean of existing ÷ kebutuhan before national scaling (>1: this jabatan tends to excess). */
  bias: number;
  pendidikan: string;
  pendidikanAlt: string;
  gelarDepan: string;
  gelarBelakang: string;
}

const JENJANG_OF: Record<JenjangKode, Jenjang> = {
  PML: "PEMULA",
  TRP: "TERAMPIL",
  MHR: "MAHIR",
  PNY: "PENYELIA",
  AP: "AHLI_PERTAMA",
  AM: "AHLI_MUDA",
  AD: "AHLI_MADYA",
  AU: "AHLI_UTAMA",
};
const LABEL: Record<JenjangKode, string> = {
  PML: "Pemula",
  TRP: "Terampil",
  MHR: "Mahir",
  PNY: "Penyelia",
  AP: "Ahli Pertama",
  AM: "Ahli Muda",
  AD: "Ahli Madya",
  AU: "Ahli Utama",
};
const KELAS: Record<JenjangKode, number> = { PML: 5, TRP: 6, MHR: 7, PNY: 8, AP: 8, AM: 9, AD: 11, AU: 13 };
const MIN_AGE: Record<JenjangKode, number> = { PML: 20, TRP: 20, MHR: 26, PNY: 32, AP: 22, AM: 30, AD: 38, AU: 48 };
const KEAHLIAN = new Set<JenjangKode>(["AP", "AM", "AD", "AU"]);

function bupFor(j: JenjangKode): number {
  return j === "AU" ? 65 : j === "AD" ? 60 : 58;
}

interface JfSpec {
  base: string;
  nama: string;
  pembina: string;
  levels: string; // "TRP MHR AP AM"
  grup?: Grup;
  female?: number;
  /** Gelar for keahlian / keterampilan holders. */
  gelar?: [ahli: string, terampil?: string];
  gelarDepan?: string;
  bup?: number;
  bupUtama?: number;
  kelas?: Partial<Record<JenjangKode, number>>;
  label?: Partial<Record<JenjangKode, string>>;
  pendidikan?: [ahli: string, terampil?: string];
}

// Fungsional. `grup` defaults to JF. Pembina kode refers to PUSAT below (set only when present).
const JF: JfSpec[] = [
  // Kesehatan.
  { base: "DOKTER", nama: "Dokter", pembina: "KEMENKES", levels: "AP AM AD AU", grup: "NAKES", female: 0.55, gelarDepan: "dr.", gelar: [""], kelas: { AM: 10, AD: 12 }, pendidikan: ["Profesi Dokter"] },
  { base: "DRSP", nama: "Dokter Spesialis", pembina: "KEMENKES", levels: "AM AD AU", grup: "NAKES", female: 0.45, gelarDepan: "dr.", gelar: ["Sp.PD."], kelas: { AM: 11, AD: 12, AU: 14 }, pendidikan: ["Spesialis"] },
  { base: "DRG", nama: "Dokter Gigi", pembina: "KEMENKES", levels: "AP AM AD", grup: "NAKES", female: 0.7, gelarDepan: "drg.", gelar: [""], kelas: { AM: 10, AD: 12 }, pendidikan: ["Profesi Dokter Gigi"] },
  { base: "PERAWAT", nama: "Perawat", pembina: "KEMENKES", levels: "TRP MHR PNY AP AM AD", grup: "NAKES", female: 0.72, gelar: ["S.Kep., Ners", "A.Md.Kep."], pendidikan: ["S-1 Keperawatan", "D-III Keperawatan"] },
  { base: "BIDAN", nama: "Bidan", pembina: "KEMENKES", levels: "TRP MHR PNY AP AM AD", grup: "NAKES", female: 1, gelar: ["S.Tr.Keb.", "A.Md.Keb."], pendidikan: ["D-IV Kebidanan", "D-III Kebidanan"] },
  { base: "APT", nama: "Apoteker", pembina: "KEMENKES", levels: "AP AM AD", grup: "NAKES", female: 0.75, gelarDepan: "apt.", gelar: ["S.Farm."], pendidikan: ["Profesi Apoteker"] },
  { base: "TTK", nama: "Asisten Apoteker", pembina: "KEMENKES", levels: "TRP MHR PNY", grup: "NAKES", female: 0.8, gelar: ["", "A.Md.Farm."], pendidikan: ["", "D-III Farmasi"] },
  { base: "PLK", nama: "Pranata Laboratorium Kesehatan", pembina: "KEMENKES", levels: "TRP MHR PNY AP AM", grup: "NAKES", female: 0.7, gelar: ["S.Tr.Kes.", "A.Md.AK."], pendidikan: ["D-IV Analis Kesehatan", "D-III Analis Kesehatan"] },
  { base: "SANIT", nama: "Sanitarian", pembina: "KEMENKES", levels: "TRP MHR PNY AP AM", grup: "NAKES", female: 0.55, gelar: ["S.KM.", "A.Md.KL."], pendidikan: ["S-1 Kesehatan Masyarakat", "D-III Kesehatan Lingkungan"] },
  { base: "NUTR", nama: "Nutrisionis", pembina: "KEMENKES", levels: "TRP MHR AP AM", grup: "NAKES", female: 0.85, gelar: ["S.Gz.", "A.Md.Gz."], pendidikan: ["S-1 Gizi", "D-III Gizi"] },
  { base: "PKM", nama: "Penyuluh Kesehatan Masyarakat", pembina: "KEMENKES", levels: "AP AM AD", grup: "NAKES", female: 0.65, gelar: ["S.KM."], pendidikan: ["S-1 Kesehatan Masyarakat"] },
  { base: "EPID", nama: "Epidemiolog Kesehatan", pembina: "KEMENKES", levels: "TRP AP AM AD", grup: "NAKES", female: 0.6, gelar: ["S.KM.", "A.Md.Kes."] },
  { base: "ADMKES", nama: "Administrator Kesehatan", pembina: "KEMENKES", levels: "AP AM AD", grup: "NAKES", female: 0.6, gelar: ["S.KM."] },
  { base: "PRM", nama: "Perekam Medis", pembina: "KEMENKES", levels: "TRP MHR PNY AP", grup: "NAKES", female: 0.65, gelar: ["S.Tr.RMIK.", "A.Md.RMIK."] },
  { base: "RADIO", nama: "Radiografer", pembina: "KEMENKES", levels: "TRP MHR PNY AP", grup: "NAKES", female: 0.45, gelar: ["S.Tr.Rad.", "A.Md.Rad."] },
  { base: "FISIO", nama: "Fisioterapis", pembina: "KEMENKES", levels: "TRP MHR AP", grup: "NAKES", female: 0.6, gelar: ["S.Ftr.", "A.Md.Ftr."] },
  // Pendidikan.
  { base: "GURU", nama: "Guru", pembina: "KEMENDIKDASMEN", levels: "AP AM AD AU", grup: "GURU", female: 0.68, bup: 60, gelar: ["S.Pd."], pendidikan: ["S-1 Kependidikan"] },
  { base: "WASEK", nama: "Pengawas Sekolah", pembina: "KEMENDIKDASMEN", levels: "AM AD AU", female: 0.45, bup: 60, gelar: ["M.Pd."], pendidikan: ["S-2 Kependidikan"] },
  { base: "PENILIK", nama: "Penilik", pembina: "KEMENDIKDASMEN", levels: "AP AM AD", female: 0.5, gelar: ["S.Pd."] },
  { base: "PAMONG", nama: "Pamong Belajar", pembina: "KEMENDIKDASMEN", levels: "AP AM AD", female: 0.55, gelar: ["S.Pd."] },
  { base: "PLP", nama: "Pranata Laboratorium Pendidikan", pembina: "KEMENDIKDASMEN", levels: "TRP MHR AP", female: 0.5, gelar: ["S.Si.", "A.Md."] },
  { base: "WIDYAPRADA", nama: "Widyaprada", pembina: "KEMENDIKDASMEN", levels: "AP AM AD", female: 0.5, gelar: ["M.Pd."] },
  {
    base: "DOSEN",
    nama: "Dosen",
    pembina: "KEMDIKTISAINTEK",
    levels: "AP AM AD AU",
    grup: "DOSEN",
    female: 0.45,
    bup: 65,
    bupUtama: 70,
    gelar: ["M.Sc."],
    kelas: { AP: 9, AM: 10, AD: 12, AU: 14 },
    label: { AP: "Asisten Ahli", AM: "Lektor", AD: "Lektor Kepala", AU: "Profesor" },
    pendidikan: ["S-2"],
  },
  // Umum (every instansi).
  { base: "ASDM", nama: "Analis Sumber Daya Manusia Aparatur", pembina: "BKN", levels: "AP AM AD AU", gelar: ["S.Psi."] },
  { base: "PSDM", nama: "Pranata Sumber Daya Manusia Aparatur", pembina: "BKN", levels: "TRP MHR PNY", gelar: ["", "A.Md."] },
  { base: "ASESOR", nama: "Asesor Sumber Daya Manusia Aparatur", pembina: "BKN", levels: "AP AM AD", gelar: ["S.Psi."] },
  { base: "PRAKOM", nama: "Pranata Komputer", pembina: "BPS", levels: "TRP MHR PNY AP AM AD AU", female: 0.35, gelar: ["S.Kom.", "A.Md.Kom."] },
  { base: "AK", nama: "Analis Kebijakan", pembina: "LAN", levels: "AP AM AD AU", gelar: ["S.Sos."] },
  { base: "AUDITOR", nama: "Auditor", pembina: "BPKP", levels: "TRP MHR PNY AP AM AD AU", gelar: ["S.E., Ak.", "A.Md.Ak."] },
  { base: "P2UPD", nama: "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", pembina: "KEMENDAGRI", levels: "AP AM AD", gelar: ["S.STP."] },
  { base: "PERENCANA", nama: "Perencana", pembina: "BAPPENAS", levels: "AP AM AD AU", gelar: ["S.E."] },
  { base: "ARSIP", nama: "Arsiparis", pembina: "ANRI", levels: "TRP MHR PNY AP AM AD", gelar: ["S.IIP.", "A.Md."] },
  { base: "PUSTAKA", nama: "Pustakawan", pembina: "PERPUSNAS", levels: "TRP MHR PNY AP AM AD", gelar: ["S.IP.", "A.Md."] },
  { base: "AKPD", nama: "Analis Keuangan Pusat dan Daerah", pembina: "KEMENKEU", levels: "AP AM AD", gelar: ["S.E."] },
  { base: "PBJ", nama: "Pengelola Pengadaan Barang/Jasa", pembina: "LKPP", levels: "AP AM AD", gelar: ["S.T."] },
  { base: "ANHUK", nama: "Analis Hukum", pembina: "KEMENKUM", levels: "AP AM AD", gelar: ["S.H."] },
  { base: "PERANCANG", nama: "Perancang Peraturan Perundang-undangan", pembina: "KEMENKUM", levels: "AP AM AD AU", gelar: ["S.H."] },
  { base: "HUMAS", nama: "Pranata Hubungan Masyarakat", pembina: "KOMDIGI", levels: "TRP MHR AP AM AD", gelar: ["S.I.Kom.", "A.Md."] },
  { base: "STATISTISI", nama: "Statistisi", pembina: "BPS", levels: "TRP MHR PNY AP AM AD AU", gelar: ["S.Tr.Stat.", "A.Md."] },
  { base: "WI", nama: "Widyaiswara", pembina: "LAN", levels: "AP AM AD AU", gelar: ["M.Si."] },
  { base: "ANGGARAN", nama: "Analis Anggaran", pembina: "KEMENKEU", levels: "AP AM AD AU", gelar: ["S.E."] },
  { base: "SANDIMAN", nama: "Sandiman", pembina: "BSSN", levels: "TRP MHR AP AM", female: 0.3, gelar: ["S.Tr.Sdn.", "A.Md."] },
  // Sektoral.
  { base: "POLPP", nama: "Polisi Pamong Praja", pembina: "KEMENDAGRI", levels: "PML TRP MHR PNY AP AM", female: 0.2, gelar: ["S.H.", ""], pendidikan: ["S-1", "SLTA"] },
  { base: "DAMKAR", nama: "Pemadam Kebakaran", pembina: "KEMENDAGRI", levels: "PML TRP MHR PNY", female: 0.05, gelar: ["", ""], pendidikan: ["", "SLTA"] },
  { base: "ANDAMKAR", nama: "Analis Kebakaran", pembina: "KEMENDAGRI", levels: "AP AM AD", female: 0.15, gelar: ["S.T."] },
  { base: "PPERTANIAN", nama: "Penyuluh Pertanian", pembina: "KEMENTAN", levels: "TRP MHR PNY AP AM AD AU", female: 0.3, gelar: ["S.P.", "A.Md.P."] },
  { base: "POPT", nama: "Pengendali Organisme Pengganggu Tumbuhan", pembina: "KEMENTAN", levels: "TRP MHR PNY AP AM", female: 0.35, gelar: ["S.P.", "A.Md.P."] },
  { base: "MEDVET", nama: "Medik Veteriner", pembina: "KEMENTAN", levels: "AP AM AD", female: 0.5, gelarDepan: "drh.", gelar: [""] },
  { base: "PARAVET", nama: "Paramedik Veteriner", pembina: "KEMENTAN", levels: "TRP MHR PNY", female: 0.35, gelar: ["", "A.Md.Pt."] },
  { base: "BENIH", nama: "Pengawas Benih Tanaman", pembina: "KEMENTAN", levels: "TRP AP AM", female: 0.35, gelar: ["S.P.", "A.Md.P."] },
  { base: "PPERIKANAN", nama: "Penyuluh Perikanan", pembina: "KKP", levels: "TRP MHR AP AM AD", female: 0.3, gelar: ["S.Pi.", "A.Md.Pi."] },
  { base: "WASKAN", nama: "Pengawas Perikanan", pembina: "KKP", levels: "AP AM AD", female: 0.25, gelar: ["S.Pi."] },
  { base: "PEKSOS", nama: "Pekerja Sosial", pembina: "KEMENSOS", levels: "TRP MHR PNY AP AM AD", female: 0.6, gelar: ["S.Sos.", "A.Md."] },
  { base: "PENSOS", nama: "Penyuluh Sosial", pembina: "KEMENSOS", levels: "AP AM AD", female: 0.55, gelar: ["S.Sos."] },
  { base: "PKB", nama: "Penyuluh Keluarga Berencana", pembina: "BKKBN", levels: "AP AM AD", female: 0.6, gelar: ["S.Sos."] },
  { base: "PENGANTARKERJA", nama: "Pengantar Kerja", pembina: "KEMNAKER", levels: "AP AM AD", gelar: ["S.E."] },
  { base: "WASNAKER", nama: "Pengawas Ketenagakerjaan", pembina: "KEMNAKER", levels: "AP AM AD AU", female: 0.35, gelar: ["S.H."] },
  { base: "INSTRUKTUR", nama: "Instruktur", pembina: "KEMNAKER", levels: "TRP MHR AP AM", female: 0.3, gelar: ["S.T.", "A.Md."] },
  { base: "ADBANGDUK", nama: "Administrator Database Kependudukan", pembina: "KEMENDAGRI", levels: "TRP MHR AP AM AD", gelar: ["S.Kom.", "A.Md."] },
  { base: "PDLH", nama: "Pengendali Dampak Lingkungan", pembina: "KLH", levels: "TRP AP AM AD", gelar: ["S.T.", "A.Md."] },
  { base: "PKBM", nama: "Penguji Kendaraan Bermotor", pembina: "KEMENHUB", levels: "TRP MHR PNY AP AM", female: 0.1, gelar: ["S.T.", "A.Md."] },
  { base: "TJJ", nama: "Teknik Jalan dan Jembatan", pembina: "KEMENPU", levels: "TRP MHR PNY AP AM AD", female: 0.2, gelar: ["S.T.", "A.Md.T."] },
  { base: "TPA", nama: "Teknik Pengairan", pembina: "KEMENPU", levels: "TRP MHR AP AM AD", female: 0.2, gelar: ["S.T.", "A.Md.T."] },
  { base: "TTBP", nama: "Teknik Tata Bangunan dan Perumahan", pembina: "KEMENPU", levels: "TRP AP AM AD", female: 0.25, gelar: ["S.T.", "A.Md.T."] },
  { base: "PENATARUANG", nama: "Penata Ruang", pembina: "ATRBPN", levels: "AP AM AD", female: 0.35, gelar: ["S.T."] },
  { base: "WASKOP", nama: "Pengawas Koperasi", pembina: "KEMENKOP", levels: "AP AM AD", gelar: ["S.E."] },
  { base: "WASDAG", nama: "Pengawas Perdagangan", pembina: "KEMENDAG", levels: "AP AM AD", gelar: ["S.E."] },
  { base: "PPERINDUSTRIAN", nama: "Penyuluh Perindustrian", pembina: "KEMENPERIN", levels: "AP AM AD", gelar: ["S.T."] },
  { base: "PAJAK", nama: "Pemeriksa Pajak", pembina: "KEMENKEU", levels: "TRP MHR PNY AP AM AD", female: 0.4, gelar: ["S.E.", "A.Md."] },
  { base: "PENYULUHPAJAK", nama: "Penyuluh Pajak", pembina: "KEMENKEU", levels: "AP AM AD", gelar: ["S.E."] },
  { base: "PBC", nama: "Pemeriksa Bea dan Cukai", pembina: "KEMENKEU", levels: "TRP MHR PNY AP AM AD", female: 0.25, gelar: ["S.Tr.Pab.", "A.Md."] },
  { base: "PENAGAMA", nama: "Penyuluh Agama Islam", pembina: "KEMENAG", levels: "AP AM AD AU", female: 0.45, gelar: ["S.Ag."] },
  { base: "PENGHULU", nama: "Penghulu", pembina: "KEMENAG", levels: "AP AM AD", female: 0.05, gelar: ["S.H.I."] },
  { base: "JAKSA", nama: "Jaksa", pembina: "KEJAKSAAN", levels: "AP AM AD AU", female: 0.35, gelar: ["S.H."] },
  { base: "PK", nama: "Pembimbing Kemasyarakatan", pembina: "KEMENIMIPAS", levels: "TRP MHR AP AM AD", female: 0.45, gelar: ["S.Sos.", "A.Md.P."] },
  { base: "ANIM", nama: "Analis Keimigrasian", pembina: "KEMENIMIPAS", levels: "AP AM AD", female: 0.4, gelar: ["S.Tr.Im."] },
  { base: "PANITERA", nama: "Panitera", pembina: "MA", levels: "AP AM AD", female: 0.45, gelar: ["S.H."] },
  { base: "SURVEYOR", nama: "Surveyor Pemetaan", pembina: "BIG", levels: "TRP MHR PNY AP AM AD", female: 0.2, gelar: ["S.T.", "A.Md.T."] },
  { base: "KADASTRAL", nama: "Penata Kadastral", pembina: "ATRBPN", levels: "TRP MHR AP AM", female: 0.3, gelar: ["S.ST.", "A.Md."] },
  { base: "PFM", nama: "Pengawas Farmasi dan Makanan", pembina: "BPOM", levels: "TRP MHR AP AM AD", female: 0.65, gelarDepan: "", gelar: ["S.Farm.", "A.Md.Farm."] },
  { base: "PENELITI", nama: "Peneliti", pembina: "BRIN", levels: "AP AM AD AU", bupUtama: 70, gelar: ["M.Si."], pendidikan: ["S-2"] },
  { base: "PEREKAYASA", nama: "Perekayasa", pembina: "BRIN", levels: "AP AM AD AU", bupUtama: 70, female: 0.3, gelar: ["M.T."], pendidikan: ["S-2"] },
  { base: "LITKAYASA", nama: "Teknisi Litkayasa", pembina: "BRIN", levels: "TRP MHR PNY", female: 0.35, gelar: ["", "A.Md."] },
  { base: "PMG", nama: "Pengamat Meteorologi dan Geofisika", pembina: "BMKG", levels: "TRP MHR PNY AP AM AD", female: 0.3, gelar: ["S.Tr.", "A.Md."] },
  { base: "DIPLOMAT", nama: "Diplomat", pembina: "KEMLU", levels: "AP AM AD AU", female: 0.4, gelar: ["S.IP."] },
  { base: "POLHUT", nama: "Polisi Kehutanan", pembina: "KEMENHUT", levels: "PML TRP MHR PNY AP", female: 0.1, gelar: ["S.Hut.", ""], pendidikan: ["S-1", "SLTA"] },
  { base: "PEH", nama: "Pengendali Ekosistem Hutan", pembina: "KEMENHUT", levels: "TRP AP AM AD", female: 0.3, gelar: ["S.Hut.", "A.Md."] },
  { base: "PAMKARANTINA", nama: "Pengawas Karantina", pembina: "BARANTIN", levels: "TRP MHR AP AM AD", female: 0.4, gelar: ["S.P.", "A.Md."] },
];

interface StrukSpec {
  kode: string;
  nama: string;
  jenjang: Jenjang;
  kelas: number;
}

const STRUKTURAL: StrukSpec[] = [
  { kode: "S-KEPALA-LPNK", nama: "Kepala Lembaga Pemerintah Nonkementerian", jenjang: "JPT_UTAMA", kelas: 17 },
  { kode: "S-SEKJEN", nama: "Sekretaris Jenderal", jenjang: "JPT_MADYA", kelas: 17 },
  { kode: "S-DIRJEN", nama: "Direktur Jenderal", jenjang: "JPT_MADYA", kelas: 17 },
  { kode: "S-IRJEN", nama: "Inspektur Jenderal", jenjang: "JPT_MADYA", kelas: 17 },
  { kode: "S-KABAN-PUSAT", nama: "Kepala Badan", jenjang: "JPT_MADYA", kelas: 17 },
  { kode: "S-SESTAMA", nama: "Sekretaris Utama", jenjang: "JPT_MADYA", kelas: 16 },
  { kode: "S-DEPUTI", nama: "Deputi", jenjang: "JPT_MADYA", kelas: 16 },
  { kode: "S-SEKDA-PROV", nama: "Sekretaris Daerah Provinsi", jenjang: "JPT_MADYA", kelas: 16 },
  { kode: "S-SEKDA", nama: "Sekretaris Daerah Kabupaten/Kota", jenjang: "JPT_PRATAMA", kelas: 15 },
  { kode: "S-ASISTEN", nama: "Asisten Sekretaris Daerah", jenjang: "JPT_PRATAMA", kelas: 14 },
  { kode: "S-DIREKTUR", nama: "Direktur", jenjang: "JPT_PRATAMA", kelas: 15 },
  { kode: "S-SESDITJEN", nama: "Sekretaris Direktorat Jenderal", jenjang: "JPT_PRATAMA", kelas: 15 },
  { kode: "S-KARO", nama: "Kepala Biro", jenjang: "JPT_PRATAMA", kelas: 15 },
  { kode: "S-KAPUS", nama: "Kepala Pusat", jenjang: "JPT_PRATAMA", kelas: 15 },
  { kode: "S-INSPEKTUR", nama: "Inspektur", jenjang: "JPT_PRATAMA", kelas: 15 },
  { kode: "S-KAKANWIL", nama: "Kepala Kantor Wilayah", jenjang: "JPT_PRATAMA", kelas: 14 },
  { kode: "S-KADIS", nama: "Kepala Dinas", jenjang: "JPT_PRATAMA", kelas: 14 },
  { kode: "S-KABAN", nama: "Kepala Badan Daerah", jenjang: "JPT_PRATAMA", kelas: 14 },
  { kode: "S-INSPEKTUR-DAERAH", nama: "Inspektur Daerah", jenjang: "JPT_PRATAMA", kelas: 14 },
  { kode: "S-SEKWAN", nama: "Sekretaris DPRD", jenjang: "JPT_PRATAMA", kelas: 14 },
  { kode: "S-KASATPOLPP", nama: "Kepala Satuan Polisi Pamong Praja", jenjang: "JPT_PRATAMA", kelas: 14 },
  { kode: "S-DIR-RSUD", nama: "Direktur Rumah Sakit Umum Daerah", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-SEKDIS", nama: "Sekretaris Dinas", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-SEKBAN", nama: "Sekretaris Badan", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-SEKRETARIS", nama: "Sekretaris", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-KABID", nama: "Kepala Bidang", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-KABAG", nama: "Kepala Bagian", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-KASUBDIT", nama: "Kepala Subdirektorat", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-KACABDIN", nama: "Kepala Cabang Dinas", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-KA-UPTD", nama: "Kepala Unit Pelaksana Teknis Daerah", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-IRBAN", nama: "Inspektur Pembantu", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-CAMAT", nama: "Camat", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-SEKCAM", nama: "Sekretaris Kecamatan", jenjang: "ADMINISTRATOR", kelas: 11 },
  { kode: "S-KAKANTOR", nama: "Kepala Kantor", jenjang: "ADMINISTRATOR", kelas: 12 },
  { kode: "S-KASUBBAG", nama: "Kepala Subbagian", jenjang: "PENGAWAS", kelas: 9 },
  { kode: "S-KASI", nama: "Kepala Seksi", jenjang: "PENGAWAS", kelas: 9 },
  { kode: "S-KASUBBID", nama: "Kepala Subbidang", jenjang: "PENGAWAS", kelas: 9 },
  { kode: "S-KASUBBAG-TU", nama: "Kepala Subbagian Tata Usaha", jenjang: "PENGAWAS", kelas: 9 },
  { kode: "S-LURAH", nama: "Lurah", jenjang: "PENGAWAS", kelas: 9 },
  { kode: "S-KAPUSKESMAS", nama: "Kepala Puskesmas", jenjang: "PENGAWAS", kelas: 9 },
];

const STRUK_MIN_AGE: Partial<Record<Jenjang, number>> = { JPT_UTAMA: 48, JPT_MADYA: 45, JPT_PRATAMA: 40, ADMINISTRATOR: 35, PENGAWAS: 30 };
const STRUK_FEMALE: Partial<Record<Jenjang, number>> = { JPT_UTAMA: 0.12, JPT_MADYA: 0.15, JPT_PRATAMA: 0.22, ADMINISTRATOR: 0.32, PENGAWAS: 0.42 };

/** Pelaksana (Permenpan RB 45/2022 nomenclature; the low kelas are older posts still in use). */
const PELAKSANA: [kode: string, nama: string, kelas: number, pendidikan: string][] = [
  ["P-PLO", "Penata Layanan Operasional", 8, "S-1"],
  ["P-PKSTI", "Penata Kelola Sistem dan Teknologi Informasi", 8, "S-1"],
  ["P-PTK", "Penelaah Teknis Kebijakan", 7, "S-1"],
  ["P-PGLO", "Pengelola Layanan Operasional", 7, "D-III"],
  ["P-PKAPBN", "Pranata Keuangan APBN", 7, "D-III"],
  ["P-PKAPBD", "Pranata Keuangan APBD", 7, "D-III"],
  ["P-PDI", "Pengolah Data dan Informasi", 6, "D-III"],
  ["P-PLK", "Pengelola Layanan Kesehatan", 6, "D-III"],
  ["P-TSP", "Teknisi Sarana dan Prasarana", 6, "D-III"],
  ["P-PUO", "Pengelola Umum Operasional", 6, "SLTA"],
  ["P-PP", "Pengadministrasi Perkantoran", 5, "SLTA"],
  ["P-OLO", "Operator Layanan Operasional", 5, "SLTA"],
  ["P-OLK", "Operator Layanan Kesehatan", 5, "SLTA"],
  ["P-OSP", "Operator Sarana dan Prasarana", 4, "SLTA"],
  ["P-PENGEMUDI", "Pengemudi", 3, "SLTA"],
  ["P-KEAMANAN", "Petugas Keamanan", 2, "SLTA"],
  ["P-PRAMU", "Pramu Bakti", 1, "SD/SLTP"],
];

function buildCatalog(): JabatanDef[] {
  const out: JabatanDef[] = [];
  for (const s of STRUKTURAL) {
    out.push({
      kode: s.kode,
      nama: s.nama,
      jenis: "STRUKTURAL",
      jenjang: s.jenjang,
      kelas: s.kelas,
      bup: s.jenjang.startsWith("JPT") ? 60 : 58,
      pembina: null,
      grup: "STRUK",
      minAge: STRUK_MIN_AGE[s.jenjang] ?? 30,
      entryAge: 22,
      female: STRUK_FEMALE[s.jenjang] ?? 0.35,
      pppk: 0,
      bias: 1,
      pendidikan: s.jenjang.startsWith("JPT") ? "S-2" : "S-1",
      pendidikanAlt: s.jenjang.startsWith("JPT") ? "S-3" : "S-2",
      gelarDepan: "",
      gelarBelakang: s.jenjang.startsWith("JPT") ? "M.Si." : "S.Sos.",
    });
  }
  for (const f of JF) {
    for (const lv of f.levels.split(" ") as JenjangKode[]) {
      const ahli = KEAHLIAN.has(lv);
      const grup = f.grup ?? "JF";
      const bup = lv === "AU" && f.bupUtama ? f.bupUtama : (f.bup ?? bupFor(lv));
      const gelar = ahli ? (f.gelar?.[0] ?? "S.E.") : (f.gelar?.[1] ?? f.gelar?.[0] ?? "A.Md.");
      const pendidikan = ahli ? (f.pendidikan?.[0] || "S-1") : (f.pendidikan?.[1] || "D-III");
      out.push({
        kode: `F-${f.base}-${lv}`,
        nama: `${f.nama} ${f.label?.[lv] ?? LABEL[lv]}`,
        jenis: "FUNGSIONAL",
        jenjang: JENJANG_OF[lv],
        kelas: f.kelas?.[lv] ?? KELAS[lv],
        bup,
        pembina: f.pembina,
        grup,
        minAge: Math.min(MIN_AGE[lv] + (grup === "DOSEN" ? 3 : 0), bup - 8),
        entryAge: ahli ? 22 : 19,
        female: f.female ?? 0.5,
        pppk: lv === "AU" ? 0 : grup === "GURU" ? 1.0 : grup === "NAKES" ? 0.9 : grup === "DOSEN" ? 0.1 : 0.12,
        bias: grup === "GURU" ? 0.8 : grup === "NAKES" ? 0.85 : grup === "DOSEN" ? 0.9 : 0.95,
        pendidikan,
        pendidikanAlt: ahli ? (lv === "AD" || lv === "AU" ? "S-3" : "S-2") : "D-IV",
        gelarDepan: f.gelarDepan ?? "",
        gelarBelakang: gelar,
      });
    }
  }
  for (const [kode, nama, kelas, pendidikan] of PELAKSANA) {
    out.push({
      kode,
      nama,
      jenis: "PELAKSANA",
      jenjang: null,
      kelas,
      bup: 58,
      pembina: null,
      grup: "PEL",
      minAge: 20,
      entryAge: 19,
      female: kelas <= 4 ? 0.1 : 0.5,
      pppk: kelas <= 4 ? 0.3 : 0.55,
      bias: 1.3,
      pendidikan,
      pendidikanAlt: pendidikan === "SLTA" ? "D-III" : "S-1",
      gelarDepan: "",
      gelarBelakang: pendidikan === "S-1" ? "S.E." : pendidikan === "D-III" ? "A.Md." : "",
    });
  }
  return out;
}

export const JABATAN: JabatanDef[] = buildCatalog();

/** All levels of the listed JF bases. */
function levelsOf(...bases: string[]): string[] {
  const set = new Set(bases);
  return JABATAN.filter((j) => j.jenis === "FUNGSIONAL" && set.has(j.kode.split("-")[1])).map((j) => j.kode);
}
function pick(base: string, levels: string): string[] {
  return levels.split(" ").map((l) => `F-${base}-${l}`);
}

/**
 * Pools a cell template draws distinct jabatan from. A unit's sektor (inherited from its dinas or
 * agency) names a pool too.
 */
export const POOLS: Record<string, string[]> = {
  PEL: ["P-PLO", "P-PTK", "P-PGLO", "P-PDI", "P-TSP", "P-PUO", "P-PP", "P-OLO", "P-PKSTI", "P-PKAPBD"],
  PEL_PUSAT: ["P-PLO", "P-PTK", "P-PGLO", "P-PDI", "P-TSP", "P-PUO", "P-PP", "P-OLO", "P-PKSTI", "P-PKAPBN"],
  PEL_RENDAH: ["P-OSP", "P-PENGEMUDI", "P-KEAMANAN", "P-PRAMU"],
  JF_UMUM: [
    ...pick("ASDM", "AP AM"),
    ...pick("PRAKOM", "TRP AP AM"),
    ...pick("AK", "AP AM"),
    ...pick("PERENCANA", "AP AM"),
    ...pick("ARSIP", "TRP AP"),
    ...pick("PUSTAKA", "TRP"),
    ...pick("AKPD", "AP AM"),
    ...pick("PBJ", "AP AM"),
    ...pick("ANHUK", "AP AM"),
    ...pick("HUMAS", "TRP AP"),
    ...pick("PSDM", "TRP MHR"),
    ...pick("STATISTISI", "AP"),
  ],
  RS_KLINIS: [
    ...levelsOf("PERAWAT"),
    ...pick("BIDAN", "TRP MHR AP"),
    ...pick("DOKTER", "AP AM AD"),
    ...levelsOf("DRSP"),
    ...pick("APT", "AP AM"),
    ...pick("TTK", "TRP MHR"),
    ...pick("PLK", "TRP MHR AP"),
    ...pick("RADIO", "TRP MHR"),
    ...pick("FISIO", "TRP MHR"),
    ...pick("PRM", "TRP MHR"),
    ...pick("NUTR", "TRP AP"),
    ...pick("SANIT", "TRP"),
  ],
  // Sektor pools.
  UMUM: [...pick("AK", "AP AM AD"), ...pick("PERENCANA", "AP AM"), ...pick("ANHUK", "AP AM"), ...pick("PRAKOM", "AP")],
  DIDIK: [...levelsOf("WASEK", "PENILIK", "PAMONG"), ...pick("PLP", "TRP")],
  KESEHATAN: [...levelsOf("EPID", "ADMKES"), ...pick("PKM", "AP AM"), ...pick("SANIT", "AP AM"), ...pick("NUTR", "AP AM"), ...pick("APT", "AM"), ...pick("DOKTER", "AM AD")],
  PU: levelsOf("TJJ", "TPA", "TTBP", "PENATARUANG"),
  SOSIAL: levelsOf("PEKSOS", "PENSOS"),
  NAKER: levelsOf("PENGANTARKERJA", "WASNAKER", "INSTRUKTUR"),
  DUKCAPIL: [...levelsOf("ADBANGDUK"), ...pick("PRAKOM", "TRP MHR AP AM")],
  KB: [...levelsOf("PKB"), ...pick("PENSOS", "AP")],
  LH: [...levelsOf("PDLH"), ...pick("PEH", "TRP AP")],
  HUB: [...levelsOf("PKBM"), ...pick("TJJ", "AP")],
  KOMINFO: [...levelsOf("HUMAS"), ...pick("PRAKOM", "TRP MHR PNY AP AM AD"), ...pick("SANDIMAN", "TRP AP AM"), ...pick("STATISTISI", "AP AM")],
  EKONOMI: [...levelsOf("WASKOP", "WASDAG", "PPERINDUSTRIAN"), ...pick("AK", "AP AM")],
  ARSIP: levelsOf("ARSIP", "PUSTAKA"),
  TANI: levelsOf("PPERTANIAN", "POPT", "MEDVET", "PARAVET", "BENIH"),
  IKAN: levelsOf("PPERIKANAN", "WASKAN"),
  DAMKAR: levelsOf("DAMKAR", "ANDAMKAR"),
  PERENCANAAN: [...levelsOf("PERENCANA"), ...pick("STATISTISI", "AP AM"), ...pick("PENELITI", "AP AM"), ...pick("AK", "AP AM")],
  KEUANGAN: [...levelsOf("AKPD", "PBJ"), "P-PKAPBD"],
  SDM: [...levelsOf("ASDM", "ASESOR", "PSDM"), ...pick("WI", "AP AM")],
  AUDIT: [...levelsOf("AUDITOR"), ...levelsOf("P2UPD")],
  POLPP: levelsOf("POLPP"),
  PEMERINTAHAN: [...pick("POLPP", "TRP MHR"), ...pick("AK", "AP"), ...pick("ADBANGDUK", "TRP")],
  // Central sektor pools.
  PAJAK: [...levelsOf("PAJAK", "PENYULUHPAJAK", "PBC"), ...pick("ANGGARAN", "AP AM AD"), "P-PKAPBN"],
  AGAMA: [...levelsOf("PENAGAMA", "PENGHULU"), ...pick("WASEK", "AM AD")],
  STATISTIK: [...levelsOf("STATISTISI"), ...pick("PRAKOM", "TRP AP AM")],
  HUKUM: [...levelsOf("ANHUK", "PERANCANG", "PANITERA", "JAKSA")],
  IMIPAS: [...levelsOf("PK", "ANIM"), ...pick("ANHUK", "AP AM")],
  PERTANAHAN: [...levelsOf("SURVEYOR", "KADASTRAL"), ...pick("PENATARUANG", "AP AM")],
  FARMAKAN: [...levelsOf("PFM"), ...pick("APT", "AP AM"), ...pick("PLK", "TRP AP")],
  RISET: levelsOf("PENELITI", "PEREKAYASA", "LITKAYASA"),
  METEO: levelsOf("PMG"),
  DIPLOMASI: levelsOf("DIPLOMAT"),
  HUTAN: [...levelsOf("POLHUT", "PEH")],
  KARANTINA: [...levelsOf("PAMKARANTINA"), ...pick("MEDVET", "AP AM"), ...pick("POPT", "TRP AP")],
  DIKTI: [...pick("PLP", "TRP MHR AP"), ...pick("PUSTAKA", "TRP AP"), ...pick("PRAKOM", "AP")],
  LATIH: [...levelsOf("WI"), ...pick("AK", "AP AM")],
};

// ---------------------------------------------------------------------------------------------
// Instansi.

export type Vert = "NONE" | "AGAMA" | "VERTIKAL" | "REGIONAL" | "PTN";

export interface PusatDef {
  kode: string;
  nama: string;
  size: "S" | "M" | "L";
  style: "KEMENTERIAN" | "LEMBAGA";
  sektor: string;
  vert: Vert;
  /** Name prefix of the provincial office (vertikal/regional) and the kab/kota office (vertikal). */
  kanwil?: string;
  kantor?: string;
  /** One provincial office per `step` provinces present. */
  step?: number;
}

/** The central agencies in sampling order: a smaller scale takes the first ones, so that mix is varied. */
export const PUSAT: PusatDef[] = [
  { kode: "BKN", nama: "Badan Kepegawaian Negara", size: "M", style: "LEMBAGA", sektor: "SDM", vert: "REGIONAL", kanwil: "Kantor Regional BKN", step: 3 },
  { kode: "KEMENAG", nama: "Kementerian Agama", size: "L", style: "KEMENTERIAN", sektor: "AGAMA", vert: "AGAMA", kanwil: "Kantor Wilayah Kementerian Agama Provinsi", kantor: "Kantor Kementerian Agama" },
  { kode: "LAN", nama: "Lembaga Administrasi Negara", size: "S", style: "LEMBAGA", sektor: "LATIH", vert: "NONE" },
  { kode: "KEMENKEU", nama: "Kementerian Keuangan", size: "L", style: "KEMENTERIAN", sektor: "PAJAK", vert: "VERTIKAL", kanwil: "Kantor Wilayah Direktorat Jenderal Pajak", kantor: "Kantor Pelayanan Pajak Pratama" },
  { kode: "KEMENDAGRI", nama: "Kementerian Dalam Negeri", size: "M", style: "KEMENTERIAN", sektor: "AUDIT", vert: "NONE" },
  { kode: "BPS", nama: "Badan Pusat Statistik", size: "M", style: "LEMBAGA", sektor: "STATISTIK", vert: "VERTIKAL", kanwil: "Badan Pusat Statistik Provinsi", kantor: "Badan Pusat Statistik" },
  { kode: "KEMENKES", nama: "Kementerian Kesehatan", size: "L", style: "KEMENTERIAN", sektor: "KESEHATAN", vert: "REGIONAL", kanwil: "Balai Besar Kekarantinaan Kesehatan", step: 2 },
  { kode: "KEMDIKTISAINTEK", nama: "Kementerian Pendidikan Tinggi, Sains, dan Teknologi", size: "M", style: "KEMENTERIAN", sektor: "DIKTI", vert: "PTN" },
  { kode: "KEMENDIKDASMEN", nama: "Kementerian Pendidikan Dasar dan Menengah", size: "M", style: "KEMENTERIAN", sektor: "DIDIK", vert: "REGIONAL", kanwil: "Balai Penjaminan Mutu Pendidikan Provinsi" },
  { kode: "KEJAKSAAN", nama: "Kejaksaan Republik Indonesia", size: "L", style: "LEMBAGA", sektor: "HUKUM", vert: "VERTIKAL", kanwil: "Kejaksaan Tinggi", kantor: "Kejaksaan Negeri" },
  { kode: "BPKP", nama: "Badan Pengawasan Keuangan dan Pembangunan", size: "M", style: "LEMBAGA", sektor: "AUDIT", vert: "REGIONAL", kanwil: "Perwakilan BPKP Provinsi" },
  { kode: "KEMENKUM", nama: "Kementerian Hukum", size: "M", style: "KEMENTERIAN", sektor: "HUKUM", vert: "REGIONAL", kanwil: "Kantor Wilayah Kementerian Hukum" },
  { kode: "KEMENIMIPAS", nama: "Kementerian Imigrasi dan Pemasyarakatan", size: "L", style: "KEMENTERIAN", sektor: "IMIPAS", vert: "VERTIKAL", kanwil: "Kantor Wilayah Direktorat Jenderal Pemasyarakatan", kantor: "Lembaga Pemasyarakatan" },
  { kode: "ATRBPN", nama: "Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional", size: "M", style: "KEMENTERIAN", sektor: "PERTANAHAN", vert: "VERTIKAL", kanwil: "Kantor Wilayah Badan Pertanahan Nasional Provinsi", kantor: "Kantor Pertanahan" },
  { kode: "MA", nama: "Mahkamah Agung", size: "L", style: "LEMBAGA", sektor: "HUKUM", vert: "VERTIKAL", kanwil: "Pengadilan Tinggi", kantor: "Pengadilan Negeri" },
  { kode: "KEMENTAN", nama: "Kementerian Pertanian", size: "M", style: "KEMENTERIAN", sektor: "TANI", vert: "REGIONAL", kanwil: "Balai Penerapan Standar Instrumen Pertanian" },
  { kode: "KEMENPU", nama: "Kementerian Pekerjaan Umum", size: "M", style: "KEMENTERIAN", sektor: "PU", vert: "REGIONAL", kanwil: "Balai Besar Pelaksanaan Jalan Nasional", step: 2 },
  { kode: "KEMENHUB", nama: "Kementerian Perhubungan", size: "M", style: "KEMENTERIAN", sektor: "HUB", vert: "REGIONAL", kanwil: "Balai Pengelola Transportasi Darat", step: 2 },
  { kode: "BPOM", nama: "Badan Pengawas Obat dan Makanan", size: "M", style: "LEMBAGA", sektor: "FARMAKAN", vert: "REGIONAL", kanwil: "Balai Besar Pengawas Obat dan Makanan di" },
  { kode: "BMKG", nama: "Badan Meteorologi, Klimatologi, dan Geofisika", size: "M", style: "LEMBAGA", sektor: "METEO", vert: "REGIONAL", kanwil: "Stasiun Meteorologi" },
  { kode: "BRIN", nama: "Badan Riset dan Inovasi Nasional", size: "L", style: "LEMBAGA", sektor: "RISET", vert: "NONE" },
  { kode: "KEMENSOS", nama: "Kementerian Sosial", size: "M", style: "KEMENTERIAN", sektor: "SOSIAL", vert: "REGIONAL", kanwil: "Sentra Layanan Sosial", step: 3 },
  { kode: "KEMLU", nama: "Kementerian Luar Negeri", size: "M", style: "KEMENTERIAN", sektor: "DIPLOMASI", vert: "NONE" },
  { kode: "KEMNAKER", nama: "Kementerian Ketenagakerjaan", size: "M", style: "KEMENTERIAN", sektor: "NAKER", vert: "REGIONAL", kanwil: "Balai Besar Pelatihan Vokasi dan Produktivitas", step: 4 },
  { kode: "KLH", nama: "Kementerian Lingkungan Hidup/Badan Pengendalian Lingkungan Hidup", size: "S", style: "KEMENTERIAN", sektor: "LH", vert: "NONE" },
  { kode: "KEMENHUT", nama: "Kementerian Kehutanan", size: "M", style: "KEMENTERIAN", sektor: "HUTAN", vert: "REGIONAL", kanwil: "Balai Besar Konservasi Sumber Daya Alam", step: 2 },
  { kode: "KKP", nama: "Kementerian Kelautan dan Perikanan", size: "M", style: "KEMENTERIAN", sektor: "IKAN", vert: "REGIONAL", kanwil: "Pangkalan Pengawasan Sumber Daya Kelautan dan Perikanan", step: 4 },
  { kode: "KEMENPERIN", nama: "Kementerian Perindustrian", size: "S", style: "KEMENTERIAN", sektor: "EKONOMI", vert: "NONE" },
  { kode: "KEMENDAG", nama: "Kementerian Perdagangan", size: "S", style: "KEMENTERIAN", sektor: "EKONOMI", vert: "NONE" },
  { kode: "KEMENESDM", nama: "Kementerian Energi dan Sumber Daya Mineral", size: "M", style: "KEMENTERIAN", sektor: "PU", vert: "NONE" },
  { kode: "BAPPENAS", nama: "Kementerian Perencanaan Pembangunan Nasional/Bappenas", size: "S", style: "KEMENTERIAN", sektor: "PERENCANAAN", vert: "NONE" },
  { kode: "KEMENPANRB", nama: "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", size: "S", style: "KEMENTERIAN", sektor: "SDM", vert: "NONE" },
  { kode: "SETNEG", nama: "Kementerian Sekretariat Negara", size: "S", style: "KEMENTERIAN", sektor: "UMUM", vert: "NONE" },
  { kode: "KOMDIGI", nama: "Kementerian Komunikasi dan Digital", size: "M", style: "KEMENTERIAN", sektor: "KOMINFO", vert: "NONE" },
  { kode: "BKKBN", nama: "Kementerian Kependudukan dan Pembangunan Keluarga/BKKBN", size: "M", style: "KEMENTERIAN", sektor: "KB", vert: "REGIONAL", kanwil: "Perwakilan BKKBN Provinsi" },
  { kode: "BNN", nama: "Badan Narkotika Nasional", size: "M", style: "LEMBAGA", sektor: "UMUM", vert: "VERTIKAL", kanwil: "Badan Narkotika Nasional Provinsi", kantor: "Badan Narkotika Nasional" },
  { kode: "BNPB", nama: "Badan Nasional Penanggulangan Bencana", size: "S", style: "LEMBAGA", sektor: "UMUM", vert: "NONE" },
  { kode: "BIG", nama: "Badan Informasi Geospasial", size: "S", style: "LEMBAGA", sektor: "PERTANAHAN", vert: "NONE" },
  { kode: "BSSN", nama: "Badan Siber dan Sandi Negara", size: "S", style: "LEMBAGA", sektor: "KOMINFO", vert: "NONE" },
  { kode: "PERPUSNAS", nama: "Perpustakaan Nasional Republik Indonesia", size: "S", style: "LEMBAGA", sektor: "ARSIP", vert: "NONE" },
  { kode: "ANRI", nama: "Arsip Nasional Republik Indonesia", size: "S", style: "LEMBAGA", sektor: "ARSIP", vert: "NONE" },
  { kode: "BPK", nama: "Badan Pemeriksa Keuangan", size: "M", style: "LEMBAGA", sektor: "AUDIT", vert: "REGIONAL", kanwil: "BPK Perwakilan Provinsi" },
  { kode: "LKPP", nama: "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah", size: "S", style: "LEMBAGA", sektor: "KEUANGAN", vert: "NONE" },
  { kode: "BASARNAS", nama: "Badan Nasional Pencarian dan Pertolongan", size: "S", style: "LEMBAGA", sektor: "UMUM", vert: "REGIONAL", kanwil: "Kantor Pencarian dan Pertolongan" },
  { kode: "KEMENPORA", nama: "Kementerian Pemuda dan Olahraga", size: "S", style: "KEMENTERIAN", sektor: "UMUM", vert: "NONE" },
  { kode: "KEMENPAR", nama: "Kementerian Pariwisata", size: "S", style: "KEMENTERIAN", sektor: "EKONOMI", vert: "NONE" },
  { kode: "KEMENBUD", nama: "Kementerian Kebudayaan", size: "S", style: "KEMENTERIAN", sektor: "ARSIP", vert: "REGIONAL", kanwil: "Balai Pelestarian Kebudayaan Wilayah", step: 3 },
  { kode: "KEMENKOP", nama: "Kementerian Koperasi", size: "S", style: "KEMENTERIAN", sektor: "EKONOMI", vert: "NONE" },
  { kode: "KEMENUMKM", nama: "Kementerian Usaha Mikro, Kecil, dan Menengah", size: "S", style: "KEMENTERIAN", sektor: "EKONOMI", vert: "NONE" },
  { kode: "KEMENPPPA", nama: "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak", size: "S", style: "KEMENTERIAN", sektor: "SOSIAL", vert: "NONE" },
  { kode: "KEMENDES", nama: "Kementerian Desa dan Pembangunan Daerah Tertinggal", size: "S", style: "KEMENTERIAN", sektor: "UMUM", vert: "NONE" },
  { kode: "KEMENTRANS", nama: "Kementerian Transmigrasi", size: "S", style: "KEMENTERIAN", sektor: "UMUM", vert: "NONE" },
  { kode: "KEMENPKP", nama: "Kementerian Perumahan dan Kawasan Permukiman", size: "S", style: "KEMENTERIAN", sektor: "PU", vert: "NONE" },
  { kode: "KEMENINVES", nama: "Kementerian Investasi dan Hilirisasi/BKPM", size: "S", style: "KEMENTERIAN", sektor: "EKONOMI", vert: "NONE" },
  { kode: "KEMENBUMN", nama: "Kementerian Badan Usaha Milik Negara", size: "S", style: "KEMENTERIAN", sektor: "EKONOMI", vert: "NONE" },
  { kode: "KEMENEKRAF", nama: "Kementerian Ekonomi Kreatif", size: "S", style: "KEMENTERIAN", sektor: "EKONOMI", vert: "NONE" },
  { kode: "KEMENHAM", nama: "Kementerian Hak Asasi Manusia", size: "S", style: "KEMENTERIAN", sektor: "HUKUM", vert: "NONE" },
  { kode: "KEMHAN", nama: "Kementerian Pertahanan", size: "M", style: "KEMENTERIAN", sektor: "UMUM", vert: "NONE" },
  { kode: "SETKAB", nama: "Sekretariat Kabinet", size: "S", style: "KEMENTERIAN", sektor: "UMUM", vert: "NONE" },
  { kode: "KEMENKOPOLKAM", nama: "Kementerian Koordinator Bidang Politik dan Keamanan", size: "S", style: "KEMENTERIAN", sektor: "UMUM", vert: "NONE" },
  { kode: "KEMENKOEKON", nama: "Kementerian Koordinator Bidang Perekonomian", size: "S", style: "KEMENTERIAN", sektor: "EKONOMI", vert: "NONE" },
  { kode: "KEMENKOPMK", nama: "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan", size: "S", style: "KEMENTERIAN", sektor: "UMUM", vert: "NONE" },
  { kode: "KEMENKOINFRA", nama: "Kementerian Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan", size: "S", style: "KEMENTERIAN", sektor: "PU", vert: "NONE" },
  { kode: "KEMENKOPANGAN", nama: "Kementerian Koordinator Bidang Pangan", size: "S", style: "KEMENTERIAN", sektor: "TANI", vert: "NONE" },
  { kode: "KEMENKOKUMHAM", nama: "Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia, Imigrasi, dan Pemasyarakatan", size: "S", style: "KEMENTERIAN", sektor: "HUKUM", vert: "NONE" },
  { kode: "KEMENKOPM", nama: "Kementerian Koordinator Bidang Pemberdayaan Masyarakat", size: "S", style: "KEMENTERIAN", sektor: "UMUM", vert: "NONE" },
  { kode: "KP2MI", nama: "Kementerian Pelindungan Pekerja Migran Indonesia", size: "S", style: "KEMENTERIAN", sektor: "NAKER", vert: "REGIONAL", kanwil: "Balai Pelayanan Pelindungan Pekerja Migran Indonesia", step: 2 },
  { kode: "BAPANAS", nama: "Badan Pangan Nasional", size: "S", style: "LEMBAGA", sektor: "TANI", vert: "NONE" },
  { kode: "BGN", nama: "Badan Gizi Nasional", size: "S", style: "LEMBAGA", sektor: "KESEHATAN", vert: "NONE" },
  { kode: "BARANTIN", nama: "Badan Karantina Indonesia", size: "M", style: "LEMBAGA", sektor: "KARANTINA", vert: "REGIONAL", kanwil: "Balai Besar Karantina Hewan, Ikan, dan Tumbuhan" },
  { kode: "BSN", nama: "Badan Standardisasi Nasional", size: "S", style: "LEMBAGA", sektor: "UMUM", vert: "NONE" },
  { kode: "BAPETEN", nama: "Badan Pengawas Tenaga Nuklir", size: "S", style: "LEMBAGA", sektor: "RISET", vert: "NONE" },
  { kode: "BNPT", nama: "Badan Nasional Penanggulangan Terorisme", size: "S", style: "LEMBAGA", sektor: "UMUM", vert: "NONE" },
  { kode: "BAKAMLA", nama: "Badan Keamanan Laut", size: "S", style: "LEMBAGA", sektor: "UMUM", vert: "NONE" },
  { kode: "LEMHANNAS", nama: "Lembaga Ketahanan Nasional", size: "S", style: "LEMBAGA", sektor: "LATIH", vert: "NONE" },
  { kode: "BPIP", nama: "Badan Pembinaan Ideologi Pancasila", size: "S", style: "LEMBAGA", sektor: "UMUM", vert: "NONE" },
  { kode: "KPU", nama: "Komisi Pemilihan Umum", size: "M", style: "LEMBAGA", sektor: "UMUM", vert: "VERTIKAL", kanwil: "Sekretariat Komisi Pemilihan Umum Provinsi", kantor: "Sekretariat Komisi Pemilihan Umum" },
  { kode: "BAWASLU", nama: "Badan Pengawas Pemilihan Umum", size: "S", style: "LEMBAGA", sektor: "UMUM", vert: "VERTIKAL", kanwil: "Sekretariat Badan Pengawas Pemilihan Umum Provinsi", kantor: "Sekretariat Badan Pengawas Pemilihan Umum" },
  { kode: "SETJEN-DPR", nama: "Sekretariat Jenderal Dewan Perwakilan Rakyat", size: "S", style: "KEMENTERIAN", sektor: "HUKUM", vert: "NONE" },
  { kode: "OMBUDSMAN", nama: "Ombudsman Republik Indonesia", size: "S", style: "LEMBAGA", sektor: "HUKUM", vert: "REGIONAL", kanwil: "Perwakilan Ombudsman Provinsi", step: 2 },
];

/** The 38 provinces in sampling order, with their number of kabupaten/kota (weights). */
export const PROVINSI: [nama: string, kabKota: number][] = [
  ["Jawa Barat", 27],
  ["Sulawesi Selatan", 24],
  ["Kalimantan Barat", 14],
  ["Maluku", 11],
  ["Jawa Timur", 38],
  ["Sumatera Utara", 33],
  ["Nusa Tenggara Timur", 22],
  ["Jawa Tengah", 35],
  ["Aceh", 23],
  ["Papua", 9],
  ["Sumatera Selatan", 17],
  ["Sulawesi Tenggara", 17],
  ["Lampung", 15],
  ["Sumatera Barat", 19],
  ["Kalimantan Tengah", 14],
  ["Sulawesi Utara", 15],
  ["Riau", 12],
  ["Kalimantan Selatan", 13],
  ["Sulawesi Tengah", 13],
  ["Jambi", 11],
  ["Nusa Tenggara Barat", 10],
  ["Bengkulu", 10],
  ["Kalimantan Timur", 10],
  ["Maluku Utara", 10],
  ["Bali", 9],
  ["Banten", 8],
  ["Papua Tengah", 8],
  ["Papua Pegunungan", 8],
  ["Kepulauan Bangka Belitung", 7],
  ["Kepulauan Riau", 7],
  ["Papua Barat", 7],
  ["DI Yogyakarta", 5],
  ["Gorontalo", 6],
  ["Sulawesi Barat", 6],
  ["Papua Barat Daya", 6],
  ["Kalimantan Utara", 5],
  ["Papua Selatan", 4],
  ["DKI Jakarta", 1],
];

/** Syllables for synthetic place names (kabupaten/kota, kecamatan, kelurahan, puskesmas). */
export const PLACE_A = [
  "Suka", "Tanjung", "Bukit", "Sungai", "Muara", "Kuala", "Pulau", "Batu", "Air", "Karang", "Talang", "Lubuk", "Padang",
  "Teluk", "Gunung", "Tebing", "Bandar", "Sidi", "Mandala", "Wana", "Purwa", "Sri", "Pangkal", "Rantau", "Sei", "Koto",
];
export const PLACE_B = [
  "maju", "jaya", "sari", "rejo", "makmur", "indah", "baru", "raya", "agung", "mulya", "asri", "timur", "barat", "tengah",
  "selatan", "utara", "permai", "lestari", "wangi", "harjo", "mekar", "sejahtera",
];
/** Prefixes written as a separate word ("Tanjung Jaya"); the rest are joined ("Sukamaju"). */
export const PLACE_SPACED = new Set(["Tanjung", "Bukit", "Sungai", "Muara", "Kuala", "Pulau", "Batu", "Air", "Karang", "Talang", "Lubuk", "Padang", "Teluk", "Gunung", "Tebing", "Bandar", "Rantau", "Sei", "Koto"]);

export function placeName(i: number): string {
  const a = PLACE_A[i % PLACE_A.length];
  const b = PLACE_B[Math.floor(i / PLACE_A.length) % PLACE_B.length];
  const name = PLACE_SPACED.has(a) ? `${a} ${b[0].toUpperCase()}${b.slice(1)}` : `${a}${b}`;
  const round = Math.floor(i / (PLACE_A.length * PLACE_B.length));
  return round ? `${name} ${["", "Hilir", "Hulu", "Pesisir", "Darat"][round % 5] || round}` : name;
}

export const NAMA_PRIA = [
  "Ahmad", "Budi", "Agus", "Dedi", "Eko", "Hendra", "Irfan", "Joko", "Kurniawan", "Muhammad", "Rudi", "Slamet", "Taufik",
  "Wahyu", "Yusuf", "Andi", "Bambang", "Dani", "Fajar", "Gilang", "Hadi", "Imam", "Rizky", "Arif", "Bayu", "Dimas", "Fikri",
  "Hasan", "Ilham", "Nur", "Putu", "Made", "Ketut", "Yohanes", "Daniel", "Samuel", "Rahmat", "Syahrul", "Zainal", "Teguh",
];
export const NAMA_WANITA = [
  "Siti", "Sri", "Dewi", "Rina", "Yuni", "Nur", "Ani", "Fitri", "Ratna", "Lestari", "Wulan", "Indah", "Ayu", "Dian", "Eka",
  "Fatimah", "Kartika", "Lina", "Maya", "Novi", "Putri", "Rahma", "Sari", "Tuti", "Wati", "Yanti", "Anisa", "Desi", "Evi",
  "Herlina", "Intan", "Juwita", "Mega", "Nia", "Oktaviani", "Purnama", "Ria", "Susanti", "Maria", "Ni Luh",
];
export const NAMA_BELAKANG = [
  "Santoso", "Wijaya", "Saputra", "Hidayat", "Kurniawan", "Pratama", "Setiawan", "Nugroho", "Susanto", "Gunawan", "Hakim",
  "Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Sinaga", "Pane", "Daulay", "Tanjung", "Sembiring", "Ginting",
  "Purba", "Manurung", "Rahman", "Hasibuan", "Syahputra", "Ramadhan", "Firmansyah", "Maulana", "Permana", "Sutrisno",
  "Wibowo", "Utomo", "Prasetyo", "Suryadi", "Mulyadi", "Hartono", "Rahayu", "Lestari", "Wulandari", "Handayani",
  "Puspitasari", "Kusuma", "Anggraini", "Pertiwi", "Safitri", "Amalia", "Maharani", "Damanik", "Pasaribu", "Tampubolon",
  "Latuconsina", "Wenda", "Rumbiak", "Mandagi", "Pangemanan", "Lumban Gaol", "Mahmud", "Baso",
];
