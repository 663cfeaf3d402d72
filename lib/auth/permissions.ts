/**
 * The role rules, in one place. Every page, action and route asks these functions; none decides
 * on its own. Operators are bound to one instansi; BKN roles read every instansi.
 */
import type { Role } from "@/lib/generated/prisma/enums";

export interface Actor {
  id: number;
  username: string;
  nama: string;
  role: Role;
  instansiId: number | null;
  /** Holds a temporary password (new account, admin's reset): nothing but changing it is allowed. */
  mustChangePassword?: boolean;
}

export const ROLE_LABEL: Record<Role, string> = {
  OPERATOR: "Operator Instansi",
  VERIFIKATOR: "Verifikator BKN",
  PIMPINAN: "Pimpinan",
  ADMIN: "Administrator",
};

/** May the actor read the planning data (peta jabatan, unor, infojab) of this instansi? */
export function canReadInstansi(actor: Actor, instansiId: number): boolean {
  if (actor.role === "OPERATOR") return actor.instansiId === instansiId;
  return true;
}

/** May the actor change the planning data of this instansi? Only its operators and admins. */
export function canEditInstansi(actor: Actor, instansiId: number): boolean {
  if (actor.role === "ADMIN") return true;
  return actor.role === "OPERATOR" && actor.instansiId === instansiId;
}

/** May the actor list every instansi (the verifikator's inbox, the admin's register)? */
export function canListAllInstansi(actor: Actor): boolean {
  return actor.role !== "OPERATOR";
}

export function canReadNationalDashboard(actor: Actor): boolean {
  return actor.role === "PIMPINAN" || actor.role === "ADMIN" || actor.role === "VERIFIKATOR";
}

export function canVerifyUsulan(actor: Actor): boolean {
  return actor.role === "VERIFIKATOR";
}

/**
 * The actor of maintenance scripts (npm run abk:hitung-ulang): no user, so audit entries carry no
 * userId. Recognised by identity only — an actor from a web request is always built from a User row
 * (lib/auth/credentials), and no structurally equal object passes `isSystemActor`.
 */
export interface SystemActor {
  readonly kind: "system";
  readonly nama: string;
}
export const SYSTEM_ACTOR: SystemActor = Object.freeze({ kind: "system", nama: "Sistem (skrip pemeliharaan)" });
export const isSystemActor = (actor: Actor | SystemActor): actor is SystemActor => actor === SYSTEM_ACTOR;

/** May the actor recompute every ABK kebutuhan (after a new rule version)? Administrators and scripts. */
export function canRecomputeAbk(actor: Actor | SystemActor): boolean {
  return isSystemActor(actor) || actor.role === "ADMIN";
}

/** May the actor rebuild the national recap tables from the base tables? Administrators and scripts. */
export function canRecomputeRekap(actor: Actor | SystemActor): boolean {
  return isSystemActor(actor) || actor.role === "ADMIN";
}

/** May the actor add a rule-set version (aturan perhitungan)? Administrators only. */
export function canManageAturan(actor: Actor): boolean {
  return actor.role === "ADMIN";
}

/**
 * Replication ("Replikasi Jabatan"): an editor of the target instansi may copy the structure (the
 * JF and pelaksana placed, with kebutuhan) and the infojab text (uraian tugas included) of an active
 * unit of ANY instansi — the OTK of another instansi is a published model, read only for this copy.
 * Never the pegawai or their figures. An inactive unit has no legal basis and is no model.
 */
export function canReplicateFrom(actor: Actor, source: { aktif: boolean }, targetInstansiId: number): boolean {
  return canEditInstansi(actor, targetInstansiId) && source.aktif;
}

/**
 * Kunci Validasi: the instansi's editors freeze an infojab they consider validated. Reopening it
 * ("Buka Kunci Validasi", with a reason) is theirs too, and a BKN verifikator's, who may send a
 * validated text back for correction.
 */
export function canLockInfojab(actor: Actor, instansiId: number): boolean {
  return canEditInstansi(actor, instansiId);
}

export function canUnlockInfojab(actor: Actor, instansiId: number): boolean {
  return canEditInstansi(actor, instansiId) || actor.role === "VERIFIKATOR";
}

/** Where each role starts after login. */
export function landingPath(actor: Actor): string {
  switch (actor.role) {
    case "OPERATOR":
      return actor.instansiId ? `/instansi/${actor.instansiId}/unor` : "/akses-ditolak";
    case "VERIFIKATOR":
      return "/instansi";
    case "PIMPINAN":
      return "/dashboard";
    case "ADMIN":
      return "/instansi";
  }
}

/** May the actor manage accounts (create, reset passwords, (de)activate, change role or instansi)? */
export function canManageUsers(actor: Actor): boolean {
  return actor.role === "ADMIN";
}
