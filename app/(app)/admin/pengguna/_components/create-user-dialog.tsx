"use client";

import { useId, useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, Field, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { userCreateSchema } from "@/lib/validation/user";
import { zodErrorBody } from "@/lib/validation/zod-errors";
import { createUserAction } from "../actions";
import { InstansiSelect, type InstansiOption } from "./instansi-select";
import { RoleSelect, type Role } from "./role-select";
import { TemporaryPassword } from "./temporary-password";


export function CreateUserDialog({ instansi, onClose }: { instansi: InstansiOption[]; onClose: () => void }) {
  const id = useId();
  const [form, setForm] = useState({ username: "", nama: "", role: "OPERATOR" as Role, instansiId: null as number | null });
  const [created, setCreated] = useState<{ username: string; temporaryPassword: string } | null>(null);
  const { pending, failure, setFailure, run, fieldErrors } = useActionRunner();

  function submit(e: FormEvent) {
    e.preventDefault();
    const input = { ...form, instansiId: form.role === "OPERATOR" ? form.instansiId : null };
    // The same schema as the action: a mistake is shown before the round trip.
    const parsed = userCreateSchema.safeParse(input);
    if (!parsed.success) return setFailure({ ok: false, code: "INVALID", ...zodErrorBody(parsed.error) });
    run(() => createUserAction(input), setCreated);
  }

  return (
    <Dialog title="Tambah Pengguna" onClose={onClose}>
      {created ? (
        <TemporaryPassword username={created.username} password={created.temporaryPassword} onDone={onClose} />
      ) : (
        <form className="dialog-form" onSubmit={submit} noValidate>
          <Field id={`${id}-username`} label="Nama pengguna" errors={fieldErrors.username} hint="3–64 karakter: huruf kecil, angka, titik, garis bawah, tanda hubung.">
            {(p) => <input {...p} autoComplete="off" value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} />}
          </Field>
          <Field id={`${id}-nama`} label="Nama lengkap" errors={fieldErrors.nama}>
            {(p) => <input {...p} value={form.nama} onChange={(e) => setForm({ ...form, nama: e.target.value })} />}
          </Field>
          <RoleSelect id={`${id}-role`} value={form.role} onChange={(v) => setForm({ ...form, role: v })} errors={fieldErrors.role} />
          {form.role === "OPERATOR" && (
            <InstansiSelect id={`${id}-instansi`} instansi={instansi} value={form.instansiId} onChange={(v) => setForm({ ...form, instansiId: v })} errors={fieldErrors.instansiId} />
          )}
          <FormAlert failure={failure} fields={["username", "nama", "role", "instansiId"]} onReload={onClose} />
          <DialogButtons pending={pending} submitLabel="Buat pengguna" onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
