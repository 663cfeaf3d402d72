/**
 * Demo reference data of the pembina (schools, faskes) and the first versions of the standards.
 * Codes are shaped like the real registers (NPSN 8 digits, kode faskes) but fictitious. The schools
 * and puskesmas that the demo tree already has are in the reference under the same code; a few more
 * are not in the tree yet, so that Import Unor Pembina has something to bring in.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import {
  STANDAR_PUSKESMAS_75_2014,
  STANDAR_SEKOLAH_47_2023,
  SUMBER_STANDAR_PUSKESMAS,
  SUMBER_STANDAR_SEKOLAH,
  VERSI_STANDAR_PUSKESMAS,
  VERSI_STANDAR_SEKOLAH,
  type JenjangSekolah,
} from "../../lib/domain/standar";

type Tx = Prisma.TransactionClient;

export const NPSN_SD_DEPOK = (i: number) => 20228301 + i * 7;
export const NPSN_SMP_DEPOK = (i: number) => 20228401 + i * 3;
export const NPSN_SMA_JABAR = (i: number) => 20223101 + i * 5;
export const kodePuskesmasDepok = (kodeKecamatan: string) => `P${kodeKecamatan}0101`;
export const KODE_RSUD_DEPOK = "3276015";

/** Schools of Kota Depok in the reference but not (yet) in the demo tree. */
export const SD_DEPOK_BARU = [
  "SD Negeri Beji 3",
  "SD Negeri Kemiri Muka 1",
  "SD Negeri Pondok Cina 1",
  "SD Negeri Mekarjaya 2",
  "SD Negeri Cilodong 1",
  "SD Negeri Sukatani 1",
  "SD Negeri Bojongsari 1",
  "SD Negeri Limo 1",
];
export const SMP_DEPOK_BARU = ["SMP Negeri 4 Depok", "SMP Negeri 6 Depok", "SMP Negeri 7 Depok"];
export const NPSN_SD_DEPOK_BARU = (i: number) => String(20229001 + i);
export const NPSN_SMP_DEPOK_BARU = (i: number) => String(20229101 + i);

/** Puskesmas of Kota Depok in the reference but not in the demo tree: [nama, kecamatan, kode, jenis]. */
export const PUSKESMAS_DEPOK_BARU: [string, string, string, "PUSKESMAS_NON_RAWAT_INAP" | "PUSKESMAS_RAWAT_INAP"][] = [
  ["UPTD Puskesmas Kalimulya", "Cilodong", "P32760310201", "PUSKESMAS_NON_RAWAT_INAP"],
  ["UPTD Puskesmas Abadijaya", "Sukmajaya", "P32760300201", "PUSKESMAS_NON_RAWAT_INAP"],
  ["UPTD Puskesmas Pasir Gunung Selatan", "Cimanggis", "P32760400201", "PUSKESMAS_RAWAT_INAP"],
];
/** Kecamatan whose demo puskesmas has beds. */
const RAWAT_INAP = new Set(["Sukmajaya", "Cimanggis", "Tapos"]);

/** Plausible pupils per tingkat, deterministic (no draw from the demo's PRNG, whose sequence stays as it was). */
function siswa(jenjang: JenjangSekolah, i: number): number[] {
  if (jenjang === "SD") return [0, 1, 2, 3, 4, 5].map((t) => 38 + ((i * 13) % 40) + ((t * 7 + i * 3) % 25));
  const base = jenjang === "SMP" ? 180 : 250;
  return [0, 1, 2].map((t) => base + ((i * 37) % 120) + t * 11);
}

export async function seedPembinaDemo(
  tx: Tx,
  o: { depok: number; jabar: number; sd: readonly string[]; smp: readonly string[]; sma: readonly string[]; kecamatan: readonly [string, string][] },
) {
  const kecamatanSd = (nama: string) => o.kecamatan.find(([k]) => nama.includes(k))?.[0] ?? null;
  const sekolah: Prisma.ReferensiSekolahCreateManyInput[] = [
    ...o.sd.map((nama, i) => ({ npsn: String(NPSN_SD_DEPOK(i)), nama, jenjang: "SD" as const, instansiId: o.depok, kecamatan: kecamatanSd(nama), siswaPerTingkat: siswa("SD", i) })),
    ...SD_DEPOK_BARU.map((nama, i) => ({ npsn: NPSN_SD_DEPOK_BARU(i), nama, jenjang: "SD" as const, instansiId: o.depok, kecamatan: kecamatanSd(nama), siswaPerTingkat: siswa("SD", i + 20) })),
    ...o.smp.map((nama, i) => ({ npsn: String(NPSN_SMP_DEPOK(i)), nama, jenjang: "SMP" as const, instansiId: o.depok, kecamatan: null, siswaPerTingkat: siswa("SMP", i) })),
    ...SMP_DEPOK_BARU.map((nama, i) => ({ npsn: NPSN_SMP_DEPOK_BARU(i), nama, jenjang: "SMP" as const, instansiId: o.depok, kecamatan: null, siswaPerTingkat: siswa("SMP", i + 10) })),
    // Upper secondary schools in Depok are run by the province.
    ...o.sma.map((nama, i) => ({
      npsn: String(NPSN_SMA_JABAR(i)),
      nama,
      jenjang: nama.startsWith("SMK") ? ("SMK" as const) : ("SMA" as const),
      instansiId: o.jabar,
      kecamatan: null,
      siswaPerTingkat: siswa("SMA", i),
    })),
  ];
  const faskes: Prisma.ReferensiFaskesCreateManyInput[] = [
    ...o.kecamatan.map(([kecamatan, kode]) => ({
      kode: kodePuskesmasDepok(kode),
      nama: `UPTD Puskesmas ${kecamatan}`,
      jenis: RAWAT_INAP.has(kecamatan) ? ("PUSKESMAS_RAWAT_INAP" as const) : ("PUSKESMAS_NON_RAWAT_INAP" as const),
      wilayah: "PERKOTAAN" as const,
      instansiId: o.depok,
      kecamatan,
    })),
    ...PUSKESMAS_DEPOK_BARU.map(([nama, kecamatan, kode, jenis]) => ({ kode, nama, jenis, wilayah: "PERKOTAAN" as const, instansiId: o.depok, kecamatan })),
    { kode: KODE_RSUD_DEPOK, nama: "RSUD Kota Depok", jenis: "RUMAH_SAKIT", kelasRs: "C", instansiId: o.depok, kecamatan: "Sawangan" },
  ];
  await tx.referensiSekolah.createMany({ data: sekolah });
  await tx.referensiFaskes.createMany({ data: faskes });
  await tx.standarPembina.createMany({
    data: [
      { versi: VERSI_STANDAR_SEKOLAH, jenis: "SEKOLAH", berlakuMulai: new Date("2024-01-01"), aturan: json(STANDAR_SEKOLAH_47_2023), sumber: SUMBER_STANDAR_SEKOLAH },
      { versi: VERSI_STANDAR_PUSKESMAS, jenis: "PUSKESMAS", berlakuMulai: new Date("2015-01-01"), aturan: json(STANDAR_PUSKESMAS_75_2014), sumber: SUMBER_STANDAR_PUSKESMAS },
    ],
  });
  return { sekolah: sekolah.length, faskes: faskes.length, standar: 2 };
}

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
