"use client";

import { useId } from "react";
import { useFormContext } from "react-hook-form";
import { Field } from "@/components/forms/form-parts";
import { JENIS_KELAMIN } from "@/lib/domain/infojab/kode";
import type { InfojabIsiInput } from "@/lib/validation/infojab";
import { TextField } from "./text-field";
import { useFieldErrors } from "./use-field-errors";

/** Syarat jabatan, Kondisi Fisik: jenis kelamin from the standard list, the rest free text ("Minimal 165 cm"). */
export function KondisiFisikFields({ disabled }: { disabled: boolean }) {
  const id = useId();
  const { register } = useFormContext<InfojabIsiInput>();
  const jkErrors = useFieldErrors("syaratJabatan.kondisiFisik.jenisKelamin");
  const base = "syaratJabatan.kondisiFisik" as const;
  return (
    <fieldset className="choice kondisi-fisik">
      <legend>Kondisi Fisik</legend>
      <Field id={`${id}-jk`} label="Jenis Kelamin" errors={jkErrors}>
        {(p) => (
          <select {...p} {...register(`${base}.jenisKelamin`)} disabled={disabled}>
            <option value="">— Tidak ditentukan —</option>
            {JENIS_KELAMIN.map((j) => (
              <option key={j} value={j}>
                {j}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField name={`${base}.umur`} label="Umur" disabled={disabled} />
      <TextField name={`${base}.tinggiBadan`} label="Tinggi Badan" disabled={disabled} />
      <TextField name={`${base}.beratBadan`} label="Berat Badan" disabled={disabled} />
      <TextField name={`${base}.posturBadan`} label="Postur Badan" disabled={disabled} />
      <TextField name={`${base}.penampilan`} label="Penampilan" disabled={disabled} />
      <TextField name={`${base}.keadaanFisik`} label="Keadaan Fisik" disabled={disabled} />
    </fieldset>
  );
}
