import Link from "next/link";
import { formatAngka } from "@/lib/format";

/** Server-side pages as links (Sebelumnya / Berikutnya), with where the reader is. */
export function Pager({ halaman, perHalaman, total, href }: { halaman: number; perHalaman: number; total: number; href: (hal: number) => string }) {
  const jumlahHalaman = Math.max(1, Math.ceil(total / perHalaman));
  const dari = total === 0 ? 0 : (halaman - 1) * perHalaman + 1;
  const sampai = Math.min(total, halaman * perHalaman);
  return (
    <nav className="pager" aria-label="Halaman daftar">
      {halaman > 1 ? <Link href={href(halaman - 1)}>‹ Sebelumnya</Link> : <span className="muted">‹ Sebelumnya</span>}
      <span>
        {formatAngka(dari)}–{formatAngka(sampai)} dari {formatAngka(total)} · halaman {formatAngka(Math.min(halaman, jumlahHalaman))} dari {formatAngka(jumlahHalaman)}
      </span>
      {halaman < jumlahHalaman ? <Link href={href(halaman + 1)}>Berikutnya ›</Link> : <span className="muted">Berikutnya ›</span>}
    </nav>
  );
}
