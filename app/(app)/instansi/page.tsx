import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { canListAllInstansi } from "@/lib/auth/permissions";
import { listInstansi } from "@/lib/data/instansi";
import { InstansiTable } from "./instansi-table";

export const metadata: Metadata = { title: "Daftar Instansi" };

export default async function InstansiPage() {
  const actor = await requirePageActor();
  if (!canListAllInstansi(actor)) forbidden();
  const rows = await listInstansi(actor);
  return (
    <>
      <h1>Daftar Instansi</h1>
      <p className="muted">Instansi pusat dan daerah yang menyusun peta jabatan dan usulan kebutuhan ASN.</p>
      <InstansiTable rows={rows} />
    </>
  );
}
