import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { layoutBagan } from "@/lib/domain/bagan/layout";
import { unitOptions, unitTrail } from "@/lib/domain/bagan/options";
import { formatAngka } from "@/lib/format";
import { BaganViewer } from "./_components/bagan-viewer";
import { SelisihText } from "./_components/bagan-canvas";
import { loadBagan } from "./_components/load-bagan";
import { UnitPicker } from "./_components/unit-picker";
import styles from "./_components/bagan.module.css";

export const metadata: Metadata = { title: "Bagan Peta Jabatan" };

/** The bagan peta jabatan of the instansi or of one unit's subtree (?unor=<id>), to read and to print. */
export default async function BaganPage({
  params,
  searchParams,
}: {
  params: Promise<{ instansiId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const data = await loadBagan(params, searchParams);
  const layout = layoutBagan(data.units, data.cells, data.rootId)!;
  const top = layout.boxes[0];
  const trail = unitTrail(data.units, data.rootId);
  const cetak = (kertas: string) => `${data.base}/cetak?unor=${data.rootId}&kertas=${kertas}`;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Bagan Peta Jabatan</h1>
          <p className="muted">
            {data.instansi.nama} · {formatAngka(layout.boxes.length)} unor · B {formatAngka(top.subtree.existing)} · K {formatAngka(top.subtree.kebutuhan)} ·{" "}
            <SelisihText s={top.subtree.selisih} />
          </p>
        </div>
      </div>
      <nav className={styles.trail} aria-label="Letak unor">
        {trail.map((t, i) => (
          <Fragment key={t.id}>
            {i > 0 && <span aria-hidden> › </span>}
            {i === trail.length - 1 ? <span aria-current="page">{t.nama}</span> : <Link href={`${data.base}?unor=${t.id}`}>{t.nama}</Link>}
          </Fragment>
        ))}
      </nav>
      <div className={styles.tools}>
        <Link href={`/instansi/${data.instansi.id}/peta-jabatan`}>← Tabel Peta Jabatan</Link>
        <UnitPicker action={data.base} options={unitOptions(data.units)} selected={data.rootId} />
        {trail.length > 1 && <Link href={data.base}>Seluruh instansi</Link>}
        <Link href={cetak("A4")}>Cetak A4</Link>
        <Link href={cetak("A3")}>Cetak A3</Link>
        <span className="muted small">B = existing · K = kebutuhan · +/− = B − K · kotak putus-putus: unit layanan, sekolah, puskesmas</span>
      </div>
      <BaganViewer key={data.rootId} layout={layout} linkBase={data.base} />
    </>
  );
}
