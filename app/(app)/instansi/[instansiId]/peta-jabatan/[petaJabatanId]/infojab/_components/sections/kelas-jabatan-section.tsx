"use client";

import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "@/components/forms/form-parts";
import type { InfojabIsiInput } from "@/lib/validation/infojab";
import { useFieldErrors } from "./use-field-errors";

/** An empty input is "no kelas" (null); valueAsNumber would give NaN and a misleading "harus berupa angka". */
const toKelas = (v: unknown) => (v === "" || v === null || v === undefined ? null : typeof v === "number" ? v : Number(v));

/** Tab Kelas Jabatan: the catalogue's kelas for reference, and the kelas this infojab states. */
export function KelasJabatanSection({ disabled, kelasKatalog }: { disabled: boolean; kelasKatalog: number | null }) {
  const id = useId();
  const { control, register } = useFormContext<InfojabIsiInput>();
  const kelas = useWatch({ control, name: "kelasJabatan" });
  const errors = useFieldErrors("kelasJabatan");
  const differs = typeof kelas === "number" && Number.isFinite(kelas) && kelasKatalog !== null && kelas !== kelasKatalog;
  return (
    <section className="infojab-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Kelas Jabatan</h2>
      <dl className="identitas">
        <dt>Kelas menurut katalog jabatan</dt>
        <dd>{kelasKatalog ?? "-"}</dd>
      </dl>
      <Field
        id={`${id}-kelas`}
        label="Kelas Jabatan"
        errors={errors}
        hint={differs ? `Berbeda dari kelas katalog (${kelasKatalog}). Pastikan ada dasar evaluasi jabatan untuk perbedaan ini.` : "Angka 1 sampai 17; kosongkan bila belum ditetapkan."}
      >
        {(p) => (
          <input
            {...p}
            {...register("kelasJabatan", { setValueAs: toKelas })}
            className={differs ? "input-kelas differs" : "input-kelas"}
            type="number"
            inputMode="numeric"
            min={1}
            max={17}
            step={1}
            readOnly={disabled}
          />
        )}
      </Field>
    </section>
  );
}
