import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { canListAllInstansi, canManageUsers, canReadNationalDashboard, ROLE_LABEL, type Actor } from "@/lib/auth/permissions";
import { ForcedPasswordChange } from "./akun/kata-sandi/forced-password-change";
import { AppNav, type NavItem } from "@/components/layout/app-nav";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { DbUnavailable } from "@/components/errors/db-unavailable";
import { unavailableMessage } from "@/lib/errors";

export const dynamic = "force-dynamic";

function navFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [];
  if (actor.role === "OPERATOR" && actor.instansiId) items.push({ href: `/instansi/${actor.instansiId}/unor`, label: "Peta Jabatan" });
  if (canListAllInstansi(actor)) items.push({ href: "/instansi", label: "Instansi" });
  if (canReadNationalDashboard(actor)) items.push({ href: "/dashboard", label: "Dashboard Nasional" });
  if (actor.role === "ADMIN") items.push({ href: "/admin/aturan", label: "Aturan ABK" });
  if (actor.role === "ADMIN") items.push({ href: "/admin/referensi", label: "Referensi Pembina" });
  if (canManageUsers(actor)) items.push({ href: "/admin/pengguna", label: "Pengguna" });
  return items;
}

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The first database read of every signed-in page: an outage shows a clear notice, not a digest.
  let actor: Actor;
  try {
    actor = await requirePageActor({ allowTemporaryPassword: true });
  } catch (e) {
    const notice = unavailableMessage(e);
    if (notice) return <DbUnavailable message={notice} />;
    throw e;
  }
  // A temporary password (new account, admin's reset): the shell shows only its change (pages and
  // actions refuse such an actor themselves, in requirePageActor / requireActor).
  const forced = actor.mustChangePassword === true;
  return (
    <>
      <header className="shell-header">
        <Link href="/" className="shell-brand">
          <img src="/logo.svg" alt="" width={28} height={28} />
          SIASN Perencanaan
        </Link>
        <AppNav items={forced ? [] : navFor(actor)} />
        <div className="shell-user">
          <span>
            {actor.nama} <span className="muted" style={{ color: "#cfe0f1" }}>· {ROLE_LABEL[actor.role]}</span>
          </span>
          <Link href="/akun/kata-sandi">
            Ubah Kata Sandi
          </Link>
          <SignOutButton />
        </div>
      </header>
      <main className="shell-main">{forced ? <ForcedPasswordChange username={actor.username} /> : children}</main>
    </>
  );
}
