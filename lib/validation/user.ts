import { z } from "zod";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-users";

export const ROLES = ["OPERATOR", "VERIFIKATOR", "PIMPINAN", "ADMIN"] as const;
export const MIN_PASSWORD_LENGTH = 12;

const userId = z.number({ error: "Pengguna tidak dikenal." }).int().positive({ error: "Pengguna tidak dikenal." });
const role = z.enum(ROLES, { error: "Pilih peran yang tersedia." });
const instansiId = z.number().int().positive({ error: "Pilih instansi." }).nullable();
/** The row's updatedAt as the admin saw it: a change made meanwhile by someone else refuses the edit. */
const versi = z.iso.datetime({ error: "Versi data tidak dikenal; muat ulang halaman." });

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, { error: "Nama pengguna minimal 3 karakter." })
  .max(64, { error: "Nama pengguna paling panjang 64 karakter." })
  .regex(/^[a-z0-9._-]+$/, { error: "Nama pengguna hanya huruf kecil, angka, titik, garis bawah atau tanda hubung." });

/** An operator belongs to exactly one instansi; the national roles to none. */
function roleScope(v: { role: (typeof ROLES)[number]; instansiId: number | null }, ctx: z.RefinementCtx) {
  if (v.role === "OPERATOR" && v.instansiId === null)
    ctx.addIssue({ code: "custom", path: ["instansiId"], message: "Operator harus terikat pada satu instansi." });
  if (v.role !== "OPERATOR" && v.instansiId !== null)
    ctx.addIssue({ code: "custom", path: ["instansiId"], message: "Hanya operator yang terikat pada instansi; kosongkan instansi untuk peran ini." });
}

export const userCreateSchema = z
  .object({
    username: usernameSchema,
    nama: z.string().trim().min(3, { error: "Nama lengkap minimal 3 karakter." }).max(200, { error: "Nama paling panjang 200 karakter." }),
    role,
    instansiId,
  })
  .superRefine(roleScope);
export type UserCreateInput = z.infer<typeof userCreateSchema>;

export const userRoleChangeSchema = z.object({ userId, role, instansiId, versi }).superRefine(roleScope);
export type UserRoleChangeInput = z.infer<typeof userRoleChangeSchema>;

export const userActiveSchema = z.object({ userId, aktif: z.boolean(), versi });
export const userPasswordResetSchema = z.object({ userId, versi });

/**
 * A password a user chooses (own change, or `npm run user:create` with SIASN_PASSWORD): long enough,
 * not the username and not the demo password every seeded account shares.
 */
export function newPasswordProblem(username: string, password: string): string | null {
  if (password === DEMO_PASSWORD) return "Kata sandi demo tidak boleh dipakai.";
  if (password.length < MIN_PASSWORD_LENGTH) return `Kata sandi baru minimal ${MIN_PASSWORD_LENGTH} karakter.`;
  if (password.length > 200) return "Kata sandi baru paling panjang 200 karakter.";
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return "Kata sandi baru tidak boleh sama dengan nama pengguna.";
  return null;
}

/** "Ubah Kata Sandi": the form and the action validate with the same schema, bound to the user's name. */
export function ownPasswordChangeSchema(username: string) {
  return z
    .object({
      kataSandiLama: z.string().min(1, { error: "Kata sandi saat ini wajib diisi." }).max(200),
      kataSandiBaru: z.string(),
      konfirmasi: z.string(),
    })
    .superRefine((v, ctx) => {
      const problem = newPasswordProblem(username, v.kataSandiBaru);
      if (problem) ctx.addIssue({ code: "custom", path: ["kataSandiBaru"], message: problem });
      else if (v.kataSandiBaru === v.kataSandiLama)
        ctx.addIssue({ code: "custom", path: ["kataSandiBaru"], message: "Kata sandi baru harus berbeda dari kata sandi saat ini." });
      if (v.konfirmasi !== v.kataSandiBaru) ctx.addIssue({ code: "custom", path: ["konfirmasi"], message: "Konfirmasi tidak sama dengan kata sandi baru." });
    });
}
export type OwnPasswordChangeInput = z.infer<ReturnType<typeof ownPasswordChangeSchema>>;
