"use client";

import { useEffect, useId, useMemo, useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, FormAlert, callAction, useActionRunner } from "@/components/forms/form-parts";
import { formatAngka } from "@/lib/format";
import { importUnorPembinaAction, listReferensiPilihanAction } from "@/lib/actions/pembina";
import type { ReferensiPilihan } from "@/lib/data/pembina";
import { unorNodeId, type EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import type { Pembina } from "@/lib/domain/standar";
import type { DialogEnv } from "./dialog-env";

const JENIS_LABEL: Record<string, string> = {
  PUSKESMAS_NON_RAWAT_INAP: "Puskesmas non rawat inap",
  PUSKESMAS_RAWAT_INAP: "Puskesmas rawat inap",
};

/**
 * Menu "Import Unor Pembina": pick schools (Dinas Pendidikan) or faskes (Dinas Kesehatan) from the
 * pembina's reference and create them as units under this one. Entries already in the tree are shown
 * but cannot be picked (never twice). Figures (rombel, K by standard) come from the server.
 */
export function ImportUnorPembinaDialog({ env, unit, pembina }: { env: DialogEnv; unit: EditorUnitRow; pembina: Pembina }) {
  const id = useId();
  const { pending, failure, setFailure, run } = useActionRunner();
  const [q, setQ] = useState("");
  const [jenjang, setJenjang] = useState("");
  const [rows, setRows] = useState<ReferensiPilihan[] | null>(null);
  const [versi, setVersi] = useState<string | null>(null);
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const sekolah = pembina === "PENDIDIKAN";

  useEffect(() => {
    let stale = false;
    const t = setTimeout(async () => {
      const r = await callAction(() => listReferensiPilihanAction({ parentId: unit.id, q, jenjang: jenjang || null }));
      if (stale) return;
      if (r.ok) {
        setRows(r.data.rows);
        setVersi(r.data.standar?.versi ?? null);
      } else setFailure(r);
    }, 200);
    return () => {
      stale = true;
      clearTimeout(t);
    };
  }, [unit.id, q, jenjang, setFailure]);

  const pilihan = useMemo(() => (rows ?? []).filter((r) => !r.sudahAda), [rows]);
  const semua = pilihan.length > 0 && pilihan.every((r) => picked.has(r.id));

  function toggle(rid: number, on: boolean) {
    setPicked((p) => {
      const n = new Set(p);
      if (on) n.add(rid);
      else n.delete(rid);
      return n;
    });
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    run(
      () => importUnorPembinaAction(env.instansiId, { parentId: unit.id, jenis: sekolah ? "SEKOLAH" : "FASKES", referensiIds: [...picked] }),
      (d) => env.done(`${formatAngka(d.dibuat.length)} unor pembina ditambahkan di bawah ${unit.nama}.`, unorNodeId(unit.id)),
    );
  }

  return (
    <Dialog title="Import Unor Pembina" subtitle={<>Di bawah: {unit.nama}</>} onClose={env.close} width={860}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <div className="table-tools">
          <label htmlFor={`${id}-q`}>Cari</label>
          <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={sekolah ? "Nama, NPSN atau kecamatan" : "Nama, kode faskes atau kecamatan"} autoComplete="off" />
          {sekolah && (
            <>
              <label htmlFor={`${id}-jenjang`}>Jenjang</label>
              <select id={`${id}-jenjang`} value={jenjang} onChange={(e) => setJenjang(e.target.value)}>
                <option value="">Semua</option>
                {["SD", "SMP", "SMA", "SMK"].map((j) => (
                  <option key={j}>{j}</option>
                ))}
              </select>
            </>
          )}
          <label className="inline">
            <input
              type="checkbox"
              checked={semua}
              disabled={pilihan.length === 0}
              onChange={(e) => {
                const on = e.target.checked;
                for (const r of pilihan) toggle(r.id, on);
              }}
            />{" "}
            Pilih semua yang tampil
          </label>
        </div>
        <div style={{ maxHeight: "46vh", overflow: "auto" }}>
          <table className="data" aria-label="Data referensi unor pembina">
            <thead>
              <tr>
                <th scope="col">Pilih</th>
                <th scope="col">{sekolah ? "NPSN" : "Kode faskes"}</th>
                <th scope="col">Nama</th>
                <th scope="col">{sekolah ? "Jenjang" : "Jenis"}</th>
                <th scope="col">Kecamatan</th>
                {sekolah && <th scope="col" className="num">Rombel</th>}
                <th scope="col" className="num">K standar</th>
              </tr>
            </thead>
            <tbody>
              {rows === null && (
                <tr>
                  <td colSpan={7}>Memuat data referensi…</td>
                </tr>
              )}
              {rows?.length === 0 && (
                <tr>
                  <td colSpan={7}>Tidak ada data referensi yang cocok.</td>
                </tr>
              )}
              {rows?.map((r) => (
                <tr key={r.id}>
                  <td>
                    <input type="checkbox" aria-label={`Pilih ${r.nama}`} checked={picked.has(r.id)} disabled={r.sudahAda} onChange={(e) => toggle(r.id, e.target.checked)} />
                    {r.sudahAda && <span className="muted small"> sudah ada</span>}
                  </td>
                  <td>{r.kode}</td>
                  <td>{r.nama}</td>
                  <td>{JENIS_LABEL[r.jenis] ?? r.jenis.replace("RUMAH_SAKIT", "Rumah sakit")}</td>
                  <td>{r.kecamatan ?? "—"}</td>
                  {sekolah && <td className="num">{r.rombel ?? "—"}</td>}
                  <td className="num">{r.kebutuhanStandar ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted small" role="status">
          {formatAngka(picked.size)} dipilih. Unor dibuat dengan kode referensinya; K standar{versi ? ` (standar ${versi})` : ""} ditempatkan lewat{" "}
          {sekolah ? "Import Jabatan Guru" : "Import Jabatan Nakes"}.
        </p>
        <FormAlert failure={failure} fields={[]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel={`Impor ${formatAngka(picked.size)} unor`} onCancel={env.close} />
      </form>
    </Dialog>
  );
}
