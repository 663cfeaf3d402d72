"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { ROLE_LABEL } from "@/lib/auth/permissions";
import type { UserRow } from "@/lib/data/users";
import { changeUserRoleAction } from "../actions";
import { InstansiSelect, type InstansiOption } from "./instansi-select";
import { RoleSelect, type Role } from "./role-select";


export function ChangeRoleDialog({ user, instansi, onClose, onDone }: { user: UserRow; instansi: InstansiOption[]; onClose: () => void; onDone: (message: string) => void }) {
  const id = useId();
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [instansiId, setInstansiId] = useState<number | null>(user.instansiId);
  const { pending, failure, run, fieldErrors } = useActionRunner();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(
      () => changeUserRoleAction({ userId: user.id, role, instansiId: role === "OPERATOR" ? instansiId : null, versi: user.versi }),
      () => onDone(`Peran ${user.username} diubah menjadi ${ROLE_LABEL[role]}.`),
    );
  };
  return (
    <Dialog title="Ubah Peran atau Instansi" subtitle={`${user.nama} (${user.username})`} onClose={onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <RoleSelect id={`${id}-role`} value={role} onChange={setRole} errors={fieldErrors.role} />
        {role === "OPERATOR" && <InstansiSelect id={`${id}-instansi`} instansi={instansi} value={instansiId} onChange={setInstansiId} errors={fieldErrors.instansiId} />}
        <p className="muted">Semua sesi pengguna ini diakhiri: ia masuk kembali dengan hak akses yang baru.</p>
        <FormAlert failure={failure} fields={["role", "instansiId"]} onReload={() => (router.refresh(), onClose())}>
          {failure?.code === "CONFLICT" && (
            <button type="button" onClick={() => (router.refresh(), onClose())}>
              Muat ulang
            </button>
          )}
        </FormAlert>
        <DialogButtons pending={pending} submitLabel="Simpan" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
