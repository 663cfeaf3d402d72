"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import type { UserRow } from "@/lib/data/users";
import { resetUserPasswordAction } from "../actions";
import { TemporaryPassword } from "./temporary-password";

export function ResetPasswordDialog({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const router = useRouter();
  const [result, setResult] = useState<{ username: string; temporaryPassword: string } | null>(null);
  const { pending, failure, run } = useActionRunner();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(() => resetUserPasswordAction({ userId: user.id, versi: user.versi }), setResult);
  };
  return (
    <Dialog title="Reset Kata Sandi" subtitle={`${user.nama} (${user.username})`} onClose={onClose}>
      {result ? (
        <TemporaryPassword username={result.username} password={result.temporaryPassword} onDone={onClose} />
      ) : (
        <form className="dialog-form" onSubmit={submit}>
          <p>Kata sandi lama tidak berlaku lagi, semua sesi pengguna ini diakhiri, dan pengguna wajib mengganti kata sandi sementara saat masuk.</p>
          <FormAlert failure={failure} fields={[]} onReload={() => (router.refresh(), onClose())}>
            {failure?.code === "CONFLICT" && (
              <button type="button" onClick={() => (router.refresh(), onClose())}>
                Muat ulang
              </button>
            )}
          </FormAlert>
          <DialogButtons pending={pending} submitLabel="Reset kata sandi" onCancel={onClose} danger />
        </form>
      )}
    </Dialog>
  );
}
