"use client";

/** Last resort when the root layout itself fails: plain text, no stack, a way back. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="id">
      <body>
        <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: 640, margin: "3rem auto", padding: "0 1rem" }}>
          <h1>Layanan sementara terganggu</h1>
          <p>
            Halaman gagal dimuat. Bila basis data sedang tidak dapat dihubungi, coba lagi sebentar lagi
            {error.digest ? ` (kode ${error.digest})` : ""}.
          </p>
          <p>
            <a href="/">Coba lagi</a>
          </p>
        </main>
      </body>
    </html>
  );
}
