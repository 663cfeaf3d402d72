import type { Metadata } from "next";
import { TabPlaceholder } from "@/components/layout/tab-placeholder";

export const metadata: Metadata = { title: "Info Jabatan" };

export default function InfoJabatanPage({ params }: { params: Promise<{ instansiId: string }> }) {
  return <TabPlaceholder params={params} judul="Info Jabatan" />;
}
