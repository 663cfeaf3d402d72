"use client";

import { ObjectListTable } from "./object-list-table";

/** Tab Risiko Bahaya: physical or mental risks and their causes. */
export function RisikoBahayaSection({ disabled }: { disabled: boolean }) {
  return (
    <ObjectListTable
      name="risikoBahaya"
      title="Risiko Bahaya"
      addLabel="Tambah Risiko Bahaya"
      disabled={disabled}
      columns={[{ key: "risiko", label: "Fisik/Mental" }, { key: "penyebab", label: "Penyebab", multiline: true }]}
    />
  );
}
