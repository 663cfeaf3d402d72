import Link from "next/link";
import { formatAngka } from "@/lib/format";

/**
 * Previous/next links for a list paged on the server: the filter stays in the query string, only
 * `halaman` changes, so every page is a plain, shareable, keyboard-reachable link.
 */
export function ServerPager({
  basePath,
  query,
  halaman,
  cocok,
  ukuran,
}: {
  basePath: string;
  query: Record<string, string | undefined>;
  halaman: number;
  cocok: number;
  ukuran: number;
}) {
  const jumlahHalaman = Math.max(1, Math.ceil(cocok / ukuran));
  const href = (h: number) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v) p.set(k, v);
    if (h > 1) p.set("halaman", String(h));
    const qs = p.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  const dari = cocok === 0 ? 0 : Math.min(cocok, (halaman - 1) * ukuran + 1);
  const sampai = Math.min(cocok, halaman * ukuran);
  return (
    <nav className="pager no-print" aria-label="Halaman">
      {halaman > 1 ? <Link href={href(halaman - 1)}>‹ Sebelumnya</Link> : <span className="muted">‹ Sebelumnya</span>}
      <span>
        {formatAngka(dari)}–{formatAngka(sampai)} dari {formatAngka(cocok)} · halaman {formatAngka(Math.min(halaman, jumlahHalaman))} dari{" "}
        {formatAngka(jumlahHalaman)}
      </span>
      {halaman < jumlahHalaman ? <Link href={href(halaman + 1)}>Berikutnya ›</Link> : <span className="muted">Berikutnya ›</span>}
    </nav>
  );
}
