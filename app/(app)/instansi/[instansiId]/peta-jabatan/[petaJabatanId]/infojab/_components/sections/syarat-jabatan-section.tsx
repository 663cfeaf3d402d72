"use client";

import { useId } from "react";
import { BAKAT_KERJA, FUNGSI_PEKERJAAN, MINAT_KERJA, TEMPERAMEN, UPAYA_FISIK } from "@/lib/domain/infojab/kode";
import { CodeCheckboxGroup } from "./code-checkbox-group";
import { KondisiFisikFields } from "./kondisi-fisik-fields";
import { StringListField } from "./string-list-field";
import { TextField } from "./text-field";

/**
 * Tab Syarat Jabatan, with the kualifikasi jabatan first (the print puts kualifikasi in part 5
 * and the syarat in part 15; operators fill them together).
 */
export function SyaratJabatanSection({ disabled }: { disabled: boolean }) {
  const id = useId();
  return (
    <section className="infojab-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Syarat Jabatan</h2>

      <div className="infojab-group">
        <h3>Kualifikasi Jabatan</h3>
        <TextField name="kualifikasi.pendidikanFormal" label="Pendidikan Formal" disabled={disabled} hint="Contoh: S-1 Ilmu Administrasi Negara." />
        <StringListField name="kualifikasi.pelatihan" title="Pelatihan" itemLabel="Pelatihan" addLabel="Tambah Pelatihan" disabled={disabled} headingLevel={3} />
        <StringListField name="kualifikasi.pengalaman" title="Pengalaman Kerja" itemLabel="Pengalaman Kerja" addLabel="Tambah Pengalaman Kerja" disabled={disabled} headingLevel={3} />
      </div>

      <StringListField name="syaratJabatan.pengetahuan" title="Pengetahuan Kerja" itemLabel="Pengetahuan Kerja" addLabel="Tambah Pengetahuan Kerja" disabled={disabled} headingLevel={3} />
      <StringListField name="syaratJabatan.keterampilan" title="Keterampilan Kerja" itemLabel="Keterampilan Kerja" addLabel="Tambah Keterampilan Kerja" disabled={disabled} headingLevel={3} />

      <div className="code-groups">
        <CodeCheckboxGroup name="syaratJabatan.bakatKerja" legend="Bakat Kerja" codes={BAKAT_KERJA} disabled={disabled} />
        <CodeCheckboxGroup name="syaratJabatan.temperamen" legend="Temperamen Kerja" codes={TEMPERAMEN} disabled={disabled} />
        <CodeCheckboxGroup name="syaratJabatan.minat" legend="Minat Kerja" codes={MINAT_KERJA} disabled={disabled} />
        <CodeCheckboxGroup name="syaratJabatan.upayaFisik" legend="Upaya Fisik" codes={UPAYA_FISIK} disabled={disabled} />
        <CodeCheckboxGroup name="syaratJabatan.fungsiPekerjaan" legend="Fungsi Pekerjaan" codes={FUNGSI_PEKERJAAN} disabled={disabled} />
      </div>

      <KondisiFisikFields disabled={disabled} />
    </section>
  );
}
