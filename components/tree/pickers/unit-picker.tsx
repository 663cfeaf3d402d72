"use client";

import { useCallback } from "react";
import { Combobox } from "@/components/forms/combobox";
import { lower, unitPath, type EditorTree, type UnorNodeData } from "@/lib/domain/tree/editor-tree";

/** Picks an active unit of this instansi from the loaded tree (no server round trip). */
export function UnitPicker({
  tree,
  label,
  value,
  onChange,
  exclude,
  errors,
  hint,
}: {
  tree: EditorTree;
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  exclude?: Set<number>;
  errors?: string[];
  hint?: string;
}) {
  const load = useCallback(
    (q: string) => {
      const t = lower(q.trim());
      const out: UnorNodeData[] = [];
      for (const u of tree.units.values()) {
        if (!u.unit.aktif || exclude?.has(u.unit.id)) continue;
        if (!t || u.cari.includes(t)) out.push(u);
        if (out.length >= 30) break;
      }
      return out;
    },
    [tree, exclude],
  );
  const current = value === null ? null : (tree.units.get(value) ?? null);
  return (
    <Combobox<UnorNodeData>
      label={label}
      load={load}
      getKey={(u) => u.unit.id}
      getLabel={(u) => u.unit.nama}
      renderOption={(u) => (
        <>
          <span>{u.unit.nama}</span>
          {u.unit.parentId !== null && <span className="option-meta">{unitPath(tree, u.unit.parentId)}</span>}
        </>
      )}
      value={current}
      onChange={(u) => onChange(u ? u.unit.id : null)}
      placeholder="Ketik nama unor…"
      hint={hint ?? (current && current.unit.parentId !== null ? unitPath(tree, current.unit.id) : undefined)}
      errors={errors}
    />
  );
}
