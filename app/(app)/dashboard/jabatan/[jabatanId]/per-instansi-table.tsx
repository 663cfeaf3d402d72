"use client";

import Link from "next/link";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { formatAngka, JENIS_INSTANSI_LABEL } from "@/lib/format";
import type { RekapJabatanNasionalView } from "@/lib/data/rekap";

type Row = RekapJabatanNasionalView["perInstansi"][number];
const num = (key: keyof Row, header: string, cls?: string): ColumnDef<Row, unknown> => ({
  accessorKey: key,
  header,
  meta: { numeric: true },
  cell: ({ getValue }) => <span className={cls}>{formatAngka(Number(getValue()))}</span>,
});

const columns: ColumnDef<Row, unknown>[] = [
  { accessorKey: "nama", header: "Instansi", cell: ({ row }) => <Link href={`/instansi/${row.original.instansiId}/unor`}>{row.original.nama}</Link> },
  { accessorKey: "jenis", header: "Jenis", cell: ({ getValue }) => JENIS_INSTANSI_LABEL[String(getValue())] ?? String(getValue()) },
  num("jumlahSel", "Unit"),
  num("kebutuhan", "K"),
  num("existing", "B"),
  num("selisih", "B − K"),
  num("kelebihan", "Kelebihan", "pos"),
  num("kekurangan", "Kekurangan", "neg"),
];

export function PerInstansiTable({ rows }: { rows: Row[] }) {
  return <DataTable data={rows} columns={columns} caption="Kebutuhan dan existing per instansi (urut: kekurangan terbesar dahulu)" filterPlaceholder="Cari instansi…" />;
}
