/**
 * Demo reference data: instansi pembina, the national jabatan catalogue, and per-rumpun task
 * templates (uraian tugas) used to write infojab and ABK figures. Plain data, no I/O: demo.ts
 * inserts it. Kelas and BUP follow shared DOMAIN.md (typical kelas per jenjang; BUP per PP 17/2020).
 */
import { JenisJabatan, Jenjang, PeriodeBeban, SatuanWaktu } from "../../lib/generated/prisma/enums";

// ---------------------------------------------------------------------------------------------
// Instansi pembina (central agencies that own a JF). BKN itself is created by demo.ts with its units.

export interface InstansiPembinaSeed {
  kode: string;
  nama: string;
}

export const INSTANSI_PEMBINA: InstansiPembinaSeed[] = [
  { kode: "KEMENKES", nama: "Kementerian Kesehatan" },
  { kode: "BPS", nama: "Badan Pusat Statistik" },
  { kode: "KEMENDIKDASMEN", nama: "Kementerian Pendidikan Dasar dan Menengah" },
  { kode: "LAN", nama: "Lembaga Administrasi Negara" },
  { kode: "ANRI", nama: "Arsip Nasional Republik Indonesia" },
  { kode: "BPKP", nama: "Badan Pengawasan Keuangan dan Pembangunan" },
  { kode: "BAPPENAS", nama: "Kementerian Perencanaan Pembangunan Nasional/Bappenas" },
];

// ---------------------------------------------------------------------------------------------
// Uraian tugas templates per rumpun jabatan. Volumes are for a typical unit; demo.ts scales them
// per placement so that kebutuhan varies between units.

export interface TugasTemplate {
  uraian: string;
  hasilKerja: string;
  satuan: string;
  volume: number;
  periode: PeriodeBeban;
  waktu: number;
  satuanWaktu: SatuanWaktu;
}

const { TAHUN, BULAN, MINGGU, HARI } = PeriodeBeban;
const { JAM, MENIT } = SatuanWaktu;

/** Compact row builder: uraian, hasil kerja, satuan, volume, periode, waktu, satuan waktu. */
function t(
  uraian: string,
  hasilKerja: string,
  satuan: string,
  volume: number,
  periode: PeriodeBeban,
  waktu: number,
  satuanWaktu: SatuanWaktu,
): TugasTemplate {
  return { uraian, hasilKerja, satuan, volume, periode, waktu, satuanWaktu };
}

