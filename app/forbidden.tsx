import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="shell-main">
      <div className="panel" role="alert">
        <h1>Akses ditolak</h1>
        <p>Anda tidak berwenang membuka data instansi ini. Operator hanya dapat membuka data instansinya sendiri.</p>
        <Link href="/">Kembali ke halaman utama</Link>
      </div>
    </main>
  );
}
