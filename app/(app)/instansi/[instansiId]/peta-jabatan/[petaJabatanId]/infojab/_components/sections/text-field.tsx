"use client";

import { useId, type ReactNode } from "react";
import { useFormContext, type FieldPath } from "react-hook-form";
import { Field } from "@/components/forms/form-parts";
import type { InfojabIsiInput } from "@/lib/validation/infojab";
import { useFieldErrors } from "./use-field-errors";

/** One labelled text input or textarea of the infojab form with its schema messages. */
export function TextField({
  name,
  label,
  disabled,
  rows,
  hint,
}: {
  name: FieldPath<InfojabIsiInput>;
  label: string;
  disabled: boolean;
  /** A textarea of this many rows; a one-line input without it. */
  rows?: number;
  hint?: ReactNode;
}) {
  const id = useId();
  const { register } = useFormContext<InfojabIsiInput>();
  const errors = useFieldErrors(name);
  // readOnly rather than disabled: a locked document stays focusable and selectable, and keeps its value.
  return (
    <Field id={id} label={label} errors={errors} hint={hint}>
      {(p) => (rows ? <textarea {...p} {...register(name)} rows={rows} readOnly={disabled} /> : <input {...p} {...register(name)} type="text" readOnly={disabled} />)}
    </Field>
  );
}
