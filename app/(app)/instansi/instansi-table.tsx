"use client";

import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { formatAngka, JENIS_INSTANSI_LABEL } from "@/lib/format";
import type { InstansiRow } from "@/lib/data/instansi";

const columns: ColumnDef<InstansiRow, unknown>[] = [
  { accessorKey: "kode", header: "Kode" },
  {
    accessorKey: "nama",
    header: "Nama Instansi",
    cell: ({ row }) => <Link href={`/instansi/${row.original.id}/unor`}>{row.original.nama}</Link>,
  },
  { accessorKey: "jenis", header: "Jenis", cell: ({ getValue }) => JENIS_INSTANSI_LABEL[String(getValue())] ?? String(getValue()) },
  { accessorKey: "wilayah", header: "Wilayah" },
  { accessorKey: "jumlahUnor", header: "Unor", meta: { numeric: true }, cell: ({ getValue }) => formatAngka(Number(getValue())) },
  { accessorKey: "jumlahPegawai", header: "Pegawai", meta: { numeric: true }, cell: ({ getValue }) => formatAngka(Number(getValue())) },
  { accessorKey: "usulanDiajukan", header: "Usulan Diajukan", meta: { numeric: true } },
];

export function InstansiTable({ rows }: { rows: InstansiRow[] }) {
  return <DataTable data={rows} columns={columns} caption="Daftar instansi" filterPlaceholder="Cari instansi…" />;
}
