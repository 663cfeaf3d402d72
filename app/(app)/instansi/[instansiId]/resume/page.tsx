import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireInstansiPage } from "@/lib/auth/actor";
import { getResume } from "@/lib/data/resume";
import { RekapCards } from "@/components/charts/rekap-cards";
import { formatAngka } from "@/lib/format";
import { PrintButton } from "@/components/ui/print-button";
import { RekapKelompokSection } from "./_components/rekap-kelompok-section";
import { PeringkatSection } from "./_components/peringkat-section";
import { PensiunSection } from "./_components/pensiun-section";
import { JENIS_JABATAN_LABEL_PANJANG } from "./_components/labels";
import styles from "./_components/resume.module.css";

export const metadata: Metadata = { title: "Resume" };


export default async function ResumePage({ params }: { params: Promise<{ instansiId: string }> }) {
  const { instansiId, actor } = await requireInstansiPage(params);
  const r = await getResume(actor, instansiId);
  if (!r) notFound();
  const dicetak = new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeZone: "Asia/Jakarta" }).format(new Date());

  return (
    <div className={styles.resume}>
      <div className="page-head">
        <div>
          <h1>Resume Peta Jabatan</h1>
          <p className="muted">
            {r.instansi.nama} · per {dicetak} · unor nonaktif tidak dihitung
          </p>
        </div>
        <PrintButton />
      </div>

      <section aria-labelledby="resume-ringkasan">
        <h2 id="resume-ringkasan">Ringkasan</h2>
        <RekapCards rekap={r.total} label="Ringkasan kebutuhan dan existing" />
        <div className={`cards ${styles.unorCards}`} aria-label="Ringkasan unor">
          <div className="card">
            <div className="label">Jabatan ditempatkan (sel)</div>
            <div className="value" data-testid="resume-sel">{formatAngka(r.total.jumlahSel)}</div>
          </div>
          <div className="card">
            <div className="label">Unor aktif</div>
            <div className="value" data-testid="resume-unor-aktif">{formatAngka(r.unor.aktif)}</div>
          </div>
          <div className="card">
            <div className="label">Unor dengan kelebihan (ada B &gt; K)</div>
            <div className="value pos" data-testid="resume-unor-lebih">{formatAngka(r.unor.denganKelebihan)}</div>
          </div>
          <div className="card">
            <div className="label">Unor dengan kekurangan (ada K &gt; B)</div>
            <div className="value neg" data-testid="resume-unor-kurang">{formatAngka(r.unor.denganKekurangan)}</div>
          </div>
        </div>
      </section>

      <RekapKelompokSection
        id="resume-jenis"
        judul="Per jenis jabatan"
        kolom="Jenis jabatan"
        rows={r.perJenis.map((g) => ({ ...g, label: JENIS_JABATAN_LABEL_PANJANG[g.kunci] ?? g.kunci }))}
      />
      <RekapKelompokSection
        id="resume-kelas"
        judul="Per kelas jabatan"
        kolom="Kelas jabatan"
        rows={r.perKelas.map((g) => ({ ...g, label: `Kelas ${g.kunci}` }))}
      />
      <PeringkatSection id="resume-kurang" ukuran="kekurangan" rows={r.kekuranganTerbesar} />
      <PeringkatSection id="resume-lebih" ukuran="kelebihan" rows={r.kelebihanTerbesar} />
      <PensiunSection rows={r.pensiun} />
    </div>
  );
}
