/**
 * Demo accounts created by seedDemo (prisma/seed/demo.ts). Kept apart, with no runtime import, so
 * that the login page and README can list them without pulling in the seed.
 */
import type { Role } from "../../lib/generated/prisma/enums";

/** The one password of every demo account. Demo only: never used outside a demo database. */
export const DEMO_PASSWORD = "siasn-demo";

export interface DemoUser {
  username: string;
  nama: string;
  role: Role;
  /** Kode of the operator's instansi; null for national roles. */
  instansiKode: string | null;
  keterangan: string;
}

export const DEMO_USER_ACCOUNTS: DemoUser[] = [
  {
    username: "admin",
    nama: "Administrator Sistem",
    role: "ADMIN",
    instansiKode: null,
    keterangan: "Administrator sistem: mengelola pengguna, katalog jabatan, dan aturan perhitungan",
  },
  {
    username: "operator.bkn",
    nama: "Operator Badan Kepegawaian Negara",
    role: "OPERATOR",
    instansiKode: "BKN",
    keterangan: "Operator instansi Badan Kepegawaian Negara",
  },
  {
    username: "operator.depok",
    nama: "Operator Pemerintah Kota Depok",
    role: "OPERATOR",
    instansiKode: "KOTA-DEPOK",
    keterangan: "Operator instansi Pemerintah Kota Depok",
  },
  {
    username: "operator.jabar",
    nama: "Operator Pemerintah Provinsi Jawa Barat",
    role: "OPERATOR",
    instansiKode: "PROV-JABAR",
    keterangan: "Operator instansi Pemerintah Provinsi Jawa Barat",
  },
  {
    username: "verifikator",
    nama: "Verifikator BKN",
    role: "VERIFIKATOR",
    instansiKode: null,
    keterangan: "Verifikator BKN: memeriksa usulan dan menyetujui atau mengembalikannya",
  },
  {
    username: "pimpinan",
    nama: "Pimpinan BKN",
    role: "PIMPINAN",
    instansiKode: null,
    keterangan: "Pimpinan: melihat rekap nasional dan dasbor (baca saja)",
  },
];

/** The short list for the login page and README. */
export const DEMO_USERS: { username: string; role: string; keterangan: string }[] = DEMO_USER_ACCOUNTS.map(
  ({ username, role, keterangan }) => ({ username, role, keterangan }),
);
