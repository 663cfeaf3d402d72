"use client";

import { useEffect } from "react";
import { usePathname, useRouter } from "next/navigation";
import { ChangePasswordForm } from "./change-password-form";

/**
 * Shown by the app shell instead of any page while the user still holds a temporary password; the
 * address becomes /akun/kata-sandi so that the user sees where they are.
 */
export function ForcedPasswordChange({ username }: { username: string }) {
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => {
    if (pathname !== "/akun/kata-sandi") router.replace("/akun/kata-sandi");
  }, [pathname, router]);
  return (
    <>
      <h1>Ubah Kata Sandi</h1>
      <p role="note" className="form-alert" style={{ maxWidth: 460 }}>
        Anda masuk dengan kata sandi sementara. Ganti kata sandi terlebih dahulu sebelum melanjutkan.
      </p>
      <ChangePasswordForm username={username} />
    </>
  );
}
