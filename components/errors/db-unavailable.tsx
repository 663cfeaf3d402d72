"use client";

import { DB_UNAVAILABLE_MESSAGE } from "@/lib/errors";

/**
 * The page shown while PostgreSQL cannot be reached (or every connection is busy). "Coba lagi" reloads the same address, so the user
 * lands where they were once the database is back (the pool reconnects by itself).
 */
export function DbUnavailable({ message = DB_UNAVAILABLE_MESSAGE }: { message?: string }) {
  return (
    <main className="shell-main" role="alert" aria-live="polite">
      <div className="panel">
        <h1>Layanan sementara terganggu</h1>
        <p>{message}</p>
        <p>
          <a
            href="/"
            className="button"
            onClick={(e) => {
              e.preventDefault();
              window.location.reload();
            }}
          >
            Coba lagi
          </a>
        </p>
      </div>
    </main>
  );
}
