import type { JenisFaskes, KebutuhanStandar, KolomPuskesmas, StandarPuskesmas, WilayahFaskes } from "./types";

/** The tabel ketenagaan column of a faskes type; null for a type the puskesmas standard does not cover. */
export function kolomPuskesmas(jenis: JenisFaskes): KolomPuskesmas | null {
  if (jenis === "PUSKESMAS_RAWAT_INAP") return "RAWAT_INAP";
  if (jenis === "PUSKESMAS_NON_RAWAT_INAP") return "NON_RAWAT_INAP";
  return null;
}

/** Minimum staff of one puskesmas by its type and karakteristik wilayah (Permenkes 75/2014, tabel ketenagaan). */
export function hitungKebutuhanPuskesmas(
  faskes: { jenis: JenisFaskes; wilayah: WilayahFaskes | null },
  standar: StandarPuskesmas,
): KebutuhanStandar[] {
  const kolom = kolomPuskesmas(faskes.jenis);
  if (!kolom) throw new RangeError("Standar ketenagaan puskesmas tidak berlaku untuk rumah sakit.");
  const wilayah = faskes.wilayah ?? "PERKOTAAN";
  const label = `${wilayah.toLowerCase()} ${kolom === "RAWAT_INAP" ? "rawat inap" : "non rawat inap"}`;
  return standar.baris.map((b) => ({
    kodeJabatan: b.kodeJabatan,
    label: b.label,
    kebutuhan: b.jumlah[wilayah][kolom],
    rincian: `standar puskesmas ${label}`,
  }));
}

/** Σ kebutuhan of a list of lines (for the standard's summary, e.g. 22 / 31). */
export const totalKebutuhan = (baris: readonly KebutuhanStandar[]): number => baris.reduce((a, b) => a + b.kebutuhan, 0);
