import Link from "next/link";
import { formatAngka } from "@/lib/format";
import { jumlahKartu, KARTU_MASALAH } from "@/lib/domain/pegawai/masalah";
import type { RingkasanPegawaiView } from "@/lib/data/pegawai";
import { hrefPegawai, type PegawaiQuery } from "./query";
import css from "./pegawai.module.css";

/** One count card per flag (each opens its filtered list) and the summary lines of a peta jabatan report. */
export function KartuMasalah({ instansiId, ringkasan, query }: { instansiId: number; ringkasan: RingkasanPegawaiView; query: PegawaiQuery }) {
  const base: PegawaiQuery = { status: "aktif", hal: 1 };
  return (
    <>
      <h2 className="visually-hidden">Masalah data</h2>
      <ul className={css.cards} aria-label="Masalah data pegawai">
        {KARTU_MASALAH.map((k) => {
          const aktif = query.masalah === k.kode;
          return (
            <li key={k.kode}>
              <Link className={css.card} href={hrefPegawai(instansiId, base, { masalah: aktif ? undefined : k.kode })} aria-current={aktif ? "true" : undefined}>
                <span className={css.cardLabel}>{k.label}</span>
                <span className={css.cardValue} data-jumlah="">{formatAngka(jumlahKartu(ringkasan, k.kode))}</span>
                <span className={css.cardHint}>{aktif ? "Ditampilkan · klik untuk menutup" : k.kode === "unor-tanpa-kebutuhan" ? "unor" : "pegawai aktif"}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <dl className={css.lines} aria-label="Ringkasan PNS">
        <div>
          <dt>PNS sesuai peta jabatan</dt>
          <dd>
            <Link href={hrefPegawai(instansiId, base, { jenis: "PNS", masalah: "sesuai" })}>{formatAngka(ringkasan.pnsSesuai)}</Link>
          </dd>
        </div>
        <div>
          <dt>PNS tidak sesuai peta jabatan</dt>
          <dd>
            <Link href={hrefPegawai(instansiId, base, { jenis: "PNS", masalah: "tidak-sesuai" })}>{formatAngka(ringkasan.pnsTidakSesuai)}</Link>
          </dd>
        </div>
        <div>
          <dt>Jumlah PNS aktif</dt>
          <dd>
            <Link href={hrefPegawai(instansiId, base, { jenis: "PNS" })}>{formatAngka(ringkasan.jumlahPnsAktif)}</Link>
          </dd>
        </div>
        <div>
          <dt>PPPK aktif</dt>
          <dd>
            <Link href={hrefPegawai(instansiId, base, { jenis: "PPPK" })}>{formatAngka(ringkasan.jumlahPppkAktif)}</Link>
          </dd>
        </div>
      </dl>
      <p className="muted small">
        PNS sesuai peta jabatan: PNS aktif yang jabatannya ditempatkan di unornya, dan unor itu aktif. Setiap pegawai bermasalah dihitung sekali, pada
        masalah pertama yang harus diperbaiki (unor, lalu jabatan).
      </p>
    </>
  );
}
