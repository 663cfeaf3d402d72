"use client";

import { JENIS_JABATAN_LABEL, JENJANG_LABEL } from "@/lib/format";
import type { StatusFilter, TabelFilter } from "@/lib/domain/peta-jabatan/tabel";

const STATUS_LABEL: Record<StatusFilter, string> = { semua: "Semua", kurang: "Hanya kekurangan", lebih: "Hanya kelebihan" };

/** The table's filters; the options are those present in the instansi's map. */
export function PetaJabatanFilters({
  filter,
  onChange,
  jenisOptions,
  jenjangOptions,
  kelasOptions,
}: {
  filter: TabelFilter;
  onChange: (f: TabelFilter) => void;
  jenisOptions: string[];
  jenjangOptions: string[];
  kelasOptions: number[];
}) {
  const set = (patch: Partial<TabelFilter>) => onChange({ ...filter, ...patch });
  return (
    <>
      <label>
        Cari jabatan atau unit
        <input className="pj-cari" type="search" value={filter.cari} onChange={(e) => set({ cari: e.target.value })} placeholder="mis. Analis, Sekretariat" />
      </label>
      <label>
        Jenis jabatan
        <select value={filter.jenis ?? ""} onChange={(e) => set({ jenis: e.target.value || null })}>
          <option value="">Semua</option>
          {jenisOptions.map((j) => (
            <option key={j} value={j}>
              {JENIS_JABATAN_LABEL[j] ?? j}
            </option>
          ))}
        </select>
      </label>
      <label>
        Jenjang
        <select value={filter.jenjang ?? ""} onChange={(e) => set({ jenjang: e.target.value || null })}>
          <option value="">Semua</option>
          {jenjangOptions.map((j) => (
            <option key={j} value={j}>
              {JENJANG_LABEL[j] ?? j}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kelas
        <select value={filter.kelas ?? ""} onChange={(e) => set({ kelas: e.target.value ? Number(e.target.value) : null })}>
          <option value="">Semua</option>
          {kelasOptions.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label>
        Selisih
        <select value={filter.status} onChange={(e) => set({ status: e.target.value as StatusFilter })}>
          {(Object.keys(STATUS_LABEL) as StatusFilter[]).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
