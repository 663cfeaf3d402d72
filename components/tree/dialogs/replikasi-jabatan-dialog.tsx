"use client";

import { useCallback, useMemo, useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Combobox } from "@/components/forms/combobox";
import { DialogButtons, FormAlert, useActionRunner } from "@/components/forms/form-parts";
import { UnitPicker } from "../pickers/unit-picker";
import { ReplikasiHasilDialog } from "./replikasi-hasil-dialog";
import type { InstansiPilihan, ReplikasiHasil, UnorSumberPilihan } from "../unor-editor-actions";
import type { EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import type { DialogEnv } from "./dialog-env";

/** Menu "Replikasi Jabatan Fungsional / Pelaksana": copy the JF/pelaksana of another unit into this one. */
export function ReplicateDialog({ env, unit }: { env: DialogEnv; unit: EditorUnitRow }) {
  const { pending, failure, run, fieldErrors } = useActionRunner();
  const [asal, setAsal] = useState<"sendiri" | "lain">("sendiri");
  const [sourceId, setSourceId] = useState<number | null>(null);
  const [instansi, setInstansi] = useState<InstansiPilihan | null>(null);
  const [sumberLain, setSumberLain] = useState<UnorSumberPilihan | null>(null);
  const [jf, setJf] = useState(true);
  const [pl, setPl] = useState(true);
  const [hasil, setHasil] = useState<ReplikasiHasil | null>(null);
  const exclude = useMemo(() => new Set([unit.id]), [unit.id]);
  const { actions } = env;

  const loadInstansi = useCallback(
    async (q: string) => {
      const r = await actions.searchInstansi(q);
      if (!r.ok) throw new Error(r.error);
      return r.data;
    },
    [actions],
  );
  const instansiId = instansi?.id;
  const loadSumber = useCallback(
    async (q: string) => {
      if (!instansiId) return [];
      const r = await actions.searchUnorSumber(instansiId, q);
      if (!r.ok) throw new Error(r.error);
      return r.data;
    },
    [actions, instansiId],
  );

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const source = asal === "sendiri" ? sourceId : (sumberLain?.id ?? null);
    const jenis = [...(jf ? ["FUNGSIONAL"] : []), ...(pl ? ["PELAKSANA"] : [])];
    if (!source) {
      run(async () => ({ ok: false as const, code: "INVALID", error: "Pilih unor sumber.", fieldErrors: { sourceUnorId: ["Pilih unor sumber dari daftar."] } }), () => {});
      return;
    }
    run(
      () => env.actions.replicateJabatan(env.instansiId, { sourceUnorId: source, targetUnorId: unit.id, jenis }),
      (d) => {
        setHasil(d);
        env.announce(`Replikasi ke ${unit.nama}: ${d.disalin.length} jabatan disalin, ${d.dilewati.length} dilewati.`);
      },
    );
  }

  if (hasil) return <ReplikasiHasilDialog env={env} unit={unit} hasil={hasil} />;

  return (
    <Dialog title="Replikasi Jabatan Fungsional / Pelaksana" subtitle={<>Unor tujuan: {unit.nama}</>} onClose={env.close} width={620}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <fieldset className="choice">
          <legend>Sumber jabatan</legend>
          <label className="inline">
            <input type="radio" name="asal" value="sendiri" checked={asal === "sendiri"} onChange={() => setAsal("sendiri")} /> Unor di instansi ini
          </label>
          <label className="inline">
            <input type="radio" name="asal" value="lain" checked={asal === "lain"} onChange={() => setAsal("lain")} /> OTK instansi lain
          </label>
        </fieldset>
        {asal === "sendiri" ? (
          <UnitPicker tree={env.tree} label="Unor sumber" value={sourceId} onChange={setSourceId} exclude={exclude} errors={fieldErrors.sourceUnorId} />
        ) : (
          <>
            <Combobox<InstansiPilihan>
              label="Instansi sumber"
              load={loadInstansi}
              debounceMs={200}
              getKey={(i) => i.id}
              getLabel={(i) => i.nama}
              value={instansi}
              onChange={(i) => {
                setInstansi(i);
                setSumberLain(null);
              }}
              placeholder="Ketik nama instansi…"
            />
            <Combobox<UnorSumberPilihan>
              key={instansi?.id ?? 0}
              label="Unor sumber"
              load={loadSumber}
              debounceMs={200}
              getKey={(u) => u.id}
              getLabel={(u) => u.nama}
              value={sumberLain}
              onChange={setSumberLain}
              placeholder={instansi ? "Ketik nama unor…" : "Pilih instansi dahulu"}
              disabled={!instansi}
              errors={fieldErrors.sourceUnorId}
            />
          </>
        )}
        <fieldset className="choice">
          <legend>Jabatan yang disalin</legend>
          <label className="inline">
            <input type="checkbox" checked={jf} onChange={(e) => setJf(e.target.checked)} /> Jabatan fungsional
          </label>
          <label className="inline">
            <input type="checkbox" checked={pl} onChange={(e) => setPl(e.target.checked)} /> Jabatan pelaksana
          </label>
          {fieldErrors.jenis && <span className="field-error">{fieldErrors.jenis.join(" ")}</span>}
        </fieldset>
        <p className="muted small">Jabatan yang sudah ada di unor tujuan dilewati. Kebutuhan dan informasi jabatan ikut disalin.</p>
        <FormAlert failure={failure} fields={["sourceUnorId", "jenis"]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Replikasi" onCancel={env.close} />
      </form>
    </Dialog>
  );
}
