"use client";

import { StringListField } from "./string-list-field";

/** Tab Wewenang: one statement per row. */
export function WewenangSection({ disabled }: { disabled: boolean }) {
  return <StringListField name="wewenang" title="Wewenang" itemLabel="Wewenang" addLabel="Tambah Wewenang" disabled={disabled} multiline />;
}
