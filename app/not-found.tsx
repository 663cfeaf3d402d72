import Link from "next/link";

export default function NotFound() {
  return (
    <main className="shell-main">
      <div className="panel">
        <h1>Halaman tidak ditemukan</h1>
        <p>Data yang Anda cari tidak ada.</p>
        <Link href="/">Kembali ke halaman utama</Link>
      </div>
    </main>
  );
}
