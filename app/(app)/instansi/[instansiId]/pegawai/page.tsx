import type { Metadata } from "next";
import { TabPlaceholder } from "@/components/layout/tab-placeholder";

export const metadata: Metadata = { title: "Data Pegawai ASN" };

export default function PegawaiPage({ params }: { params: Promise<{ instansiId: string }> }) {
  return <TabPlaceholder params={params} judul="Data Pegawai ASN" />;
}
