"use client";

import { useFormContext } from "react-hook-form";
import { ASPEK_LINGKUNGAN } from "@/lib/domain/infojab/kode";
import type { InfojabIsiInput } from "@/lib/validation/infojab";
import { ObjectListTable } from "./object-list-table";

const norm = (s: string) => s.trim().toLocaleLowerCase("id-ID");

/** Tab Kondisi Lingkungan Kerja: aspek and faktor; the usual aspects can be added in one go. */
export function KondisiLingkunganSection({ disabled }: { disabled: boolean }) {
  const { getValues } = useFormContext<InfojabIsiInput>();
  return (
    <ObjectListTable
      name="kondisiLingkungan"
      title="Kondisi Lingkungan Kerja"
      addLabel="Tambah Kondisi Lingkungan Kerja"
      disabled={disabled}
      columns={[
        { key: "aspek", label: "Aspek" },
        { key: "faktor", label: "Faktor" },
      ]}
      extraButtons={(append) => (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            // Only the standard aspects not written yet (case and spaces aside), in the standard order.
            const present = new Set((getValues("kondisiLingkungan") ?? []).map((r) => norm(r.aspek ?? "")));
            const missing = ASPEK_LINGKUNGAN.filter((a) => !present.has(norm(a)));
            if (missing.length) append(missing.map((aspek) => ({ aspek, faktor: "" })));
          }}
        >
          Isi aspek baku
        </button>
      )}
    />
  );
}
