"use client";

import { useFormContext, useFormState, useWatch } from "react-hook-form";
import type { Kode } from "@/lib/domain/infojab/kode";
import type { InfojabIsiInput } from "@/lib/validation/infojab";
import { messagesAt } from "./use-field-errors";

export type KodeListName =
  | "syaratJabatan.bakatKerja"
  | "syaratJabatan.temperamen"
  | "syaratJabatan.minat"
  | "syaratJabatan.upayaFisik"
  | "syaratJabatan.fungsiPekerjaan";

/**
 * Checkboxes over a standard code list. Held as an array of codes kept in the list's order
 * (not in click order), so the saved document and its print read the same way every time.
 */
export function CodeCheckboxGroup({ name, legend, codes, disabled }: { name: KodeListName; legend: string; codes: readonly Kode[]; disabled: boolean }) {
  const { control, setValue } = useFormContext<InfojabIsiInput>();
  const { errors, isSubmitted } = useFormState({ control, name });
  const chosen = new Set((useWatch({ control, name }) ?? []) as string[]);
  const messages = messagesAt(errors, name);

  function toggle(kode: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(kode);
    else next.delete(kode);
    setValue(name, codes.map((k) => k.kode).filter((k) => next.has(k)), { shouldDirty: true, shouldTouch: true, shouldValidate: isSubmitted });
  }

  return (
    <fieldset className="choice code-group">
      <legend>{legend}</legend>
      {codes.map((k) => (
        <label key={k.kode} className="inline">
          <input type="checkbox" checked={chosen.has(k.kode)} disabled={disabled} onChange={(e) => toggle(k.kode, e.target.checked)} />
          <span>
            <span className="kode">{k.kode}</span> {k.label}
          </span>
        </label>
      ))}
      {messages && <p className="field-error">{messages.join(" ")}</p>}
    </fieldset>
  );
}
