"use client";

import { useEffect, useState } from "react";
import { DbUnavailable } from "@/components/errors/db-unavailable";

/**
 * Errors thrown deeper than the layout. In production only a digest reaches the client, never the
 * message or stack, so ask /api/health whether the database is the cause before saying so.
 */
export default function AppSegmentError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [dbDown, setDbDown] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/health", { cache: "no-store" })
      .then((r) => live && setDbDown(r.status === 503))
      .catch(() => live && setDbDown(true));
    return () => {
      live = false;
    };
  }, [error]);

  if (dbDown) return <DbUnavailable />;
  return (
    <div className="panel" role="alert">
      <h1>Terjadi kesalahan</h1>
      <p>Halaman ini gagal dimuat. Coba lagi; bila berulang, hubungi admin{error.digest ? ` dengan kode ${error.digest}` : ""}.</p>
      <button type="button" onClick={reset}>
        Coba lagi
      </button>
    </div>
  );
}
