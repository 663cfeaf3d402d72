"use client";

import { get, useFormState, type FieldPath } from "react-hook-form";
import type { InfojabIsiInput } from "@/lib/validation/infojab";

/**
 * The schema's messages for one path of the infojab form, in the shape `Field` takes. A list also
 * carries its own message (e.g. too many rows) on the array itself or on `.root`.
 */
export function useFieldErrors(name: string): string[] | undefined {
  const { errors } = useFormState<InfojabIsiInput>({ name: name as FieldPath<InfojabIsiInput> });
  return messagesAt(errors, name);
}

export function messagesAt(errors: unknown, name: string): string[] | undefined {
  const own = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const list = [own?.message, own?.root?.message].filter((m): m is string => typeof m === "string" && m.length > 0);
  return list.length ? list : undefined;
}
