import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { canManageUsers } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { listInstansiOptions, listUsers } from "@/lib/data/users";
import { UsersPanel } from "./_components/users-panel";

export const metadata: Metadata = { title: "Pengguna" };

export default async function PenggunaPage() {
  const actor = await requirePageActor();
  if (!canManageUsers(actor)) forbidden();
  const [users, instansi] = await Promise.all([listUsers(db(), actor), listInstansiOptions(db())]);
  return (
    <>
      <h1>Pengguna</h1>
      <p className="muted">
        Akun operator instansi, verifikator, pimpinan dan administrator. Setiap instansi boleh memiliki beberapa operator. Kata sandi sementara
        hanya ditampilkan sekali; pengguna wajib menggantinya saat pertama kali masuk.
      </p>
      <UsersPanel users={users} instansi={instansi} selfId={actor.id} />
    </>
  );
}
