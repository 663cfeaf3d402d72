"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";

export function LoginForm() {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError("Nama pengguna dan kata sandi wajib diisi.");
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { username, password, redirect: false });
    if (result?.ok && !result.error) {
      // The server decides the landing page from the role it reads from the database.
      window.location.assign("/");
      return;
    }
    setPending(false);
    // The server's own refusal (wrong credentials, lock-out) arrives as the error text; next-auth's
    // generic code is only seen when authorize returned nothing.
    const message = result?.error && result.error !== "CredentialsSignin" ? result.error : "Nama pengguna atau kata sandi salah.";
    setError(message);
  }

  return (
    <form onSubmit={onSubmit} noValidate style={{ display: "grid", gap: ".8rem" }}>
      <label>
        Nama pengguna
        <input name="username" autoComplete="username" autoFocus required maxLength={64} />
      </label>
      <label>
        Kata sandi
        <input name="password" type="password" autoComplete="current-password" required maxLength={200} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Memeriksa…" : "Masuk"}
      </button>
    </form>
  );
}
