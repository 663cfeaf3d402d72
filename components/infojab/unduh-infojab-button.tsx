"use client";

import { useState } from "react";

export interface UnduhInfojabButtonProps {
  /** An export or template URL (GET /api/v1/.../infojab/export, /api/v1/infojab/template). */
  href: string;
  /** "UNDUH INFOJAB" or "UNDUH TEMPLATE". */
  label: string;
}

/** The file name the server chose (filename* first, it keeps non-ASCII names). */
function filenameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")?.[1];
  if (star) return decodeURIComponent(star);
  return /filename="([^"]+)"/i.exec(disposition ?? "")?.[1] ?? fallback;
}

const kb = (n: number) => `${(n / 1024).toLocaleString("id-ID", { maximumFractionDigits: 0 })} KB`;

/**
 * Downloads a workbook with fetch (so a refusal shows as a message, not as a saved error page),
 * showing the bytes received while the server streams it, then saves it under the server's name.
 */
export function UnduhInfojabButton({ href, label }: UnduhInfojabButtonProps) {
  const [received, setReceived] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function unduh() {
    setError(null);
    setReceived(0);
    try {
      const res = await fetch(href, { credentials: "same-origin" });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => null)) as { error?: string } | null;
        throw new Error(body?.error ?? `Unduhan gagal (HTTP ${res.status}).`);
      }
      const reader = res.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let n = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value as Uint8Array<ArrayBuffer>);
        n += value.byteLength;
        setReceived(n);
      }
      const url = URL.createObjectURL(new Blob(parts, { type: res.headers.get("content-type") ?? "application/octet-stream" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = filenameOf(res.headers.get("content-disposition"), "infojab.xlsx");
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setReceived(null);
    } catch (e) {
      setReceived(null);
      setError(e instanceof Error && e.message ? e.message : "Unduhan gagal. Periksa koneksi lalu coba lagi.");
    }
  }

  const busy = received !== null;
  return (
    <span className="unduh-infojab">
      <button type="button" onClick={unduh} disabled={busy} aria-busy={busy}>
        {label}
      </button>
      {busy && (
        <span className="muted small" role="status">
          {" "}Mengunduh… {kb(received)}
        </span>
      )}
      {error && (
        <span className="error" role="alert">
          {" "}{error}
        </span>
      )}
    </span>
  );
}