export const TUGAS = {
  ASDM: [
    t("Menyusun rencana kebutuhan pegawai berdasarkan analisis jabatan dan analisis beban kerja", "Dokumen rencana kebutuhan pegawai", "dokumen", 4, TAHUN, 40, JAM),
    t("Memverifikasi berkas usulan kenaikan pangkat dan mutasi pegawai", "Berkas usulan terverifikasi", "berkas", 60, BULAN, 20, MENIT),
    t("Menyusun informasi jabatan dan uraian tugas unit kerja", "Dokumen informasi jabatan", "dokumen", 2, MINGGU, 3, JAM),
    t("Mengolah data penilaian kinerja pegawai", "Rekapitulasi penilaian kinerja", "laporan", 1, BULAN, 16, JAM),
    t("Memberikan layanan konsultasi manajemen ASN kepada pegawai", "Catatan layanan konsultasi", "layanan", 3, HARI, 20, MENIT),
  ],
  PRAKOM: [
    t("Melakukan instalasi dan konfigurasi perangkat komputer", "Perangkat terpasang dan terkonfigurasi", "unit", 8, BULAN, 2, JAM),
    t("Menangani gangguan jaringan dan layanan aplikasi", "Laporan penanganan gangguan", "laporan", 3, HARI, 30, MENIT),
    t("Melakukan pencadangan basis data", "Berkas cadangan basis data", "berkas", 1, HARI, 20, MENIT),
    t("Menyusun rancangan modul aplikasi", "Dokumen rancangan modul", "dokumen", 6, TAHUN, 24, JAM),
    t("Melakukan pengujian aplikasi sebelum rilis", "Laporan hasil pengujian", "laporan", 2, BULAN, 6, JAM),
  ],
  ANALIS_KEBIJAKAN: [
    t("Mengidentifikasi isu kebijakan di bidang tugas unit kerja", "Dokumen identifikasi isu kebijakan", "dokumen", 6, TAHUN, 32, JAM),
    t("Menyusun kajian dan analisis kebijakan", "Naskah kajian kebijakan", "naskah", 4, TAHUN, 80, JAM),
    t("Menyusun rekomendasi kebijakan dalam bentuk policy brief", "Policy brief", "dokumen", 6, TAHUN, 16, JAM),
    t("Melaksanakan konsultasi publik atas rancangan kebijakan", "Laporan konsultasi publik", "laporan", 4, TAHUN, 24, JAM),
    t("Mengevaluasi pelaksanaan kebijakan", "Laporan evaluasi kebijakan", "laporan", 2, TAHUN, 60, JAM),
  ],
  AUDITOR: [
    t("Menyusun program kerja audit", "Program kerja audit", "dokumen", 8, TAHUN, 16, JAM),
    t("Melaksanakan audit kinerja pada unit kerja", "Kertas kerja audit", "kertas kerja", 40, TAHUN, 12, JAM),
    t("Menyusun laporan hasil audit", "Laporan hasil audit", "laporan", 8, TAHUN, 24, JAM),
    t("Melakukan reviu laporan keuangan", "Catatan hasil reviu", "dokumen", 2, TAHUN, 80, JAM),
    t("Memantau tindak lanjut hasil pengawasan", "Laporan pemantauan tindak lanjut", "laporan", 4, TAHUN, 16, JAM),
  ],
  PERENCANA: [
    t("Menyusun rancangan rencana kerja tahunan", "Dokumen rencana kerja", "dokumen", 1, TAHUN, 120, JAM),
    t("Menyusun rencana kerja dan anggaran unit kerja", "Dokumen RKA", "dokumen", 6, TAHUN, 24, JAM),
    t("Memantau capaian kinerja program dan kegiatan", "Laporan pemantauan kinerja", "laporan", 1, BULAN, 24, JAM),
    t("Menyusun laporan kinerja instansi", "Laporan kinerja", "laporan", 1, TAHUN, 160, JAM),
    t("Mengolah data dan indikator perencanaan", "Data indikator perencanaan", "berkas", 2, MINGGU, 2, JAM),
  ],
  ARSIPARIS: [
    t("Melakukan pemberkasan arsip aktif", "Berkas arsip", "berkas", 20, HARI, 5, MENIT),
    t("Menyusun daftar arsip aktif dan inaktif", "Daftar arsip", "daftar", 2, BULAN, 4, JAM),
    t("Melakukan alih media arsip ke bentuk digital", "Arsip digital", "berkas", 30, MINGGU, 10, MENIT),
    t("Melayani peminjaman arsip", "Bukti layanan peminjaman", "layanan", 4, HARI, 10, MENIT),
    t("Melaksanakan penyusutan arsip", "Berita acara penyusutan", "dokumen", 1, TAHUN, 40, JAM),
  ],
  DOKTER: [
    t("Melakukan pemeriksaan dan pelayanan medik umum rawat jalan", "Pasien terlayani", "pasien", 25, HARI, 12, MENIT),
    t("Melakukan tindakan medik sederhana", "Tindakan medik", "tindakan", 3, HARI, 20, MENIT),
    t("Membuat rujukan pasien ke fasilitas kesehatan lanjutan", "Surat rujukan", "surat", 4, HARI, 10, MENIT),
    t("Melakukan kunjungan rumah dan pelayanan kesehatan masyarakat", "Laporan kunjungan", "laporan", 2, MINGGU, 2, JAM),
    t("Membuat surat keterangan kesehatan", "Surat keterangan kesehatan", "surat", 2, HARI, 15, MENIT),
  ],
  DOKTER_GIGI: [
    t("Melakukan pemeriksaan kesehatan gigi dan mulut", "Pasien terlayani", "pasien", 10, HARI, 20, MENIT),
    t("Melakukan penambalan gigi", "Tindakan penambalan", "tindakan", 3, HARI, 30, MENIT),
    t("Melakukan pencabutan gigi", "Tindakan pencabutan", "tindakan", 2, HARI, 30, MENIT),
    t("Melaksanakan usaha kesehatan gigi sekolah", "Laporan kegiatan UKGS", "laporan", 2, BULAN, 3, JAM),
  ],
  DOKTER_SPESIALIS: [
    t("Melakukan pemeriksaan dan konsultasi spesialistik pasien rawat jalan", "Pasien terlayani", "pasien", 20, HARI, 15, MENIT),
    t("Melakukan visite pasien rawat inap", "Catatan perkembangan pasien", "pasien", 10, HARI, 10, MENIT),
    t("Menjawab konsultasi antarbagian", "Lembar jawaban konsultasi", "lembar", 2, HARI, 20, MENIT),
    t("Melakukan tindakan medik spesialistik", "Tindakan medik spesialistik", "tindakan", 2, HARI, 45, MENIT),
    t("Mengikuti pertemuan klinis dan audit medik", "Notulen pertemuan klinis", "notulen", 2, BULAN, 2, JAM),
  ],
  PERAWAT: [
    t("Melakukan pengkajian keperawatan pasien", "Dokumen pengkajian keperawatan", "pasien", 30, HARI, 10, MENIT),
    t("Melakukan tindakan keperawatan (injeksi, perawatan luka, pemasangan infus)", "Tindakan keperawatan", "tindakan", 20, HARI, 15, MENIT),
    t("Memantau tanda-tanda vital pasien", "Catatan tanda vital", "catatan", 40, HARI, 5, MENIT),
    t("Memberikan edukasi kesehatan kepada pasien dan keluarga", "Sesi edukasi", "sesi", 8, HARI, 10, MENIT),
    t("Mendokumentasikan asuhan keperawatan", "Dokumen asuhan keperawatan", "dokumen", 30, HARI, 5, MENIT),
  ],
  BIDAN: [
    t("Melakukan pemeriksaan kehamilan (antenatal care)", "Ibu hamil terperiksa", "orang", 12, HARI, 20, MENIT),
    t("Melakukan pertolongan persalinan normal", "Persalinan tertolong", "persalinan", 6, BULAN, 4, JAM),
    t("Memberikan pelayanan keluarga berencana", "Akseptor terlayani", "akseptor", 6, HARI, 15, MENIT),
    t("Melakukan kunjungan nifas dan pemeriksaan bayi baru lahir", "Kunjungan nifas", "kunjungan", 4, HARI, 20, MENIT),
    t("Memberikan imunisasi dasar pada bayi", "Bayi terimunisasi", "bayi", 10, MINGGU, 10, MENIT),
  ],
  APOTEKER: [
    t("Melakukan pengkajian dan pelayanan resep", "Resep terlayani", "resep", 80, HARI, 3, MENIT),
    t("Memberikan konseling obat kepada pasien", "Pasien terkonseling", "pasien", 5, HARI, 10, MENIT),
    t("Menyusun rencana kebutuhan obat dan bahan medis habis pakai", "Dokumen rencana kebutuhan obat", "dokumen", 1, BULAN, 8, JAM),
    t("Melakukan pengendalian dan pencatatan persediaan obat", "Laporan stock opname", "laporan", 1, BULAN, 6, JAM),
    t("Memantau efek samping obat", "Laporan monitoring efek samping obat", "laporan", 2, BULAN, 1, JAM),
  ],
  PRANATA_LAB: [
    t("Melakukan pengambilan dan penanganan spesimen", "Spesimen tertangani", "spesimen", 30, HARI, 8, MENIT),
    t("Melakukan pemeriksaan hematologi", "Hasil pemeriksaan hematologi", "pemeriksaan", 20, HARI, 10, MENIT),
    t("Melakukan pemeriksaan kimia klinik", "Hasil pemeriksaan kimia klinik", "pemeriksaan", 10, HARI, 15, MENIT),
    t("Melakukan kalibrasi dan pemeliharaan alat laboratorium", "Alat terkalibrasi", "alat", 4, BULAN, 1, JAM),
    t("Melaksanakan pemantapan mutu internal laboratorium", "Laporan pemantapan mutu", "laporan", 1, MINGGU, 2, JAM),
  ],
  NUTRISIONIS: [
    t("Melakukan pengkajian gizi pasien dan balita", "Hasil pengkajian gizi", "orang", 8, HARI, 20, MENIT),
    t("Memberikan konseling gizi", "Sesi konseling gizi", "sesi", 4, HARI, 20, MENIT),
    t("Memantau status gizi balita di posyandu", "Laporan pemantauan status gizi", "laporan", 4, BULAN, 4, JAM),
    t("Menyusun laporan surveilans gizi", "Laporan surveilans gizi", "laporan", 1, BULAN, 8, JAM),
  ],
  PENYULUH_KESMAS: [
    t("Menyusun rencana kegiatan promosi kesehatan", "Dokumen rencana promosi kesehatan", "dokumen", 4, TAHUN, 16, JAM),
    t("Melaksanakan penyuluhan kesehatan kelompok", "Sesi penyuluhan", "sesi", 3, MINGGU, 3, JAM),
    t("Menyusun media promosi kesehatan", "Media promosi kesehatan", "media", 2, BULAN, 6, JAM),
    t("Melaksanakan pemberdayaan masyarakat di kelurahan siaga", "Laporan pemberdayaan masyarakat", "laporan", 2, BULAN, 8, JAM),
    t("Menyusun laporan kegiatan promosi kesehatan", "Laporan kegiatan", "laporan", 1, BULAN, 4, JAM),
  ],
  GURU: [
    t("Menyusun perencanaan pembelajaran (modul ajar)", "Modul ajar", "modul", 2, MINGGU, 2, JAM),
    t("Melaksanakan pembelajaran tatap muka", "Jam pelajaran terlaksana", "jam pelajaran", 24, MINGGU, 40, MENIT),
    t("Menilai hasil belajar peserta didik", "Lembar penilaian", "lembar", 30, MINGGU, 6, MENIT),
    t("Melaksanakan bimbingan dan pembelajaran remedial", "Sesi bimbingan", "sesi", 2, MINGGU, 1, JAM),
    t("Menyusun laporan hasil belajar (rapor)", "Rapor peserta didik", "rapor", 64, TAHUN, 20, MENIT),
  ],
  PENATA_LAYANAN_OPERASIONAL: [
    t("Menyiapkan bahan penyusunan laporan kegiatan unit kerja", "Bahan laporan", "dokumen", 2, BULAN, 8, JAM),
    t("Mengelola tata naskah dinas surat masuk dan surat keluar", "Surat terkelola", "surat", 15, HARI, 6, MENIT),
    t("Menyiapkan bahan rapat dan menyusun notulen", "Notulen rapat", "notulen", 2, MINGGU, 2, JAM),
    t("Mengoordinasikan layanan operasional unit kerja", "Laporan koordinasi", "laporan", 1, MINGGU, 3, JAM),
    t("Menyusun rekapitulasi data kegiatan", "Rekapitulasi kegiatan", "rekap", 1, BULAN, 6, JAM),
  ],
  PENGADMINISTRASI_PERKANTORAN: [
    t("Mengagendakan surat masuk dan surat keluar", "Agenda surat", "surat", 25, HARI, 5, MENIT),
    t("Menggandakan dan mendistribusikan dokumen", "Dokumen terdistribusi", "dokumen", 10, HARI, 5, MENIT),
    t("Mengarsipkan dokumen unit kerja", "Berkas arsip", "berkas", 10, HARI, 4, MENIT),
    t("Menyiapkan keperluan rapat", "Rapat terlayani", "kegiatan", 2, MINGGU, 1, JAM),
  ],
  OPERATOR_LAYANAN_OPERASIONAL: [
    t("Melayani tamu dan menerima pengaduan", "Layanan tamu", "layanan", 15, HARI, 10, MENIT),
    t("Mengoperasikan peralatan kantor dan ruang rapat", "Kegiatan terlayani", "kegiatan", 4, HARI, 15, MENIT),
    t("Menginput data layanan ke aplikasi", "Data terinput", "data", 30, HARI, 2, MENIT),
  ],
  PENGELOLA_LAYANAN_OPERASIONAL: [
    t("Mengelola jadwal dan penyelenggaraan kegiatan unit kerja", "Jadwal kegiatan", "jadwal", 1, MINGGU, 4, JAM),
    t("Memverifikasi kelengkapan dokumen layanan", "Dokumen terverifikasi", "dokumen", 10, HARI, 6, MENIT),
    t("Mengelola persediaan barang habis pakai", "Laporan persediaan", "laporan", 1, BULAN, 8, JAM),
    t("Menyusun laporan layanan operasional", "Laporan layanan", "laporan", 1, BULAN, 6, JAM),
    t("Menindaklanjuti permintaan layanan internal", "Permintaan terlayani", "layanan", 5, HARI, 10, MENIT),
  ],
  PENELAAH_TEKNIS_KEBIJAKAN: [
    t("Menelaah bahan penyusunan kebijakan teknis", "Telaahan staf", "telaahan", 3, BULAN, 8, JAM),
    t("Menyusun konsep surat dinas dan nota dinas", "Konsep naskah dinas", "konsep", 3, HARI, 30, MENIT),
    t("Menghimpun dan mengolah peraturan perundang-undangan terkait", "Kompilasi peraturan", "kompilasi", 2, BULAN, 4, JAM),
    t("Menyiapkan bahan paparan pimpinan", "Bahan paparan", "bahan", 2, MINGGU, 2, JAM),
  ],
  PENGOLAH_DATA: [
    t("Menghimpun dan memvalidasi data", "Data tervalidasi", "rekaman", 40, HARI, 2, MENIT),
    t("Memutakhirkan data pada sistem informasi", "Data mutakhir", "data", 30, HARI, 3, MENIT),
    t("Menyajikan data dalam bentuk tabel dan grafik", "Sajian data", "sajian", 2, MINGGU, 2, JAM),
    t("Menyusun laporan rekapitulasi data bulanan", "Laporan rekapitulasi", "laporan", 1, BULAN, 8, JAM),
  ],
  TEKNISI_SARPRAS: [
    t("Melakukan pemeliharaan ringan gedung dan instalasi listrik", "Pekerjaan pemeliharaan", "pekerjaan", 3, HARI, 30, MENIT),
    t("Memeriksa kondisi peralatan dan sarana kantor", "Laporan pemeriksaan", "laporan", 1, MINGGU, 3, JAM),
    t("Memperbaiki kerusakan sarana kantor", "Sarana diperbaiki", "perbaikan", 4, MINGGU, 1, JAM),
    t("Mencatat dan melaporkan kebutuhan perbaikan", "Laporan kebutuhan perbaikan", "laporan", 1, BULAN, 3, JAM),
  ],
  PRANATA_KEUANGAN: [
    t("Memverifikasi dokumen tagihan dan surat permintaan pembayaran", "Dokumen tagihan terverifikasi", "dokumen", 10, HARI, 15, MENIT),
    t("Menyusun surat perintah membayar melalui aplikasi keuangan", "Surat perintah membayar", "SPM", 4, HARI, 10, MENIT),
    t("Melakukan rekonsiliasi data keuangan", "Berita acara rekonsiliasi", "berita acara", 1, BULAN, 16, JAM),
    t("Menyusun laporan realisasi anggaran", "Laporan realisasi anggaran", "laporan", 1, BULAN, 8, JAM),
  ],
  PENGELOLA_UMUM: [
    t("Mengelola administrasi perjalanan dinas", "Dokumen perjalanan dinas", "dokumen", 6, HARI, 10, MENIT),
    t("Mengatur penggunaan kendaraan dinas dan ruang rapat", "Jadwal penggunaan", "jadwal", 3, HARI, 10, MENIT),
    t("Mencatat barang milik negara/daerah", "Catatan barang", "catatan", 1, MINGGU, 3, JAM),
    t("Menyiapkan kebutuhan logistik kegiatan", "Kegiatan terlayani", "kegiatan", 2, MINGGU, 2, JAM),
    t("Menyusun laporan pengelolaan umum", "Laporan pengelolaan umum", "laporan", 1, BULAN, 6, JAM),
  ],
  OPERATOR_LAYANAN_KESEHATAN: [
    t("Melakukan pendaftaran pasien dan verifikasi kepesertaan JKN", "Pasien terdaftar", "pasien", 60, HARI, 3, MENIT),
    t("Mengelola berkas rekam medis pasien", "Berkas rekam medis", "berkas", 60, HARI, 2, MENIT),
    t("Menginput data pelayanan ke sistem informasi kesehatan", "Data pelayanan terinput", "data", 40, HARI, 1, MENIT),
  ],
  TATA_KELOLA_TI: [
    t("Menyiapkan bahan pengelolaan tata kelola sistem informasi", "Dokumen tata kelola", "dokumen", 1, BULAN, 8, JAM),
    t("Memantau ketersediaan layanan aplikasi dan server", "Laporan pemantauan layanan", "laporan", 1, HARI, 30, MENIT),
    t("Mengelola akun pengguna dan hak akses aplikasi", "Akun terkelola", "akun", 10, HARI, 5, MENIT),
    t("Mendokumentasikan insiden dan permintaan layanan teknologi informasi", "Tiket layanan", "tiket", 6, HARI, 10, MENIT),
  ],
} satisfies Record<string, TugasTemplate[]>;

