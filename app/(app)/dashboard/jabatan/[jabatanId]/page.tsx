import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/actor";
import { canReadNationalDashboard } from "@/lib/auth/permissions";
import { getProyeksiPensiun, getRekapJabatanNasional } from "@/lib/data/rekap";
import { RekapCards } from "@/components/charts/rekap-cards";
import { ProyeksiTable } from "@/components/charts/proyeksi-table";
import { PerInstansiTable } from "./per-instansi-table";

export const metadata: Metadata = { title: "Rekap Jabatan Nasional" };

const paramsSchema = z.object({ jabatanId: z.coerce.number().int().positive() });

export default async function JabatanNasionalPage({ params }: { params: Promise<{ jabatanId: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const actor = await requirePageActor();
  if (!canReadNationalDashboard(actor)) forbidden();
  const [rekap, proyeksi] = await Promise.all([
    getRekapJabatanNasional(actor, parsed.data.jabatanId),
    getProyeksiPensiun(actor, { jabatanId: parsed.data.jabatanId }),
  ]);
  if (!rekap || !proyeksi) notFound();
  return (
    <>
      <p>
        <Link href="/dashboard">← Dashboard Nasional</Link>
      </p>
      <h1>{rekap.jabatan.nama}</h1>
      <p className="muted">
        {rekap.jabatan.kode} · kelas {rekap.jabatan.kelas} · BUP {rekap.jabatan.bup} tahun · ditempatkan di {rekap.total.jumlahSel} unit pada{" "}
        {rekap.perInstansi.length} instansi
      </p>
      <RekapCards rekap={rekap.total} label={`Rekap nasional ${rekap.jabatan.nama}`} />
      <h2>Per instansi</h2>
      <PerInstansiTable rows={rekap.perInstansi} />
      <h2>Proyeksi pensiun</h2>
      <ProyeksiTable rows={proyeksi.tahun} />
    </>
  );
}
