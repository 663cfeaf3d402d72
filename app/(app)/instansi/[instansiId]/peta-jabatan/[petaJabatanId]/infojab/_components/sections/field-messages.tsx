"use client";

import { useFieldErrors } from "./use-field-errors";

/** Messages under a control that has no `Field` around it (table cells, list rows). */
export function FieldMessages({ id, name }: { id: string; name: string }) {
  const errors = useFieldErrors(name);
  if (!errors) return null;
  return (
    <span id={id} className="field-error">
      {errors.join(" ")}
    </span>
  );
}
