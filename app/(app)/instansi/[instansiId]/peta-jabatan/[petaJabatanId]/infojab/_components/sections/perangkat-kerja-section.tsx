"use client";

import { ObjectListTable } from "./object-list-table";

/** Tab Perangkat Kerja: the tools the work needs, and what for. */
export function PerangkatKerjaSection({ disabled }: { disabled: boolean }) {
  return (
    <ObjectListTable
      name="perangkatKerja"
      title="Perangkat Kerja"
      addLabel="Tambah Perangkat Kerja"
      disabled={disabled}
      columns={[{ key: "perangkat", label: "Perangkat Kerja" }, { key: "penggunaan", label: "Penggunaan untuk Tugas", multiline: true }]}
    />
  );
}
