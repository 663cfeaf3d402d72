"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import type { UserRow } from "@/lib/data/users";
import { setUserActiveAction } from "../actions";

export function SetActiveDialog({ user, onClose, onDone }: { user: UserRow; onClose: () => void; onDone: (message: string) => void }) {
  const router = useRouter();
  const aktif = !user.aktif;
  const { pending, failure, run } = useActionRunner();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(
      () => setUserActiveAction({ userId: user.id, aktif, versi: user.versi }),
      () => onDone(`${user.username} ${aktif ? "diaktifkan kembali" : "dinonaktifkan"}.`),
    );
  };
  return (
    <Dialog title={aktif ? "Aktifkan Pengguna" : "Nonaktifkan Pengguna"} subtitle={`${user.nama} (${user.username})`} onClose={onClose}>
      <form className="dialog-form" onSubmit={submit}>
        <p>
          {aktif
            ? "Pengguna dapat masuk kembali dengan kata sandinya."
            : "Pengguna tidak dapat masuk lagi dan semua sesinya diakhiri sekarang. Akun dan riwayatnya tetap disimpan."}
        </p>
        <FormAlert failure={failure} fields={[]} onReload={() => (router.refresh(), onClose())}>
          {failure?.code === "CONFLICT" && (
            <button type="button" onClick={() => (router.refresh(), onClose())}>
              Muat ulang
            </button>
          )}
        </FormAlert>
        <DialogButtons pending={pending} submitLabel={aktif ? "Aktifkan" : "Nonaktifkan"} onCancel={onClose} danger={!aktif} />
      </form>
    </Dialog>
  );
}
