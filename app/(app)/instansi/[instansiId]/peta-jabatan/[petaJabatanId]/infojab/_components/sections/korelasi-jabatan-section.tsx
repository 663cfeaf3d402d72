"use client";

import { ObjectListTable } from "./object-list-table";

/** Tab Korelasi Jabatan: the jabatan this one works with, where, and on what. */
export function KorelasiJabatanSection({ disabled }: { disabled: boolean }) {
  return (
    <ObjectListTable
      name="korelasiJabatan"
      title="Korelasi Jabatan"
      addLabel="Tambah Korelasi Jabatan"
      disabled={disabled}
      columns={[{ key: "jabatan", label: "Jabatan" }, { key: "unitKerja", label: "Unit Kerja/Instansi" }, { key: "dalamHal", label: "Dalam Hal", multiline: true }]}
    />
  );
}
