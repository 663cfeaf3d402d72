/** Standards of kebutuhan for unor pembina (schools, puskesmas): the one implementation. Pure, no I/O. */
export * from "./types";
export { bulatkanPenataan, hitungKebutuhanSekolah, rombelPerTingkat, type HasilSekolah } from "./sekolah";
export { hitungKebutuhanPuskesmas, kolomPuskesmas, totalKebutuhan } from "./puskesmas";
export { pembinaUnit, type Pembina } from "./pembina-unit";
export * from "./presets";
