import type { Metadata } from "next";
import Link from "next/link";
import { paginateBagan } from "@/lib/domain/bagan/pages";
import { BaganCanvas } from "../_components/bagan-canvas";
import { loadBagan } from "../_components/load-bagan";
import { PrintButton } from "@/components/ui/print-button";
import styles from "../_components/bagan.module.css";

export const metadata: Metadata = { title: "Cetak Bagan Peta Jabatan" };

const tanggal = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: "Asia/Jakarta" });

/**
 * The bagan for paper, landscape A4 or A3: one sheet when it fits at a readable scale, otherwise a
 * summary sheet and a sheet per branch (lib/domain/bagan/pages), each scaled to its sheet.
 */
export default async function CetakBaganPage({
  params,
  searchParams,
}: {
  params: Promise<{ instansiId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const data = await loadBagan(params, searchParams);
  const pages = paginateBagan(data.units, data.cells, data.rootId, data.kertas);
  const lain = data.kertas === "A4" ? "A3" : "A4";
  const dicetak = tanggal.format(new Date());

  return (
    <>
      {/* The paper size is the reader's choice, so the @page rule is written per request. */}
      <style>{`@media print { @page { size: ${data.kertas} landscape; margin: 8mm; } .shell-main { padding: 0; } }`}</style>
      <div className="cetak-tools no-print">
        <Link href={`${data.base}?unor=${data.rootId}`}>← Kembali ke bagan</Link>
        <PrintButton />
        <Link href={`${data.base}/cetak?unor=${data.rootId}&kertas=${lain}`}>Ganti ke {lain} lanskap</Link>
        <span className="muted small">
          Kertas {data.kertas} lanskap · {pages.length} halaman
        </span>
      </div>
      {pages.map((p, i) => (
        <section key={i} className={styles.sheet} aria-label={`Halaman ${i + 1}: ${p.judul}`} data-kertas={data.kertas} data-scale={p.scale.toFixed(3)}>
          <h2>
            Bagan Peta Jabatan {data.instansi.nama} — {p.judul}
            <br />
            <small>
              Halaman {i + 1} dari {pages.length}
              {p.ringkasan && " · ringkasan: cabang di bawahnya pada halaman berikut"} · dicetak {dicetak}
            </small>
          </h2>
          <div style={{ width: p.layout.width * p.scale, height: p.layout.height * p.scale }}>
            <div style={{ transform: `scale(${p.scale})`, transformOrigin: "0 0", width: p.layout.width }}>
              <BaganCanvas layout={p.layout} />
            </div>
          </div>
        </section>
      ))}
    </>
  );
}
