"use client";

import { ObjectListTable } from "./object-list-table";

/** Tab Bahan Kerja: what the work is done on, and how it is used. */
export function BahanKerjaSection({ disabled }: { disabled: boolean }) {
  return (
    <ObjectListTable
      name="bahanKerja"
      title="Bahan Kerja"
      addLabel="Tambah Bahan Kerja"
      disabled={disabled}
      columns={[{ key: "bahan", label: "Bahan Kerja" }, { key: "penggunaan", label: "Penggunaan dalam Tugas", multiline: true }]}
    />
  );
}
