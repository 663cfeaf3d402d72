import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { getProyeksiPensiun, getRekapJenisJenjang, getRekapNasional } from "@/lib/data/rekap";
import { listJabatanKatalog } from "@/lib/data/jabatan";
import { RekapCards } from "@/components/charts/rekap-cards";
import { KebutuhanBars } from "@/components/charts/kebutuhan-bars";
import { ProyeksiTable } from "@/components/charts/proyeksi-table";
import { formatAngka, JENIS_INSTANSI_LABEL, JENJANG_LABEL } from "@/lib/format";
import { JabatanPicker } from "./jabatan-picker";

export const metadata: Metadata = { title: "Dashboard Nasional" };

export default async function DashboardPage() {
  const actor = await requirePageActor();
  const [rekap, proyeksi, katalog, jenisJenjang] = await Promise.all([
    getRekapNasional(actor),
    getProyeksiPensiun(actor, {}),
    listJabatanKatalog(),
    getRekapJenisJenjang(actor),
  ]);
  if (!rekap || !proyeksi || !jenisJenjang) forbidden();
  return (
    <>
      <h1>Dashboard Nasional</h1>
      <p className="muted">
        Kebutuhan dan existing ASN di {formatAngka(rekap.jumlahInstansi)} instansi, dari peta jabatan dan data pegawai (angka nasional diperbarui paling lambat 30 detik setelah perubahan). Kelebihan dan kekurangan dijumlahkan per sel (jabatan di satu unit), sehingga kelebihan bersih nasional tidak menyembunyikan
        kekurangan di dalamnya.
      </p>
      <RekapCards rekap={rekap.total} label="Ringkasan nasional" />
      <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: "1rem", marginTop: "1rem" }}>
        <section className="panel">
          <h2 style={{ marginTop: 0 }}>Per jenis instansi</h2>
          <KebutuhanBars
            caption="Kebutuhan dan existing per jenis instansi"
            rows={rekap.perJenisInstansi.map((r) => ({ label: JENIS_INSTANSI_LABEL[r.jenis] ?? r.jenis, kebutuhan: r.kebutuhan, existing: r.existing }))}
          />
          <table className="data" style={{ marginTop: ".75rem" }}>
            <thead>
              <tr>
                <th>Jenis</th>
                <th className="num">Instansi</th>
                <th className="num">K</th>
                <th className="num">B</th>
                <th className="num">Kelebihan</th>
                <th className="num">Kekurangan</th>
              </tr>
            </thead>
            <tbody>
              {rekap.perJenisInstansi.map((r) => (
                <tr key={r.jenis}>
                  <td>{JENIS_INSTANSI_LABEL[r.jenis] ?? r.jenis}</td>
                  <td className="num">{formatAngka(r.jumlahInstansi)}</td>
                  <td className="num">{formatAngka(r.kebutuhan)}</td>
                  <td className="num">{formatAngka(r.existing)}</td>
                  <td className="num pos">{formatAngka(r.kelebihan)}</td>
                  <td className="num neg">{formatAngka(r.kekurangan)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="panel">
          <h2 style={{ marginTop: 0 }}>Proyeksi pensiun lima tahun</h2>
          <ProyeksiTable rows={proyeksi.tahun} />
        </section>
      </div>
      <section className="panel" style={{ marginTop: "1rem" }}>
        <h2 style={{ marginTop: 0 }}>Per jenis dan jenjang jabatan</h2>
        <table className="data" aria-label="Rekap per jenis dan jenjang jabatan">
          <thead>
            <tr>
              <th>Jenis</th>
              <th>Jenjang</th>
              <th className="num">Sel</th>
              <th className="num">K</th>
              <th className="num">B</th>
              <th className="num">B − K</th>
              <th className="num">Kelebihan</th>
              <th className="num">Kekurangan</th>
            </tr>
          </thead>
          <tbody>
            {jenisJenjang.map((r) => (
              <tr key={`${r.jenis}-${r.jenjang}`}>
                <td>{r.jenis}</td>
                <td>{r.jenjang ? (JENJANG_LABEL[r.jenjang] ?? r.jenjang) : "—"}</td>
                <td className="num">{formatAngka(r.jumlahSel)}</td>
                <td className="num">{formatAngka(r.kebutuhan)}</td>
                <td className="num">{formatAngka(r.existing)}</td>
                <td className={`num ${r.selisih < 0 ? "neg" : "pos"}`}>{formatAngka(r.selisih)}</td>
                <td className="num pos">{formatAngka(r.kelebihan)}</td>
                <td className="num neg">{formatAngka(r.kekurangan)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="panel" style={{ marginTop: "1rem" }}>
        <h2 style={{ marginTop: 0 }}>Rekap per jabatan</h2>
        <p className="muted">Pilih jabatan untuk melihat kebutuhan dan existing nasional, dan instansi mana yang kelebihan atau kekurangan.</p>
        <JabatanPicker jabatan={katalog} />
      </section>
    </>
  );
}