/** Rumpun jabatan: the key into TUGAS and IKHTISAR (seed-only, not stored). */
export type Rumpun = keyof typeof TUGAS;

export const IKHTISAR: Record<Rumpun, string> = {
  ASDM: "Melaksanakan kegiatan manajemen sumber daya manusia aparatur meliputi perencanaan kebutuhan, pengadaan, pengembangan karier, dan penilaian kinerja pegawai sesuai ketentuan peraturan perundang-undangan.",
  PRAKOM: "Melaksanakan kegiatan teknologi informasi berbasis komputer meliputi tata kelola, infrastruktur, dan pengembangan sistem informasi untuk mendukung kelancaran tugas unit kerja.",
  ANALIS_KEBIJAKAN: "Melaksanakan kajian dan analisis kebijakan serta menyusun rekomendasi kebijakan sebagai bahan pengambilan keputusan pimpinan.",
  AUDITOR: "Melaksanakan pengawasan intern melalui audit, reviu, evaluasi, dan pemantauan atas akuntabilitas kinerja dan pengelolaan keuangan.",
  PERENCANA: "Melaksanakan penyusunan rencana, pemantauan, dan evaluasi program serta kegiatan unit kerja.",
  ARSIPARIS: "Melaksanakan pengelolaan arsip dinamis dan pembinaan kearsipan agar arsip tersedia, utuh, dan mudah ditemukan kembali.",
  DOKTER: "Melaksanakan pelayanan kesehatan perorangan dan masyarakat berupa pemeriksaan, diagnosis, pengobatan, dan rujukan sesuai standar pelayanan.",
  DOKTER_GIGI: "Melaksanakan pelayanan kesehatan gigi dan mulut perorangan serta upaya kesehatan gigi masyarakat.",
  DOKTER_SPESIALIS: "Melaksanakan pelayanan medik spesialistik rawat jalan dan rawat inap sesuai kompetensi spesialisasi.",
  PERAWAT: "Melaksanakan asuhan keperawatan kepada individu, keluarga, dan masyarakat sesuai standar praktik keperawatan.",
  BIDAN: "Melaksanakan pelayanan kebidanan bagi ibu hamil, bersalin, nifas, bayi, dan pelayanan keluarga berencana.",
  APOTEKER: "Melaksanakan pelayanan kefarmasian dan pengelolaan sediaan farmasi serta bahan medis habis pakai.",
  PRANATA_LAB: "Melaksanakan pemeriksaan laboratorium kesehatan dan pemantapan mutu hasil pemeriksaan.",
  NUTRISIONIS: "Melaksanakan pelayanan gizi perorangan dan masyarakat, termasuk pemantauan status gizi.",
  PENYULUH_KESMAS: "Melaksanakan promosi kesehatan dan pemberdayaan masyarakat untuk perilaku hidup bersih dan sehat.",
  GURU: "Mendidik, mengajar, membimbing, melatih, dan menilai peserta didik sesuai kurikulum yang berlaku.",
  PENATA_LAYANAN_OPERASIONAL: "Menata layanan operasional unit kerja meliputi ketatausahaan, rapat, dan pelaporan kegiatan.",
  PENGADMINISTRASI_PERKANTORAN: "Melakukan kegiatan administrasi perkantoran meliputi persuratan, penggandaan, dan kearsipan unit kerja.",
  OPERATOR_LAYANAN_OPERASIONAL: "Melakukan layanan operasional kepada tamu dan pengguna layanan serta pencatatan data layanan.",
  PENGELOLA_LAYANAN_OPERASIONAL: "Mengelola layanan operasional unit kerja meliputi penjadwalan kegiatan, verifikasi dokumen, dan persediaan.",
  PENELAAH_TEKNIS_KEBIJAKAN: "Menelaah bahan kebijakan teknis dan menyiapkan konsep naskah dinas sebagai bahan pimpinan.",
  PENGOLAH_DATA: "Menghimpun, memvalidasi, memutakhirkan, dan menyajikan data dan informasi unit kerja.",
  TEKNISI_SARPRAS: "Melakukan pemeliharaan dan perbaikan sarana dan prasarana kantor agar siap digunakan.",
  PRANATA_KEUANGAN: "Melakukan penatausahaan keuangan meliputi verifikasi tagihan, penerbitan SPM, rekonsiliasi, dan pelaporan.",
  PENGELOLA_UMUM: "Mengelola urusan umum operasional meliputi perjalanan dinas, kendaraan, barang milik negara/daerah, dan logistik.",
  OPERATOR_LAYANAN_KESEHATAN: "Melakukan pendaftaran pasien, pengelolaan rekam medis, dan pencatatan data pelayanan kesehatan.",
  TATA_KELOLA_TI: "Menata kelola layanan sistem dan teknologi informasi meliputi pemantauan layanan dan pengelolaan hak akses.",
};

