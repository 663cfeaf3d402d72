"use client";

import { useId, useMemo, useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { DialogButtons, Field, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { childUnits, subtreeIds, unorNodeId, type EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import { UnitPicker } from "../pickers/unit-picker";
import type { DialogEnv } from "./dialog-env";

/** Menu "Ubah Urutan" (and move to another parent): the keyboard alternative to drag and drop. */
export function MoveDialog({ env, unit }: { env: DialogEnv; unit: EditorUnitRow }) {
  const id = useId();
  const { pending, failure, run, fieldErrors } = useActionRunner();
  const [parentId, setParentId] = useState<number | null>(unit.parentId);
  const exclude = useMemo(() => subtreeIds(env.tree, unit.id), [env.tree, unit.id]);
  const siblings = useMemo(() => (parentId === null ? [] : childUnits(env.tree, parentId).filter((s) => s.unit.id !== unit.id)), [env.tree, parentId, unit.id]);
  const currentIndex = useMemo(() => {
    if (parentId !== unit.parentId) return siblings.length;
    const all = childUnits(env.tree, parentId ?? 0);
    const i = all.findIndex((s) => s.unit.id === unit.id);
    return i < 0 ? siblings.length : i;
  }, [env.tree, parentId, unit.id, unit.parentId, siblings.length]);
  const [index, setIndex] = useState<number | null>(null);
  const chosen = index ?? currentIndex;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = { unorId: unit.id, version: unit.version, parentId: parentId ?? 0, index: chosen, includeInactive: siblings.some((s) => !s.unit.aktif) };
    run(
      () => env.actions.moveUnor(env.instansiId, input),
      (d) => env.done(d.parentId === unit.parentId ? `Urutan ${unit.nama} diubah.` : `${unit.nama} dipindahkan.`, unorNodeId(d.id)),
    );
  }

  return (
    <Dialog title="Ubah Urutan" subtitle={<>Unor: {unit.nama}</>} onClose={env.close} width={600}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <Field id={`${id}-pos`} label="Posisi di antara unor setingkat" errors={fieldErrors.index}>
          {(p) => (
            <select {...p} value={chosen} onChange={(e) => setIndex(Number(e.target.value))}>
              <option value={0}>Paling atas</option>
              {siblings.map((s, i) => (
                <option key={s.unit.id} value={i + 1}>
                  Setelah {s.unit.nama}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="move-buttons">
          <button type="button" className="secondary" disabled={chosen <= 0} onClick={() => setIndex(Math.max(0, chosen - 1))}>
            ↑ Naikkan
          </button>
          <button type="button" className="secondary" disabled={chosen >= siblings.length} onClick={() => setIndex(Math.min(siblings.length, chosen + 1))}>
            ↓ Turunkan
          </button>
        </div>
        <UnitPicker
          tree={env.tree}
          label="Unor atasan"
          value={parentId}
          onChange={(v) => {
            setParentId(v);
            setIndex(null);
          }}
          exclude={exclude}
          errors={fieldErrors.parentId}
          hint="Ganti untuk memindahkan unor (beserta unor di bawahnya) ke atasan lain."
        />
        <FormAlert failure={failure} fields={["index", "parentId"]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Simpan Urutan" onCancel={env.close} />
      </form>
    </Dialog>
  );
}
