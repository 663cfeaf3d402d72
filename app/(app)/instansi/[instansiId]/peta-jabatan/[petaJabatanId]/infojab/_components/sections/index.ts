/** The infojab editor's section tabs (the Tugas Pokok tab lives with the editor). */
export { DataJabatanSection, type IdentitasJabatan } from "./data-jabatan-section";
export { HasilKerjaSection } from "./hasil-kerja-section";
export { BahanKerjaSection } from "./bahan-kerja-section";
export { PerangkatKerjaSection } from "./perangkat-kerja-section";
export { TanggungJawabSection } from "./tanggung-jawab-section";
export { WewenangSection } from "./wewenang-section";
export { KorelasiJabatanSection } from "./korelasi-jabatan-section";
export { KondisiLingkunganSection } from "./kondisi-lingkungan-section";
export { RisikoBahayaSection } from "./risiko-bahaya-section";
export { SyaratJabatanSection } from "./syarat-jabatan-section";
export { PrestasiKerjaSection } from "./prestasi-kerja-section";
export { KelasJabatanSection } from "./kelas-jabatan-section";
export { StringListField, type StringListName } from "./string-list-field";