// ---------------------------------------------------------------------------------------------
// Fuller infojab sections for a few rumpun (shapes as in the schema comments on Infojab).

export type InfojabDetail = {
  kualifikasi: { pendidikanFormal: string; diklat: string[]; pengalaman: string[] };
  bahanKerja: { bahan: string; penggunaan: string }[];
  perangkatKerja: { perangkat: string; penggunaan: string }[];
  tanggungJawab: string[];
  wewenang: string[];
  korelasiJabatan: { jabatan: string; unitKerja: string; dalamHal: string }[];
  kondisiLingkungan: { aspek: string; faktor: string }[];
  risikoBahaya: { risiko: string; penyebab: string }[];
  syaratJabatan: {
    keterampilan: string;
    bakatKerja: string[];
    temperamen: string[];
    minat: string[];
    upayaFisik: string[];
    kondisiFisik: {
      jenisKelamin: string;
      umur: string;
      tinggi: string;
      berat: string;
      postur: string;
      penampilan: string;
      keadaanFisik: string;
    };
    fungsiPekerjaan: string[];
  };
  prestasiKerja: string;
};

const KONDISI_KANTOR: InfojabDetail["kondisiLingkungan"] = [
  { aspek: "Tempat kerja", faktor: "Di dalam ruangan" },
  { aspek: "Suhu", faktor: "Normal, berpendingin udara" },
  { aspek: "Udara", faktor: "Bersih" },
  { aspek: "Penerangan", faktor: "Terang" },
  { aspek: "Getaran", faktor: "Tidak ada" },
];

const FISIK_UMUM: InfojabDetail["syaratJabatan"]["kondisiFisik"] = {
  jenisKelamin: "Laki-laki/Perempuan",
  umur: "Sesuai ketentuan",
  tinggi: "-",
  berat: "-",
  postur: "Tegap",
  penampilan: "Rapi",
  keadaanFisik: "Sehat jasmani dan rohani",
};

