"use client";

import { Field } from "@/components/forms/form-parts";

export interface InstansiOption {
  id: number;
  nama: string;
}

/** The operator's instansi (required for OPERATOR, hidden for the national roles). */
export function InstansiSelect({ id, instansi, value, onChange, errors }: { id: string; instansi: InstansiOption[]; value: number | null; onChange: (v: number | null) => void; errors?: string[] }) {
  return (
    <Field id={id} label="Instansi" errors={errors}>
      {(p) => (
        <select {...p} value={value ?? ""} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
          <option value="">— pilih instansi —</option>
          {instansi.map((i) => (
            <option key={i.id} value={i.id}>
              {i.nama}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
