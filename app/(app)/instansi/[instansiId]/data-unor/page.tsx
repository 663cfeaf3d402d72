import type { Metadata } from "next";
import { TabPlaceholder } from "@/components/layout/tab-placeholder";

export const metadata: Metadata = { title: "Data Unor" };

export default function DataUnorPage({ params }: { params: Promise<{ instansiId: string }> }) {
  return <TabPlaceholder params={params} judul="Data Unor" />;
}
