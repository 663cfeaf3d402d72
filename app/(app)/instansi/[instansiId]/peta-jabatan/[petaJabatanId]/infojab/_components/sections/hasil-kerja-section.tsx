"use client";

import { ObjectListTable } from "./object-list-table";

/** Tab Hasil Kerja: what the jabatan produces, with its satuan. */
export function HasilKerjaSection({ disabled }: { disabled: boolean }) {
  return (
    <ObjectListTable
      name="hasilKerja"
      title="Hasil Kerja"
      addLabel="Tambah Hasil Kerja"
      disabled={disabled}
      columns={[{ key: "hasil", label: "Hasil Kerja" }, { key: "satuan", label: "Satuan" }]}
    />
  );
}