export const INFOJAB_DETAIL: Partial<Record<Rumpun, InfojabDetail>> = {
  ASDM: {
    kualifikasi: {
      pendidikanFormal: "S-1 Manajemen SDM/Psikologi/Administrasi Negara/Hukum",
      diklat: ["Pelatihan Fungsional Analis SDM Aparatur", "Pelatihan Analisis Jabatan dan Analisis Beban Kerja"],
      pengalaman: ["Pengelolaan administrasi kepegawaian"],
    },
    bahanKerja: [
      { bahan: "Data kepegawaian", penggunaan: "Bahan penyusunan rencana kebutuhan pegawai" },
      { bahan: "Peraturan perundang-undangan bidang ASN", penggunaan: "Acuan pelaksanaan tugas" },
      { bahan: "Berkas usulan layanan kepegawaian", penggunaan: "Bahan verifikasi" },
    ],
    perangkatKerja: [
      { perangkat: "Komputer dan jaringan internet", penggunaan: "Mengolah data dan mengakses SIASN" },
      { perangkat: "Aplikasi SIASN", penggunaan: "Layanan dan pemutakhiran data kepegawaian" },
    ],
    tanggungJawab: ["Kebenaran hasil verifikasi berkas", "Ketepatan waktu penyusunan dokumen", "Kerahasiaan data kepegawaian"],
    wewenang: ["Meminta kelengkapan berkas usulan", "Memberikan saran teknis kepada atasan"],
    korelasiJabatan: [
      { jabatan: "Kepala Bagian", unitKerja: "Unit kerja sendiri", dalamHal: "Menerima arahan dan melaporkan hasil kerja" },
      { jabatan: "Pranata Komputer", unitKerja: "Unit pengelola sistem informasi", dalamHal: "Koordinasi data dan aplikasi" },
    ],
    kondisiLingkungan: KONDISI_KANTOR,
    risikoBahaya: [{ risiko: "Kelelahan mata", penyebab: "Bekerja lama di depan layar komputer" }],
    syaratJabatan: {
      keterampilan: "Mengoperasikan komputer dan analisis data",
      bakatKerja: ["G: Intelegensia", "V: Bakat verbal", "Q: Ketelitian"],
      temperamen: ["D: Directing-Control-Planning", "M: Measurable and Verifiable"],
      minat: ["Konvensional", "Investigatif"],
      upayaFisik: ["Duduk", "Berbicara", "Melihat"],
      kondisiFisik: FISIK_UMUM,
      fungsiPekerjaan: ["D1: Mengkoordinasi data", "D2: Menganalisis data", "O6: Berbicara-memberi tanda"],
    },
    prestasiKerja: "Dokumen perencanaan dan layanan kepegawaian selesai tepat waktu dan akurat.",
  },
  PRAKOM: {
    kualifikasi: {
      pendidikanFormal: "S-1 Teknik Informatika/Sistem Informasi/Ilmu Komputer",
      diklat: ["Pelatihan Fungsional Pranata Komputer", "Pelatihan Keamanan Informasi"],
      pengalaman: ["Pengelolaan infrastruktur atau pengembangan aplikasi"],
    },
    bahanKerja: [
      { bahan: "Kebutuhan pengguna", penggunaan: "Bahan rancangan modul aplikasi" },
      { bahan: "Laporan gangguan", penggunaan: "Bahan penanganan gangguan" },
    ],
    perangkatKerja: [
      { perangkat: "Server dan perangkat jaringan", penggunaan: "Operasional layanan aplikasi" },
      { perangkat: "Perangkat lunak pengembangan", penggunaan: "Membangun dan menguji aplikasi" },
    ],
    tanggungJawab: ["Ketersediaan layanan aplikasi", "Keutuhan cadangan basis data", "Keamanan akses sistem"],
    wewenang: ["Menonaktifkan akses yang mencurigakan", "Menunda rilis aplikasi yang gagal uji"],
    korelasiJabatan: [
      { jabatan: "Kepala Subdirektorat", unitKerja: "Unit kerja sendiri", dalamHal: "Menerima arahan dan melaporkan hasil kerja" },
      { jabatan: "Analis SDM Aparatur", unitKerja: "Unit pengguna", dalamHal: "Menghimpun kebutuhan pengguna" },
    ],
    kondisiLingkungan: [...KONDISI_KANTOR, { aspek: "Kebisingan", faktor: "Sedang (ruang server)" }],
    risikoBahaya: [
      { risiko: "Sengatan listrik", penyebab: "Pemasangan perangkat keras" },
      { risiko: "Kelelahan mata", penyebab: "Bekerja lama di depan layar komputer" },
    ],
    syaratJabatan: {
      keterampilan: "Pemrograman, administrasi basis data, dan jaringan komputer",
      bakatKerja: ["G: Intelegensia", "N: Bakat numerik", "S: Pandang ruang"],
      temperamen: ["T: Set of Limits, Tolerance and Other Standards", "M: Measurable and Verifiable"],
      minat: ["Investigatif", "Realistik"],
      upayaFisik: ["Duduk", "Melihat", "Bekerja dengan jari"],
      kondisiFisik: FISIK_UMUM,
      fungsiPekerjaan: ["D2: Menganalisis data", "B3: Mengontrol", "O7: Melayani orang"],
    },
    prestasiKerja: "Layanan aplikasi tersedia sesuai target dan gangguan tertangani dalam waktu standar.",
  },
  PERAWAT: {
    kualifikasi: {
      pendidikanFormal: "D-III Keperawatan atau S-1 Keperawatan dan Profesi Ners",
      diklat: ["Basic Trauma Cardiac Life Support", "Pelatihan Pencegahan dan Pengendalian Infeksi"],
      pengalaman: ["Pelayanan keperawatan di fasilitas kesehatan"],
    },
    bahanKerja: [
      { bahan: "Data pasien", penggunaan: "Bahan pengkajian keperawatan" },
      { bahan: "Obat dan bahan medis habis pakai", penggunaan: "Tindakan keperawatan" },
    ],
    perangkatKerja: [
      { perangkat: "Tensimeter, termometer, stetoskop", penggunaan: "Pemeriksaan tanda vital" },
      { perangkat: "Set perawatan luka dan infus", penggunaan: "Tindakan keperawatan" },
      { perangkat: "Rekam medis elektronik", penggunaan: "Dokumentasi asuhan keperawatan" },
    ],
    tanggungJawab: ["Keselamatan pasien dalam tindakan keperawatan", "Kelengkapan dokumentasi asuhan keperawatan"],
    wewenang: ["Menentukan diagnosis keperawatan", "Melakukan tindakan keperawatan sesuai kewenangan klinis"],
    korelasiJabatan: [
      { jabatan: "Dokter", unitKerja: "Unit kerja sendiri", dalamHal: "Kolaborasi penanganan pasien" },
      { jabatan: "Apoteker", unitKerja: "Instalasi farmasi", dalamHal: "Permintaan obat" },
    ],
    kondisiLingkungan: [
      { aspek: "Tempat kerja", faktor: "Di dalam ruangan pelayanan" },
      { aspek: "Udara", faktor: "Berisiko paparan patogen" },
      { aspek: "Penerangan", faktor: "Terang" },
    ],
    risikoBahaya: [
      { risiko: "Tertular penyakit infeksi", penyebab: "Kontak dengan pasien dan cairan tubuh" },
      { risiko: "Tertusuk jarum", penyebab: "Tindakan injeksi dan pemasangan infus" },
    ],
    syaratJabatan: {
      keterampilan: "Keterampilan klinis keperawatan dan komunikasi terapeutik",
      bakatKerja: ["G: Intelegensia", "K: Koordinasi motorik", "F: Kecekatan jari"],
      temperamen: ["P: Dealing with People", "S: Performing under Stress"],
      minat: ["Sosial", "Realistik"],
      upayaFisik: ["Berdiri", "Berjalan", "Mengangkat"],
      kondisiFisik: { ...FISIK_UMUM, postur: "Tegap", keadaanFisik: "Sehat, tidak buta warna" },
      fungsiPekerjaan: ["O2: Menasehati", "O7: Melayani orang", "B5: Mengoperasikan alat"],
    },
    prestasiKerja: "Asuhan keperawatan terlaksana sesuai standar tanpa kejadian tidak diharapkan.",
  },
  DOKTER: {
    kualifikasi: {
      pendidikanFormal: "S-1 Kedokteran dan Profesi Dokter",
      diklat: ["Advanced Cardiac Life Support", "Pelatihan Manajemen Puskesmas"],
      pengalaman: ["Internsip dokter Indonesia"],
    },
    bahanKerja: [
      { bahan: "Rekam medis pasien", penggunaan: "Dasar diagnosis dan terapi" },
      { bahan: "Hasil pemeriksaan penunjang", penggunaan: "Penegakan diagnosis" },
    ],
    perangkatKerja: [
      { perangkat: "Alat pemeriksaan fisik", penggunaan: "Pemeriksaan pasien" },
      { perangkat: "Sistem informasi puskesmas", penggunaan: "Pencatatan pelayanan dan rujukan" },
    ],
    tanggungJawab: ["Ketepatan diagnosis dan terapi", "Kerahasiaan rekam medis"],
    wewenang: ["Menetapkan diagnosis medik", "Memberikan resep dan rujukan"],
    korelasiJabatan: [
      { jabatan: "Perawat", unitKerja: "Unit kerja sendiri", dalamHal: "Kolaborasi tindakan medik" },
      { jabatan: "Dokter Spesialis", unitKerja: "RSUD", dalamHal: "Rujukan pasien" },
    ],
    kondisiLingkungan: [
      { aspek: "Tempat kerja", faktor: "Ruang pemeriksaan" },
      { aspek: "Udara", faktor: "Berisiko paparan patogen" },
    ],
    risikoBahaya: [{ risiko: "Tertular penyakit infeksi", penyebab: "Kontak langsung dengan pasien" }],
    syaratJabatan: {
      keterampilan: "Keterampilan klinis dan komunikasi efektif",
      bakatKerja: ["G: Intelegensia", "V: Bakat verbal", "P: Penerapan bentuk"],
      temperamen: ["J: Making Judgements", "P: Dealing with People"],
      minat: ["Investigatif", "Sosial"],
      upayaFisik: ["Duduk", "Berdiri", "Melihat"],
      kondisiFisik: FISIK_UMUM,
      fungsiPekerjaan: ["D2: Menganalisis data", "O1: Menasehati", "O7: Melayani orang"],
    },
    prestasiKerja: "Pasien terlayani sesuai standar pelayanan minimal dan rujukan tepat indikasi.",
  },
  GURU: {
    kualifikasi: {
      pendidikanFormal: "S-1/D-IV Kependidikan dan Sertifikat Pendidik",
      diklat: ["Pendidikan Profesi Guru", "Pelatihan Kurikulum Merdeka"],
      pengalaman: ["Mengajar pada satuan pendidikan"],
    },
    bahanKerja: [
      { bahan: "Kurikulum dan capaian pembelajaran", penggunaan: "Dasar penyusunan modul ajar" },
      { bahan: "Data hasil asesmen peserta didik", penggunaan: "Bahan penilaian dan remedial" },
    ],
    perangkatKerja: [
      { perangkat: "Buku teks dan media pembelajaran", penggunaan: "Pelaksanaan pembelajaran" },
      { perangkat: "Laptop dan proyektor", penggunaan: "Penyajian materi" },
    ],
    tanggungJawab: ["Ketercapaian tujuan pembelajaran", "Objektivitas penilaian peserta didik"],
    wewenang: ["Menentukan metode pembelajaran", "Menetapkan nilai hasil belajar"],
    korelasiJabatan: [
      { jabatan: "Kepala Sekolah", unitKerja: "Satuan pendidikan", dalamHal: "Supervisi akademik" },
      { jabatan: "Pengawas Sekolah", unitKerja: "Dinas Pendidikan", dalamHal: "Pembinaan pembelajaran" },
    ],
    kondisiLingkungan: [
      { aspek: "Tempat kerja", faktor: "Ruang kelas" },
      { aspek: "Kebisingan", faktor: "Sedang" },
    ],
    risikoBahaya: [{ risiko: "Gangguan pita suara", penyebab: "Berbicara dalam waktu lama" }],
    syaratJabatan: {
      keterampilan: "Pedagogik, komunikasi, dan penguasaan materi",
      bakatKerja: ["G: Intelegensia", "V: Bakat verbal"],
      temperamen: ["I: Influencing People", "P: Dealing with People"],
      minat: ["Sosial", "Artistik"],
      upayaFisik: ["Berdiri", "Berbicara", "Berjalan"],
      kondisiFisik: FISIK_UMUM,
      fungsiPekerjaan: ["O3: Mengajar", "O2: Menasehati", "D3: Menyusun data"],
    },
    prestasiKerja: "Pembelajaran terlaksana 24 jam tatap muka per minggu dengan ketuntasan belajar sesuai target.",
  },
};

