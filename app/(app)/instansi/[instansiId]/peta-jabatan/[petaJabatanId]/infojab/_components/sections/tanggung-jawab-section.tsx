"use client";

import { StringListField } from "./string-list-field";

/** Tab Tanggung Jawab: one statement per row. */
export function TanggungJawabSection({ disabled }: { disabled: boolean }) {
  return <StringListField name="tanggungJawab" title="Tanggung Jawab" itemLabel="Tanggung Jawab" addLabel="Tambah Tanggung Jawab" disabled={disabled} multiline />;
}
