import Link from "next/link";
import { formatAngka } from "@/lib/format";
import type { BaganBox, BaganLayout } from "@/lib/domain/bagan/layout";
import styles from "./bagan.module.css";

/** B − K with its sign and word, so excess and shortage read without colour. */
export function SelisihText({ s }: { s: number }) {
  if (s === 0) return <span>0</span>;
  return (
    <span className={s < 0 ? styles.neg : styles.pos}>
      {s > 0 ? "+" : "−"}
      {formatAngka(Math.abs(s))} {s > 0 ? "lebih" : "kurang"}
    </span>
  );
}

function Box({ box, linkBase }: { box: BaganBox; linkBase?: string }) {
  const label = box.hasSubunits ? `Bagan ${box.nama}` : box.nama;
  return (
    <div
      className={styles.box}
      style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
      data-unor-id={box.id}
      data-jenis={box.jenis}
      role="group"
      aria-label={box.nama}
    >
      <div className={styles.head} title={box.nama}>
        {linkBase ? (
          <Link href={`${linkBase}?unor=${box.id}`} aria-label={label}>
            {box.nama}
          </Link>
        ) : (
          <span>{box.nama}</span>
        )}
      </div>
      <table className={styles.rows}>
        <thead>
          <tr>
            <th scope="col">Jabatan</th>
            <th scope="col" className={styles.num}>
              <abbr title="Kelas jabatan">Kls</abbr>
            </th>
            <th scope="col" className={styles.num}>
              B
            </th>
            <th scope="col" className={styles.num}>
              K
            </th>
            <th scope="col" className={styles.sel}>
              +/−
            </th>
          </tr>
        </thead>
        <tbody>
          {box.rows.map((r, i) => (
            <tr key={i} className={r.kepala ? styles.kepala : undefined}>
              <td title={r.nama}>{r.nama}</td>
              <td className={styles.num}>{r.kelas}</td>
              <td className={styles.num}>{formatAngka(r.existing)}</td>
              <td className={styles.num}>{formatAngka(r.kebutuhan)}</td>
              <td className={styles.sel}>
                <SelisihText s={r.selisih} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.foot} data-testid="bagan-total">
        {box.hasSubunits ? (
          <>
            Seluruh cabang: B {formatAngka(box.subtree.existing)} · K {formatAngka(box.subtree.kebutuhan)} · <SelisihText s={box.subtree.selisih} />
          </>
        ) : (
          <>
            Jumlah: B {formatAngka(box.total.existing)} · K {formatAngka(box.total.kebutuhan)} · <SelisihText s={box.total.selisih} />
          </>
        )}
      </div>
    </div>
  );
}

/**
 * The drawn bagan at 1:1: connector lines (SVG) under the boxes (HTML), both from the layout. With
 * `linkBase` each unit's name opens the bagan of its subtree.
 */
export function BaganCanvas({ layout, linkBase }: { layout: BaganLayout; linkBase?: string }) {
  return (
    <div className={styles.canvas} style={{ width: layout.width, height: layout.height }}>
      <svg className={styles.edges} width={layout.width} height={layout.height} aria-hidden focusable="false">
        {layout.edges.map((e) => (
          <path key={`${e.from}-${e.to}`} d={`M${e.points.map((p) => p.join(" ")).join(" L")}`} />
        ))}
      </svg>
      {layout.boxes.map((b) => (
        <Box key={b.id} box={b} linkBase={linkBase} />
      ))}
    </div>
  );
}