// ---------------------------------------------------------------------------------------------
// Jabatan catalogue.

export interface JabatanSeed {
  kode: string;
  nama: string;
  jenis: JenisJabatan;
  jenjang: Jenjang | null;
  kelas: number;
  bup: number;
  /** Kode of the instansi pembina (for JF), else null. */
  pembina: string | null;
  /** Task templates for infojab/ABK (JF and pelaksana); null for structural. */
  rumpun: Rumpun | null;
  aktif: boolean;
}

const JENJANG_LABEL: Partial<Record<Jenjang, string>> = {
  PEMULA: "Pemula",
  TERAMPIL: "Terampil",
  MAHIR: "Mahir",
  PENYELIA: "Penyelia",
  AHLI_PERTAMA: "Ahli Pertama",
  AHLI_MUDA: "Ahli Muda",
  AHLI_MADYA: "Ahli Madya",
  AHLI_UTAMA: "Ahli Utama",
};

const JENJANG_KODE: Partial<Record<Jenjang, string>> = {
  PEMULA: "PML",
  TERAMPIL: "TRP",
  MAHIR: "MHR",
  PENYELIA: "PNY",
  AHLI_PERTAMA: "AP",
  AHLI_MUDA: "AM",
  AHLI_MADYA: "AD",
  AHLI_UTAMA: "AU",
};

