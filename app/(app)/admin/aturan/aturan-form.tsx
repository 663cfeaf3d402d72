"use client";

import { useState, useTransition } from "react";
import { createAturanAction } from "./actions";

interface Defaults {
  wkeMenit: number;
  pembulatan: string;
  faktorPeriode: Record<string, number>;
  bandEJ: { pj: string; min: number; minInklusif: boolean; label: string }[];
}

export function AturanForm({ defaults }: { defaults: Defaults }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string; fields?: Record<string, string[]> } | null>(null);

  function submit(form: FormData) {
    let bandEJ: unknown;
    try {
      bandEJ = JSON.parse(String(form.get("bandEJ")));
    } catch {
      setMessage({ ok: false, text: "Band EJ harus JSON yang valid." });
      return;
    }
    const input = {
      versi: String(form.get("versi") ?? ""),
      berlakuMulai: String(form.get("berlakuMulai") ?? ""),
      wkeMenit: Number(form.get("wkeMenit")),
      pembulatan: String(form.get("pembulatan")),
      faktorPeriode: Object.fromEntries(["TAHUN", "BULAN", "MINGGU", "HARI"].map((p) => [p, Number(form.get(`faktor-${p}`))])),
      bandEJ,
      sumber: String(form.get("sumber") ?? ""),
    };
    start(async () => {
      const r = await createAturanAction(input);
      setMessage(r.ok ? { ok: true, text: `Aturan ${r.data.versi} disimpan.` } : { ok: false, text: r.error, fields: r.fieldErrors });
    });
  }

  const fieldError = (name: string) =>
    message?.fields?.[name]?.map((m) => (
      <span key={m} className="error" style={{ fontWeight: 400 }}>
        {m}
      </span>
    ));

  return (
    <form action={submit} className="panel" style={{ display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: ".8rem" }}>
      <label>
        Versi
        <input name="versi" required placeholder="mis. PERMENPANRB-1-2020-REV" />
        {fieldError("versi")}
      </label>
      <label>
        Berlaku mulai
        <input name="berlakuMulai" type="date" required />
        {fieldError("berlakuMulai")}
      </label>
      <label>
        WKE (menit per tahun)
        <input name="wkeMenit" type="number" min={1} step={1} defaultValue={defaults.wkeMenit} required />
        {fieldError("wkeMenit")}
      </label>
      <label>
        Pembulatan
        <select name="pembulatan" defaultValue={defaults.pembulatan}>
          <option value="KE_ATAS">Ke atas</option>
          <option value="STANDAR">Standar (setengah ke atas)</option>
          <option value="KE_BAWAH">Ke bawah</option>
        </select>
      </label>
      {["TAHUN", "BULAN", "MINGGU", "HARI"].map((p) => (
        <label key={p}>
          Faktor {p.toLowerCase()} per tahun
          <input name={`faktor-${p}`} type="number" min={0} step="any" defaultValue={defaults.faktorPeriode[p]} required />
          {fieldError(`faktorPeriode.${p}`)}
        </label>
      ))}
      <label style={{ gridColumn: "1 / -1" }}>
        Band efisiensi jabatan (JSON, dari batas tertinggi)
        <textarea name="bandEJ" rows={4} defaultValue={JSON.stringify(defaults.bandEJ)} />
        {fieldError("bandEJ")}
      </label>
      <label style={{ gridColumn: "1 / -1" }}>
        Sumber hukum
        <input name="sumber" required placeholder="mis. Permenpan RB No. 1 Tahun 2020" />
        {fieldError("sumber")}
      </label>
      <div style={{ gridColumn: "1 / -1", display: "flex", gap: "1rem", alignItems: "center" }}>
        <button type="submit" disabled={pending}>
          {pending ? "Menyimpan…" : "Simpan versi aturan"}
        </button>
        {message && (
          <span role="status" className={message.ok ? "pos" : "error"}>
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
