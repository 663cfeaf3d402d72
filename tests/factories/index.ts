import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import type { JenisInstansi, Role } from "@/lib/generated/prisma/enums";

let seq = 0;
const next = () => ++seq;

export async function makeInstansi(overrides: { nama?: string; jenis?: JenisInstansi } = {}) {
  const n = next();
  return db().instansi.create({
    data: { kode: `T${process.pid % 1000}-${n}`, nama: overrides.nama ?? `Instansi Uji ${n}`, jenis: overrides.jenis ?? "KOTA" },
  });
}

export async function makeUnor(instansiId: number, parentId: number | null, nama = `Unor ${next()}`) {
  return db().unor.create({ data: { instansiId, parentId, nama } });
}

export async function makeJabatan(overrides: { jenis?: "STRUKTURAL" | "FUNGSIONAL" | "PELAKSANA"; bup?: number; kelas?: number } = {}) {
  const n = next();
  return db().jabatan.create({
    data: { kode: `J-${n}`, nama: `Jabatan Uji ${n}`, jenis: overrides.jenis ?? "FUNGSIONAL", kelas: overrides.kelas ?? 8, bup: overrides.bup ?? 58 },
  });
}

export async function makeUser(role: Role, instansiId: number | null = null, password = "rahasia-uji"): Promise<Actor & { password: string }> {
  const n = next();
  const user = await db().user.create({
    data: { username: `u${n}.${role.toLowerCase()}`, nama: `Pengguna ${n}`, role, instansiId, passwordHash: await hashPassword(password) },
  });
  return { id: user.id, username: user.username, nama: user.nama, role: user.role, instansiId: user.instansiId, password };
}

/** A NIP that satisfies the format rule, for a given birth date (YYYY-MM-DD). */
export function nipFor(tanggalLahir: string, urut: number, wanita = false): string {
  const [y, m, d] = tanggalLahir.split("-");
  return `${y}${m}${d}${Number(y) + 23}01${wanita ? 2 : 1}${String(urut).padStart(3, "0")}`;
}
