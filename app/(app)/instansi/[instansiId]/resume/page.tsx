import type { Metadata } from "next";
import { TabPlaceholder } from "@/components/layout/tab-placeholder";

export const metadata: Metadata = { title: "Resume" };

export default function ResumePage({ params }: { params: Promise<{ instansiId: string }> }) {
  return <TabPlaceholder params={params} judul="Resume" />;
}
