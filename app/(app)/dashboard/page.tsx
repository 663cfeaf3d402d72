import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { canReadNationalDashboard } from "@/lib/auth/permissions";
import { getRekapNasional } from "@/lib/data/rekap-nasional";
import { formatAngka, JENIS_INSTANSI_LABEL } from "@/lib/format";

export const metadata: Metadata = { title: "Dashboard Nasional" };

export default async function DashboardPage() {
  const actor = await requirePageActor();
  if (!canReadNationalDashboard(actor)) forbidden();
  const rekap = await getRekapNasional();
  const selisih = rekap.existing - rekap.kebutuhan;
  const max = Math.max(1, ...rekap.perJenisInstansi.flatMap((r) => [r.kebutuhan, r.existing]));
  return (
    <>
      <h1>Dashboard Nasional</h1>
      <p className="muted">Kebutuhan dan existing ASN seluruh instansi, dihitung dari peta jabatan dan data pegawai.</p>
      <div className="cards" aria-label="Ringkasan nasional">
        <div className="card">
          <div className="label">Kebutuhan nasional</div>
          <div className="value" data-testid="kebutuhan-nasional">{formatAngka(rekap.kebutuhan)}</div>
        </div>
        <div className="card">
          <div className="label">Existing nasional</div>
          <div className="value" data-testid="existing-nasional">{formatAngka(rekap.existing)}</div>
        </div>
        <div className="card">
          <div className="label">Selisih bersih (B − K)</div>
          <div className={`value ${selisih < 0 ? "neg" : "pos"}`}>{formatAngka(selisih)}</div>
        </div>
        <div className="card">
          <div className="label">Instansi · Unor · Jabatan terpeta</div>
          <div className="value" style={{ fontSize: "1.1rem" }}>
            {formatAngka(rekap.jumlahInstansi)} · {formatAngka(rekap.jumlahUnor)} · {formatAngka(rekap.jumlahJabatanTerpeta)}
          </div>
        </div>
      </div>
      <h2>Per jenis instansi</h2>
      <table className="data">
        <thead>
          <tr>
            <th>Jenis</th>
            <th className="num">Instansi</th>
            <th className="num">Kebutuhan</th>
            <th className="num">Existing</th>
            <th className="num">Selisih</th>
            <th style={{ width: "30%" }}>Kebutuhan (biru) dan existing (abu-abu)</th>
          </tr>
        </thead>
        <tbody>
          {rekap.perJenisInstansi.map((r) => (
            <tr key={r.jenis}>
              <td>{JENIS_INSTANSI_LABEL[r.jenis] ?? r.jenis}</td>
              <td className="num">{formatAngka(r.jumlahInstansi)}</td>
              <td className="num">{formatAngka(r.kebutuhan)}</td>
              <td className="num">{formatAngka(r.existing)}</td>
              <td className={`num ${r.existing - r.kebutuhan < 0 ? "neg" : "pos"}`}>{formatAngka(r.existing - r.kebutuhan)}</td>
              <td>
                <div className="bar" title={`Kebutuhan ${formatAngka(r.kebutuhan)}`}>
                  <span style={{ width: `${(100 * r.kebutuhan) / max}%` }} />
                </div>
                <div className="bar" title={`Existing ${formatAngka(r.existing)}`} style={{ marginTop: 2 }}>
                  <span style={{ width: `${(100 * r.existing) / max}%`, background: "#8a96a8" }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
