import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Ubah Kata Sandi" };

export default async function UbahKataSandiPage() {
  const actor = await requirePageActor({ allowTemporaryPassword: true });
  return (
    <>
      <h1>Ubah Kata Sandi</h1>
      <p className="muted">Setelah kata sandi diubah, semua sesi Anda diakhiri dan Anda masuk kembali dengan kata sandi baru.</p>
      <ChangePasswordForm username={actor.username} />
    </>
  );
}