/** BUP per PP 17/2020: 65 ahli utama, 60 ahli madya and JPT, 58 otherwise (guru: 60, set by caller). */
function bupFor(jenjang: Jenjang | null): number {
  switch (jenjang) {
    case Jenjang.AHLI_UTAMA:
      return 65;
    case Jenjang.AHLI_MADYA:
    case Jenjang.JPT_UTAMA:
    case Jenjang.JPT_MADYA:
    case Jenjang.JPT_PRATAMA:
      return 60;
    default:
      return 58;
  }
}

function struktural(kode: string, nama: string, jenjang: Jenjang, kelas: number): JabatanSeed {
  return { kode, nama, jenis: JenisJabatan.STRUKTURAL, jenjang, kelas, bup: bupFor(jenjang), pembina: null, rumpun: null, aktif: true };
}

/** One JF, one catalogue row per jenjang: "<nama> <jenjang>" with kode "F-<base>-<jenjang>". */
function fungsional(
  base: string,
  nama: string,
  pembina: string,
  rumpun: Rumpun,
  levels: [Jenjang, number][],
  opts: { bup?: number; aktif?: boolean } = {},
): JabatanSeed[] {
  return levels.map(([jenjang, kelas]) => ({
    kode: `F-${base}-${JENJANG_KODE[jenjang]}`,
    nama: `${nama} ${JENJANG_LABEL[jenjang]}`,
    jenis: JenisJabatan.FUNGSIONAL,
    jenjang,
    kelas,
    bup: opts.bup ?? bupFor(jenjang),
    pembina,
    rumpun,
    aktif: opts.aktif ?? true,
  }));
}

function pelaksana(kode: string, nama: string, kelas: number, rumpun: Rumpun): JabatanSeed {
  return { kode, nama, jenis: JenisJabatan.PELAKSANA, jenjang: null, kelas, bup: 58, pembina: null, rumpun, aktif: true };
}

/** Guru Ahli Pertama per subject: "Guru Ahli Pertama - <mapel>", kode "F-GURU-<MAPEL>-AP". */
function guruMapel(mapel: [kode: string, nama: string][]): JabatanSeed[] {
  return mapel.map(([kode, nama]) => ({
    kode: `F-GURU-${kode}-AP`,
    nama: `Guru Ahli Pertama - ${nama}`,
    jenis: JenisJabatan.FUNGSIONAL,
    jenjang: Jenjang.AHLI_PERTAMA,
    kelas: 8,
    bup: 60,
    pembina: "KEMENDIKDASMEN",
    rumpun: "GURU",
    aktif: true,
  }));
}

const { JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS } = Jenjang;
const { TERAMPIL, MAHIR, PENYELIA, AHLI_PERTAMA, AHLI_MUDA, AHLI_MADYA, AHLI_UTAMA } = Jenjang;

