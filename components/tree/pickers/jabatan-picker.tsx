"use client";

import { useCallback } from "react";
import { JENJANG_LABEL } from "@/lib/format";
import { Combobox } from "@/components/forms/combobox";
import type { JabatanPilihan, UnorEditorActions } from "../unor-editor-actions";

/** Picks a jabatan from the catalogue (server search), optionally of one jenjang. */
export function JabatanPicker({
  actions,
  jenis,
  jenjang,
  label,
  value,
  onChange,
  errors,
  hint,
}: {
  actions: UnorEditorActions;
  jenis: "FUNGSIONAL" | "PELAKSANA" | "STRUKTURAL";
  jenjang?: string | null;
  label: string;
  value: JabatanPilihan | null;
  onChange: (j: JabatanPilihan | null) => void;
  errors?: string[];
  hint?: string;
}) {
  const load = useCallback(
    async (q: string) => {
      const r = await actions.searchJabatan(jenis, q, jenjang ?? null);
      if (!r.ok) throw new Error(r.error);
      return r.data;
    },
    [actions, jenis, jenjang],
  );
  return (
    <Combobox<JabatanPilihan>
      label={label}
      load={load}
      debounceMs={200}
      getKey={(j) => j.id}
      getLabel={(j) => j.nama}
      renderOption={(j) => (
        <>
          <span>{j.nama}</span>
          <span className="option-meta">
            {j.jenjang ? `${JENJANG_LABEL[j.jenjang] ?? j.jenjang} · ` : ""}kelas {j.kelas} · {j.kode}
          </span>
        </>
      )}
      value={value}
      onChange={onChange}
      placeholder="Ketik nama jabatan…"
      hint={hint}
      errors={errors}
    />
  );
}
