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
