"use client";

import { useId } from "react";
import { JENIS_JABATAN_LABEL, JENJANG_LABEL } from "@/lib/format";
import { TextField } from "./text-field";

/** The placed jabatan's identity: it comes from the catalogue and the peta jabatan, not from the infojab. */
export interface IdentitasJabatan {
  nama: string;
  kode: string;
  /** STRUKTURAL | FUNGSIONAL | PELAKSANA (a label is shown). */
  jenis: string;
  jenjang: string | null;
  kelas: number | null;
  /** Unit names from the top of the instansi down to the jabatan's own unit. */
  unitPath: string[];
  instansi: string;
}

const JENIS_LABEL: Record<string, string> = { ...JENIS_JABATAN_LABEL, FUNGSIONAL: "Fungsional" };

/** Tab Data Jabatan: identity read-only, then Ikhtisar Jabatan. */
export function DataJabatanSection({ disabled, identitas }: { disabled: boolean; identitas: IdentitasJabatan }) {
  const id = useId();
  const { nama, kode, jenis, jenjang, kelas, unitPath, instansi } = identitas;
  return (
    <section className="infojab-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Data Jabatan</h2>
      <dl className="identitas">
        <dt>Nama Jabatan</dt>
        <dd>{nama}</dd>
        <dt>Kode Jabatan</dt>
        <dd>{kode || "-"}</dd>
        <dt>Jenis Jabatan</dt>
        <dd>{JENIS_LABEL[jenis] ?? jenis}</dd>
        <dt>Jenjang</dt>
        <dd>{jenjang ? (JENJANG_LABEL[jenjang] ?? jenjang) : "-"}</dd>
        <dt>Kelas (katalog)</dt>
        <dd>{kelas ?? "-"}</dd>
        <dt>Unit Kerja</dt>
        <dd>
          {unitPath.length ? (
            <ol className="unit-path">
              {unitPath.map((u, i) => (
                <li key={i}>{u}</li>
              ))}
            </ol>
          ) : (
            "-"
          )}
        </dd>
        <dt>Instansi</dt>
        <dd>{instansi}</dd>
      </dl>
      <TextField name="ikhtisar" label="Ikhtisar Jabatan" rows={5} disabled={disabled} hint="Ringkasan tugas jabatan dalam satu kalimat atau paragraf." />
    </section>
  );
}