export const JABATAN: JabatanSeed[] = [
  // Struktural. Generic heads ("Kepala Biro", "Direktur") are shared by all units of that kind.
  struktural("S-KEPALA-BKN", "Kepala Badan Kepegawaian Negara", JPT_UTAMA, 17),
  struktural("S-SESTAMA", "Sekretaris Utama", JPT_MADYA, 16),
  struktural("S-DEP-MUTASI", "Deputi Bidang Mutasi Kepegawaian", JPT_MADYA, 16),
  struktural("S-DEP-BINA", "Deputi Bidang Pembinaan Manajemen Kepegawaian", JPT_MADYA, 16),
  struktural("S-DEP-SINKA", "Deputi Bidang Sistem Informasi Kepegawaian", JPT_MADYA, 16),
  struktural("S-DEP-WASDAL", "Deputi Bidang Pengawasan dan Pengendalian", JPT_MADYA, 16),
  struktural("S-SEKDA-PROV", "Sekretaris Daerah Provinsi", JPT_MADYA, 16),
  struktural("S-KAPUS", "Kepala Pusat", JPT_PRATAMA, 14),
  struktural("S-DIREKTUR", "Direktur", JPT_PRATAMA, 14),
  struktural("S-KARO", "Kepala Biro", JPT_PRATAMA, 14),
  struktural("S-INSPEKTUR", "Inspektur", JPT_PRATAMA, 14),
  struktural("S-SEKDA-KOTA", "Sekretaris Daerah Kota", JPT_PRATAMA, 15),
  struktural("S-KADIS", "Kepala Dinas", JPT_PRATAMA, 14),
  struktural("S-KABAN", "Kepala Badan", JPT_PRATAMA, 14),
  // An RSUD kelas C (as Depok's) is led at eselon III level.
  struktural("S-DIR-RSUD", "Direktur Rumah Sakit Umum Daerah", ADMINISTRATOR, 12),
  struktural("S-SEKDIS", "Sekretaris Dinas", ADMINISTRATOR, 12),
  struktural("S-SEKBAN", "Sekretaris Badan", ADMINISTRATOR, 12),
  struktural("S-KABID", "Kepala Bidang", ADMINISTRATOR, 12),
  struktural("S-KABAG", "Kepala Bagian", ADMINISTRATOR, 12),
  struktural("S-KASUBDIT", "Kepala Subdirektorat", ADMINISTRATOR, 12),
  struktural("S-KACABDIN", "Kepala Cabang Dinas", ADMINISTRATOR, 12),
  struktural("S-KA-UPTD", "Kepala Unit Pelaksana Teknis Daerah", ADMINISTRATOR, 12),
  struktural("S-KASUBBAG", "Kepala Subbagian", PENGAWAS, 9),
  struktural("S-KASI", "Kepala Seksi", PENGAWAS, 9),
  struktural("S-KASUBBID", "Kepala Subbidang", PENGAWAS, 9),
  // Many pemda now give this post to a JF as tugas tambahan; modelled as a pengawas-level head.
  // Kepala Sekolah is left out on purpose: it is a Guru with tugas tambahan, not a jabatan.
  struktural("S-KAPUSKESMAS", "Kepala Puskesmas", PENGAWAS, 9),

  // Fungsional.
  ...fungsional("ASDM", "Analis Sumber Daya Manusia Aparatur", "BKN", "ASDM", [
    [AHLI_PERTAMA, 8],
    [AHLI_MUDA, 9],
    [AHLI_MADYA, 11],
    [AHLI_UTAMA, 13],
  ]),
  // Replaced by Analis SDM Aparatur; kept inactive so that old records still resolve.
  ...fungsional("ANKEP", "Analis Kepegawaian", "BKN", "ASDM", [[AHLI_PERTAMA, 8], [AHLI_MUDA, 9]], { aktif: false }),
  ...fungsional("PRAKOM", "Pranata Komputer", "BPS", "PRAKOM", [
    [TERAMPIL, 6],
    [MAHIR, 7],
    [PENYELIA, 8],
    [AHLI_PERTAMA, 8],
    [AHLI_MUDA, 9],
    [AHLI_MADYA, 11],
  ]),
  ...fungsional("AK", "Analis Kebijakan", "LAN", "ANALIS_KEBIJAKAN", [[AHLI_PERTAMA, 8], [AHLI_MUDA, 9], [AHLI_MADYA, 11]]),
  ...fungsional("AUDITOR", "Auditor", "BPKP", "AUDITOR", [[AHLI_PERTAMA, 8], [AHLI_MUDA, 9], [AHLI_MADYA, 11]]),
  ...fungsional("PERENCANA", "Perencana", "BAPPENAS", "PERENCANA", [[AHLI_PERTAMA, 8], [AHLI_MUDA, 9]]),
  ...fungsional("ARSIP", "Arsiparis", "ANRI", "ARSIPARIS", [[TERAMPIL, 6], [AHLI_PERTAMA, 8]]),
  ...fungsional("DOKTER", "Dokter", "KEMENKES", "DOKTER", [[AHLI_PERTAMA, 8], [AHLI_MUDA, 10], [AHLI_MADYA, 12]]),
  {
    kode: "F-DRSP-SARAF-AM",
    nama: "Dokter Ahli Muda - Spesialis Saraf",
    jenis: JenisJabatan.FUNGSIONAL,
    jenjang: AHLI_MUDA,
    kelas: 10,
    bup: 58,
    pembina: "KEMENKES",
    rumpun: "DOKTER_SPESIALIS",
    aktif: true,
  },
  {
    kode: "F-DRSP-PD-AM",
    nama: "Dokter Ahli Muda - Spesialis Penyakit Dalam",
    jenis: JenisJabatan.FUNGSIONAL,
    jenjang: AHLI_MUDA,
    kelas: 10,
    bup: 58,
    pembina: "KEMENKES",
    rumpun: "DOKTER_SPESIALIS",
    aktif: true,
  },
  {
    kode: "F-DRSP-ANAK-AM",
    nama: "Dokter Ahli Muda - Spesialis Anak",
    jenis: JenisJabatan.FUNGSIONAL,
    jenjang: AHLI_MUDA,
    kelas: 10,
    bup: 58,
    pembina: "KEMENKES",
    rumpun: "DOKTER_SPESIALIS",
    aktif: true,
  },
  ...fungsional("DRG", "Dokter Gigi", "KEMENKES", "DOKTER_GIGI", [[AHLI_PERTAMA, 8]]),
  ...fungsional("PERAWAT", "Perawat", "KEMENKES", "PERAWAT", [
    [TERAMPIL, 6],
    [MAHIR, 7],
    [AHLI_PERTAMA, 8],
    [AHLI_MUDA, 9],
  ]),
  ...fungsional("BIDAN", "Bidan", "KEMENKES", "BIDAN", [[TERAMPIL, 6], [MAHIR, 7], [AHLI_PERTAMA, 8]]),
  ...fungsional("APT", "Apoteker", "KEMENKES", "APOTEKER", [[AHLI_PERTAMA, 8], [AHLI_MUDA, 9]]),
  ...fungsional("PLK", "Pranata Laboratorium Kesehatan", "KEMENKES", "PRANATA_LAB", [
    [TERAMPIL, 6],
    [MAHIR, 7],
    [AHLI_PERTAMA, 8],
  ]),
  ...fungsional("NUTR", "Nutrisionis", "KEMENKES", "NUTRISIONIS", [[TERAMPIL, 6], [AHLI_PERTAMA, 8]]),
  ...fungsional("PKM", "Penyuluh Kesehatan Masyarakat", "KEMENKES", "PENYULUH_KESMAS", [[AHLI_PERTAMA, 8], [AHLI_MUDA, 9]]),
  // Guru retire at 60 at every jenjang (PP 17/2020 special case).
  ...fungsional("GURU", "Guru", "KEMENDIKDASMEN", "GURU", [[AHLI_PERTAMA, 8], [AHLI_MUDA, 9], [AHLI_MADYA, 11]], { bup: 60 }),

  // Pelaksana (Permenpan RB 45/2022 nomenclature).
  pelaksana("P-PLO", "Penata Layanan Operasional", 8, "PENATA_LAYANAN_OPERASIONAL"),
  pelaksana("P-PKSTI", "Penata Kelola Sistem dan Teknologi Informasi", 8, "TATA_KELOLA_TI"),
  pelaksana("P-PTK", "Penelaah Teknis Kebijakan", 7, "PENELAAH_TEKNIS_KEBIJAKAN"),
  pelaksana("P-PGLO", "Pengelola Layanan Operasional", 7, "PENGELOLA_LAYANAN_OPERASIONAL"),
  pelaksana("P-PKAPBN", "Pranata Keuangan APBN", 7, "PRANATA_KEUANGAN"),
  pelaksana("P-PDI", "Pengolah Data dan Informasi", 6, "PENGOLAH_DATA"),
  pelaksana("P-TSP", "Teknisi Sarana dan Prasarana", 6, "TEKNISI_SARPRAS"),
  pelaksana("P-PUO", "Pengelola Umum Operasional", 6, "PENGELOLA_UMUM"),
  pelaksana("P-PP", "Pengadministrasi Perkantoran", 5, "PENGADMINISTRASI_PERKANTORAN"),
  pelaksana("P-OLO", "Operator Layanan Operasional", 5, "OPERATOR_LAYANAN_OPERASIONAL"),
  pelaksana("P-OLK", "Operator Layanan Kesehatan", 5, "OPERATOR_LAYANAN_KESEHATAN"),

  // Added for the unor pembina standards, after every earlier row so that their ids stay as they were.
  // Guru by the subject they teach, as the school standard places them (lib/domain/standar/presets.ts);
  // named like the JF specialisations above. Kepala Sekolah is a Guru with tugas tambahan: a Guru
  // Ahli Madya row of its own, so that the standard's "1 kepala sekolah" has a place in the map.
  ...guruMapel([
    ["KELAS", "Guru Kelas"],
    ["PAI", "Pendidikan Agama"],
    ["PJOK", "Pendidikan Jasmani, Olahraga, dan Kesehatan"],
    ["PPKN", "Pendidikan Pancasila dan Kewarganegaraan"],
    ["BIND", "Bahasa Indonesia"],
    ["MAT", "Matematika"],
    ["IPA", "Ilmu Pengetahuan Alam"],
    ["IPS", "Ilmu Pengetahuan Sosial"],
    ["BING", "Bahasa Inggris"],
    ["SENI", "Seni Budaya"],
    ["PRAKARYA", "Prakarya"],
  ]),
  {
    kode: "F-GURU-KS-AD",
    nama: "Guru Ahli Madya - Kepala Sekolah",
    jenis: JenisJabatan.FUNGSIONAL,
    jenjang: AHLI_MADYA,
    kelas: 11,
    bup: 60,
    pembina: "KEMENDIKDASMEN",
    rumpun: "GURU",
    aktif: true,
  },
  // Kesling of the puskesmas standard (JF Tenaga Sanitasi Lingkungan, Permenpan RB 2019).
  ...fungsional("SANITARIAN", "Tenaga Sanitasi Lingkungan", "KEMENKES", "PENYULUH_KESMAS", [[TERAMPIL, 6], [AHLI_PERTAMA, 8]]),
];
