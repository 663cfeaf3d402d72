/**
 * Standard code lists of the syarat jabatan (the Anjab manual used with Peraturan BKN 9/2022 and
 * Permenpan 33/2011 lampiran; the codes go back to the job-analysis tradition of Depnaker). Data,
 * not logic: a form shows them as choices and the server accepts only these codes.
 */
export interface Kode {
  kode: string;
  label: string;
}

export const BAKAT_KERJA: readonly Kode[] = [
  { kode: "G", label: "Intelegensia" },
  { kode: "V", label: "Bakat verbal" },
  { kode: "N", label: "Bakat numerik" },
  { kode: "S", label: "Bakat pandang ruang" },
  { kode: "P", label: "Bakat penerapan bentuk" },
  { kode: "Q", label: "Bakat ketelitian" },
  { kode: "K", label: "Koordinasi motorik" },
  { kode: "F", label: "Kecekatan jari" },
  { kode: "M", label: "Kecekatan tangan" },
  { kode: "E", label: "Koordinasi mata, tangan dan kaki" },
  { kode: "C", label: "Kemampuan membedakan warna" },
];

export const TEMPERAMEN: readonly Kode[] = [
  { kode: "D", label: "Memimpin, mengendalikan atau merencanakan kegiatan" },
  { kode: "F", label: "Menafsirkan perasaan, gagasan atau fakta dari sudut pandang pribadi" },
  { kode: "I", label: "Mempengaruhi pendapat, sikap atau pertimbangan orang lain" },
  { kode: "J", label: "Membuat keputusan berdasarkan kriteria yang dapat diukur atau diuji" },
  { kode: "M", label: "Membuat keputusan berdasarkan kriteria indrawi atau pertimbangan" },
  { kode: "P", label: "Berhubungan dengan orang lain lebih dari sekadar menerima dan memberi instruksi" },
  { kode: "R", label: "Melakukan kegiatan berulang atau terus-menerus menurut prosedur" },
  { kode: "S", label: "Bekerja di bawah tekanan dalam keadaan darurat atau berbahaya" },
  { kode: "T", label: "Bekerja dalam batas, toleransi dan standar yang ketat" },
  { kode: "V", label: "Melakukan berbagai tugas yang sering berganti" },
];

export const MINAT_KERJA: readonly Kode[] = [
  { kode: "R", label: "Realistik" },
  { kode: "I", label: "Investigatif" },
  { kode: "A", label: "Artistik" },
  { kode: "S", label: "Sosial" },
  { kode: "E", label: "Kewirausahaan" },
  { kode: "K", label: "Konvensional" },
];

export const UPAYA_FISIK: readonly Kode[] = [
  "Berdiri", "Berjalan", "Duduk", "Mengangkat", "Membawa", "Mendorong", "Menarik", "Memanjat",
  "Menyimpan imbangan", "Menunduk", "Berlutut", "Membungkuk", "Merangkak", "Menjangkau", "Memegang",
  "Bekerja dengan jari", "Meraba", "Berbicara", "Mendengar", "Melihat", "Ketajaman jarak jauh",
  "Ketajaman jarak dekat", "Pengamatan secara mendalam", "Penyesuaian lensa mata", "Melihat berbagai warna",
  "Luas pandangan",
].map((label, i) => ({ kode: String(i + 1), label }));

export const FUNGSI_PEKERJAAN: readonly Kode[] = [
  { kode: "D0", label: "Memadukan data" },
  { kode: "D1", label: "Mengkoordinasikan data" },
  { kode: "D2", label: "Menganalisis data" },
  { kode: "D3", label: "Menyusun data" },
  { kode: "D4", label: "Menghitung data" },
  { kode: "D5", label: "Menyalin data" },
  { kode: "D6", label: "Membandingkan data" },
  { kode: "O0", label: "Menasihati" },
  { kode: "O1", label: "Berunding" },
  { kode: "O2", label: "Mengajar" },
  { kode: "O3", label: "Menyelia" },
  { kode: "O4", label: "Menghibur" },
  { kode: "O5", label: "Mempengaruhi" },
  { kode: "O6", label: "Berbicara dan memberi tanda" },
  { kode: "O7", label: "Melayani orang" },
  { kode: "O8", label: "Menerima instruksi" },
  { kode: "B0", label: "Memasang mesin" },
  { kode: "B1", label: "Mengerjakan benda dengan presisi" },
  { kode: "B2", label: "Menjalankan dan mengontrol mesin" },
  { kode: "B3", label: "Mengemudikan atau menjalankan" },
  { kode: "B4", label: "Mengerjakan benda dengan tangan" },
  { kode: "B5", label: "Menjaga mesin" },
  { kode: "B6", label: "Memasukkan dan mengeluarkan barang ke atau dari mesin" },
  { kode: "B7", label: "Memegang" },
];

export const JENIS_KELAMIN = ["Laki-laki", "Perempuan", "Laki-laki atau Perempuan"] as const;

/** The aspects a Kondisi Lingkungan Kerja table lists in the usual Anjab format. */
export const ASPEK_LINGKUNGAN = [
  "Tempat kerja", "Suhu", "Udara", "Keadaan ruangan", "Letak", "Penerangan", "Suara", "Keadaan tempat kerja", "Getaran",
] as const;

export const kodeSet = (list: readonly Kode[]) => list.map((k) => k.kode);
