import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { landingPath } from "@/lib/auth/permissions";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Masuk" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  // Ubah Kata Sandi ends every session and sends the user here to sign in with the new password.
  const passwordChanged = (await searchParams).kataSandi === "diubah";
  if (actor) redirect(landingPath(actor));
  return (
    <main className="login-wrap">
      <div className="panel login-card">
        <div className="login-head">
          <img src="/logo.svg" alt="Logo SIASN Perencanaan" width={56} height={56} />
          <h1>SIASN Perencanaan</h1>
          <p className="muted">Perencanaan kebutuhan ASN nasional. Masuk dengan akun Anda.</p>
        </div>
        {passwordChanged && (
          <p role="status" className="notice">
            Kata sandi berhasil diubah. Silakan masuk dengan kata sandi baru.
          </p>
        )}
        <LoginForm />
      </div>
    </main>
  );
}
