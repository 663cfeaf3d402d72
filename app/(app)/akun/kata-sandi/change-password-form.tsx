"use client";

import { useId, useState, type FormEvent } from "react";
import { signOut } from "next-auth/react";
import { Field, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { MIN_PASSWORD_LENGTH, ownPasswordChangeSchema } from "@/lib/validation/user";
import { zodErrorBody } from "@/lib/validation/zod-errors";
import { changeOwnPasswordAction } from "./actions";

export const SIGNED_OUT_NOTICE = "Kata sandi berhasil diubah. Semua sesi Anda diakhiri: silakan masuk kembali dengan kata sandi baru.";

/** "Ubah Kata Sandi": the same schema as the action checks each rule before the round trip. */
export function ChangePasswordForm({ username }: { username: string }) {
  const id = useId();
  const [form, setForm] = useState({ kataSandiLama: "", kataSandiBaru: "", konfirmasi: "" });
  const [changed, setChanged] = useState(false);
  const { pending, failure, setFailure, run, fieldErrors } = useActionRunner();

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = ownPasswordChangeSchema(username).safeParse(form);
    if (!parsed.success) return setFailure({ ok: false, code: "INVALID", ...zodErrorBody(parsed.error) });
    run(
      () => changeOwnPasswordAction(form),
      () => {
        setChanged(true);
        // Every session ended on the server; this tab's cookie goes too, after the notice is read.
        setTimeout(() => void signOut({ callbackUrl: "/login?kataSandi=diubah" }), 2500);
      },
    );
  }

  if (changed)
    return (
      <p role="status" className="pos">
        {SIGNED_OUT_NOTICE}
      </p>
    );
  const field = (name: keyof typeof form, label: string, autoComplete: string, hint?: string) => (
    <Field id={`${id}-${name}`} label={label} errors={fieldErrors[name]} hint={hint}>
      {(p) => <input {...p} type="password" autoComplete={autoComplete} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />}
    </Field>
  );
  return (
    <form className="dialog-form panel" style={{ maxWidth: 460 }} onSubmit={submit} noValidate>
      {field("kataSandiLama", "Kata sandi saat ini", "current-password")}
      {field("kataSandiBaru", "Kata sandi baru", "new-password", `Minimal ${MIN_PASSWORD_LENGTH} karakter; bukan nama pengguna dan bukan kata sandi demo.`)}
      {field("konfirmasi", "Ulangi kata sandi baru", "new-password")}
      <FormAlert failure={failure} fields={["kataSandiLama", "kataSandiBaru", "konfirmasi"]} onReload={() => location.reload()} />
      <div className="dialog-buttons">
        <button type="submit" disabled={pending}>
          {pending ? "Menyimpan…" : "Simpan kata sandi"}
        </button>
      </div>
    </form>
  );
}
