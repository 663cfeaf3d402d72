import type { Metadata } from "next";
import { TabPlaceholder } from "@/components/layout/tab-placeholder";

export const metadata: Metadata = { title: "Peta Jabatan" };

export default function PetaJabatanPage({ params }: { params: Promise<{ instansiId: string }> }) {
  return <TabPlaceholder params={params} judul="Peta Jabatan" />;
}
