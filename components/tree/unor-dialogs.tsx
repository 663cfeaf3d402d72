"use client";

import { JENIS_UNOR_LABEL, JENJANG_LABEL } from "@/lib/format";
import { useCallback, useId, useMemo, useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { ESELON, JENIS_UNOR } from "@/lib/validation/unor";
import { formatAngka } from "@/lib/format";
import { Combobox } from "./combobox";
import { DialogButtons, Field, FormAlert, useActionRunner } from "./form-parts";
import type { InstansiPilihan, JabatanPilihan, ReplikasiHasil, UnorEditorActions, UnorSumberPilihan } from "./unor-editor-actions";
import {
  childUnits,
  eselonBawah,
  jabatanNodeId,
  lower,
  subtreeIds,
  unitPath,
  unorNodeId,
  type EditorCellRow,
  type EditorTree,
  type EditorUnitRow,
  type UnorNodeData,
} from "@/lib/domain/tree/editor-tree";

/** What every dialog gets from the editor. */
export interface DialogEnv {
  instansiId: number;
  actions: UnorEditorActions;
  tree: EditorTree;
  /** Close without change. */
  close: () => void;
  /** Success: close, announce (role="status") and focus the node. */
  done: (message: string, focusId?: string) => void;
  /** Announce without closing. */
  announce: (message: string) => void;
  /** A conflict: close and reload the data. */
  reload: () => void;
}

const JF_JENJANG = ["AHLI_UTAMA", "AHLI_MADYA", "AHLI_MUDA", "AHLI_PERTAMA", "PENYELIA", "MAHIR", "TERAMPIL", "PEMULA"] as const;

// ---------------------------------------------------------------------------------------------
// Pickers

function UnitPicker({
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

function JabatanPicker({
  actions,
  jenis,
  jenjang,
  label,
  value,
  onChange,
  errors,
  hint,
}: {
  actions: UnorEditorActions;
  jenis: "FUNGSIONAL" | "PELAKSANA" | "STRUKTURAL";
  jenjang?: string | null;
  label: string;
  value: JabatanPilihan | null;
  onChange: (j: JabatanPilihan | null) => void;
  errors?: string[];
  hint?: string;
}) {
  const load = useCallback(
    async (q: string) => {
      const r = await actions.searchJabatan(jenis, q, jenjang ?? null);
      if (!r.ok) throw new Error(r.error);
      return r.data;
    },
    [actions, jenis, jenjang],
  );
  return (
    <Combobox<JabatanPilihan>
      label={label}
      load={load}
      debounceMs={200}
      getKey={(j) => j.id}
      getLabel={(j) => j.nama}
      renderOption={(j) => (
        <>
          <span>{j.nama}</span>
          <span className="option-meta">
            {j.jenjang ? `${JENJANG_LABEL[j.jenjang] ?? j.jenjang} · ` : ""}kelas {j.kelas} · {j.kode}
          </span>
        </>
      )}
      value={value}
      onChange={onChange}
      placeholder="Ketik nama jabatan…"
      hint={hint}
      errors={errors}
    />
  );
}

// ---------------------------------------------------------------------------------------------
// Tambah Unor Struktural

export function CreateUnorDialog({ env, parent }: { env: DialogEnv; parent: EditorUnitRow }) {
  const id = useId();
  const { pending, failure, run, fieldErrors } = useActionRunner();
  const [parentId, setParentId] = useState<number | null>(parent.id);
  const [eselon, setEselon] = useState<string>(eselonBawah(parent.eselon));
  const [kepala, setKepala] = useState<JabatanPilihan | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = {
      instansiId: env.instansiId,
      parentId: parentId ?? 0,
      nama: String(f.get("nama") ?? ""),
      jenis: String(f.get("jenis") ?? ""),
      eselon,
      jabatanKepalaId: kepala?.id,
      dasarHukumNomor: String(f.get("dasarHukumNomor") ?? ""),
      dasarHukumTanggal: String(f.get("dasarHukumTanggal") ?? ""),
    };
    run(
      () => env.actions.createUnorStruktural(env.instansiId, input),
      (d) => env.done(`Unor "${d.unor.nama}" ditambahkan beserta jabatan kepalanya.`, unorNodeId(d.unor.id)),
    );
  }

  return (
    <Dialog title="Tambah Unor Struktural" subtitle={<>Di bawah: {parent.nama}</>} onClose={env.close} width={620}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <Field id={`${id}-nama`} label="Nama unor" errors={fieldErrors.nama}>
          {(p) => <input {...p} name="nama" autoComplete="off" />}
        </Field>
        <div className="field-row">
          <Field id={`${id}-jenis`} label="Jenis unor" errors={fieldErrors.jenis}>
            {(p) => (
              <select {...p} name="jenis" defaultValue="STRUKTURAL">
                {JENIS_UNOR.map((j) => (
                  <option key={j} value={j}>
                    {JENIS_UNOR_LABEL[j]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={`${id}-eselon`} label="Jenjang jabatan kepala (eselon)" errors={fieldErrors.eselon}>
            {(p) => (
              <select
                {...p}
                name="eselon"
                value={eselon}
                onChange={(e) => {
                  setEselon(e.target.value);
                  if (kepala && kepala.jenjang !== e.target.value) setKepala(null);
                }}
              >
                {ESELON.map((j) => (
                  <option key={j} value={j}>
                    {JENJANG_LABEL[j]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <JabatanPicker
          actions={env.actions}
          jenis="STRUKTURAL"
          jenjang={eselon}
          label="Jabatan kepala unor"
          value={kepala}
          onChange={setKepala}
          errors={fieldErrors.jabatanKepalaId}
          hint="Jabatan struktural pimpinan unor ini, ditempatkan dengan kebutuhan 1. Pilih dari katalog sesuai jenjang di atas."
        />
        <UnitPicker tree={env.tree} label="Unor atasan" value={parentId} onChange={setParentId} errors={fieldErrors.parentId} />
        <div className="field-row">
          <Field id={`${id}-dhn`} label="Nomor dasar hukum" errors={fieldErrors.dasarHukumNomor}>
            {(p) => <input {...p} name="dasarHukumNomor" placeholder="mis. Perda No. 5 Tahun 2024" autoComplete="off" />}
          </Field>
          <Field id={`${id}-dht`} label="Tanggal dasar hukum" errors={fieldErrors.dasarHukumTanggal}>
            {(p) => <input {...p} name="dasarHukumTanggal" type="date" />}
          </Field>
        </div>
        <FormAlert
          failure={failure}
          fields={["nama", "jenis", "eselon", "jabatanKepalaId", "parentId", "dasarHukumNomor", "dasarHukumTanggal"]}
          onReload={env.reload}
        />
        <DialogButtons pending={pending} submitLabel="Simpan" onCancel={env.close} />
      </form>
    </Dialog>
  );
}

// ---------------------------------------------------------------------------------------------
// Tambah Jabatan Fungsional / Pelaksana

export function PlaceJabatanDialog({ env, unit, jenis }: { env: DialogEnv; unit: EditorUnitRow; jenis: "FUNGSIONAL" | "PELAKSANA" }) {
  const id = useId();
  const { pending, failure, run, fieldErrors } = useActionRunner();
  const [jabatan, setJabatan] = useState<JabatanPilihan | null>(null);
  const [jenjang, setJenjang] = useState<string>("");
  const title = jenis === "FUNGSIONAL" ? "Tambah Jabatan Fungsional" : "Tambah Jabatan Pelaksana";

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = { unorId: unit.id, jabatanId: jabatan?.id ?? 0, kebutuhan: String(f.get("kebutuhan") ?? ""), jenis };
    if (!jabatan) {
      run(async () => ({ ok: false as const, code: "INVALID", error: "Pilih jabatan dari katalog.", fieldErrors: { jabatanId: ["Pilih jabatan dari daftar."] } }), () => {});
      return;
    }
    run(
      () => env.actions.placeJabatan(env.instansiId, input),
      (d) => env.done(`${jabatan.nama} ditambahkan ke ${unit.nama}.`, jabatanNodeId(d.id)),
    );
  }

  return (
    <Dialog title={title} subtitle={<>Unor: {unit.nama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        {jenis === "FUNGSIONAL" && (
          <Field id={`${id}-jenjang`} label="Jenjang">
            {(p) => (
              <select
                {...p}
                value={jenjang}
                onChange={(e) => {
                  setJenjang(e.target.value);
                  if (jabatan && e.target.value && jabatan.jenjang !== e.target.value) setJabatan(null);
                }}
              >
                <option value="">Semua jenjang</option>
                {JF_JENJANG.map((j) => (
                  <option key={j} value={j}>
                    {JENJANG_LABEL[j]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <JabatanPicker
          actions={env.actions}
          jenis={jenis}
          jenjang={jenjang || null}
          label="Jabatan"
          value={jabatan}
          onChange={setJabatan}
          errors={fieldErrors.jabatanId}
          hint={jabatan ? `Kelas jabatan ${jabatan.kelas}${jabatan.jenjang ? ` · ${JENJANG_LABEL[jabatan.jenjang]}` : ""}` : undefined}
        />
        <Field id={`${id}-keb`} label="Kebutuhan" errors={fieldErrors.kebutuhan}>
          {(p) => <input {...p} name="kebutuhan" type="number" min={0} step={1} defaultValue={1} inputMode="numeric" />}
        </Field>
        <FormAlert failure={failure} fields={["jabatanId", "kebutuhan"]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Tambah" onCancel={env.close} />
      </form>
    </Dialog>
  );
}

// ---------------------------------------------------------------------------------------------
// Replikasi Jabatan Fungsional / Pelaksana

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

  if (hasil) {
    return (
      <Dialog title="Hasil Replikasi Jabatan" subtitle={<>Unor tujuan: {unit.nama}</>} onClose={env.close}>
        <div className="dialog-form">
          <p>
            <strong>{formatAngka(hasil.disalin.length)}</strong> jabatan disalin, <strong>{formatAngka(hasil.dilewati.length)}</strong> dilewati.
          </p>
          {hasil.disalin.length > 0 && (
            <section aria-label="Jabatan disalin">
              <h3>Disalin</h3>
              <ul className="result-list">
                {hasil.disalin.map((j) => (
                  <li key={j.jabatanId}>{j.nama}</li>
                ))}
              </ul>
            </section>
          )}
          {hasil.dilewati.length > 0 && (
            <section aria-label="Jabatan dilewati">
              <h3>Dilewati</h3>
              <ul className="result-list">
                {hasil.dilewati.map((j) => (
                  <li key={j.jabatanId}>
                    {j.nama} <span className="muted">— {j.alasan}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="dialog-buttons">
            <button type="button" onClick={() => env.done(`Replikasi selesai: ${hasil.disalin.length} jabatan disalin, ${hasil.dilewati.length} dilewati.`, unorNodeId(unit.id))}>
              Tutup
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

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

// ---------------------------------------------------------------------------------------------
// Ubah Nama

export function RenameDialog({ env, unit }: { env: DialogEnv; unit: EditorUnitRow }) {
  const id = useId();
  const { pending, failure, run, fieldErrors } = useActionRunner();

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const input = { unorId: unit.id, version: unit.version, nama: String(f.get("nama") ?? ""), alasan: String(f.get("alasan") ?? "") };
    run(
      () => env.actions.renameUnor(env.instansiId, input),
      (d) => env.done(`Nama unor diubah menjadi "${d.nama}".`, unorNodeId(d.id)),
    );
  }

  return (
    <Dialog title="Ubah Nama" subtitle={<>Unor: {unit.nama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <p className="note" id={`${id}-note`}>
          Ubah nama hanya untuk memperbaiki salah ketik. Perubahan nomenklatur karena SOTK baru dilakukan dengan menambah unor baru dan menonaktifkan unor lama.
          Alasan wajib diisi dan dicatat dalam riwayat perubahan.
        </p>
        <Field id={`${id}-nama`} label="Nama unor" errors={fieldErrors.nama}>
          {(p) => <input {...p} name="nama" defaultValue={unit.nama} autoComplete="off" />}
        </Field>
        <Field id={`${id}-alasan`} label="Alasan perubahan" errors={fieldErrors.alasan} hint="Minimal 10 karakter, mis. “Salah ketik: Sekertariat → Sekretariat”.">
          {(p) => <textarea {...p} name="alasan" rows={3} />}
        </Field>
        <FormAlert failure={failure} fields={["nama", "alasan"]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Simpan" onCancel={env.close} />
      </form>
    </Dialog>
  );
}

// ---------------------------------------------------------------------------------------------
// Ubah Urutan (and move to another parent): the keyboard alternative to drag and drop

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

// ---------------------------------------------------------------------------------------------
// Non Aktifkan / Aktifkan Unor

export function AktifDialog({ env, unit }: { env: DialogEnv; unit: EditorUnitRow }) {
  const { pending, failure, run } = useActionRunner();
  const aktifkan = !unit.aktif;
  const title = aktifkan ? "Aktifkan Unor" : "Non Aktifkan Unor";

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    run(
      () => env.actions.setUnorAktif(env.instansiId, { unorId: unit.id, version: unit.version, aktif: aktifkan }),
      (d) =>
        env.done(
          aktifkan
            ? `${unit.nama} diaktifkan kembali.`
            : `${unit.nama} dinonaktifkan${d.turunanDinonaktifkan ? ` beserta ${d.turunanDinonaktifkan} unor di bawahnya` : ""}.`,
          unorNodeId(unit.id),
        ),
    );
  }

  return (
    <Dialog title={title} subtitle={<>Unor: {unit.nama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        {aktifkan ? (
          <p>Unor ini akan aktif kembali. Unor di bawahnya tetap nonaktif sampai diaktifkan satu per satu.</p>
        ) : (
          <p>
            Unor ini dan semua unor di bawahnya akan dinonaktifkan. Data jabatan dan pegawainya tetap tersimpan. Unor nonaktif disembunyikan dari pohon kecuali
            “Tampilkan unor nonaktif” dicentang.
          </p>
        )}
        <FormAlert failure={failure} fields={[]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel={aktifkan ? "Aktifkan" : "Non Aktifkan"} onCancel={env.close} danger={!aktifkan} />
      </form>
    </Dialog>
  );
}

// ---------------------------------------------------------------------------------------------
// Hapus Unor (refused with the reason; the refusal offers deactivation)

export function DeleteUnorDialog({ env, unit }: { env: DialogEnv; unit: EditorUnitRow }) {
  const { pending, failure, run } = useActionRunner();
  const deactivate = useActionRunner();
  const saranNonaktif = failure?.fieldErrors?.saran?.includes("nonaktifkan") && unit.aktif;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    run(
      () => env.actions.deleteUnor(env.instansiId, { unorId: unit.id, version: unit.version }),
      () => env.done(`Unor ${unit.nama} dihapus.`, unit.parentId !== null ? unorNodeId(unit.parentId) : undefined),
    );
  }

  return (
    <Dialog title="Hapus Unor" subtitle={<>Unor: {unit.nama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <p>
          Unor ini akan dihapus beserta jabatan yang ditempatkan di dalamnya. Penghapusan hanya untuk unor yang keliru dibuat: unor yang masih memiliki pegawai,
          unor bawahan, atau tercantum dalam peta jabatan yang disetujui tidak dapat dihapus — nonaktifkan saja.
        </p>
        <FormAlert failure={failure} fields={[]} onReload={env.reload}>
          {saranNonaktif && (
            <button
              type="button"
              disabled={deactivate.pending}
              onClick={() =>
                deactivate.run(
                  () => env.actions.setUnorAktif(env.instansiId, { unorId: unit.id, version: unit.version, aktif: false }),
                  () => env.done(`${unit.nama} dinonaktifkan.`, unit.parentId !== null ? unorNodeId(unit.parentId) : undefined),
                )
              }
            >
              {deactivate.pending ? "Memproses…" : "Non Aktifkan Unor"}
            </button>
          )}
        </FormAlert>
        <FormAlert failure={deactivate.failure} fields={[]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Hapus" onCancel={env.close} danger />
      </form>
    </Dialog>
  );
}

// ---------------------------------------------------------------------------------------------
// Jabatan leaf: Hapus Jabatan, Ubah Kebutuhan

export function DeleteJabatanDialog({ env, cell, unitNama }: { env: DialogEnv; cell: EditorCellRow; unitNama: string }) {
  const { pending, failure, run } = useActionRunner();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    run(
      () => env.actions.removePetaJabatan(env.instansiId, { petaJabatanId: cell.id, version: cell.version }),
      () => env.done(`${cell.nama} dihapus dari ${unitNama}.`, unorNodeId(cell.unorId)),
    );
  }
  return (
    <Dialog title="Hapus Jabatan" subtitle={<>{cell.nama} · {unitNama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <p>
          Jabatan ini beserta informasi jabatan dan uraian tugasnya akan dihapus dari unor. Jabatan yang masih dipegang pegawai tidak dapat dihapus
          {cell.existing > 0 ? ` (saat ini ${formatAngka(cell.existing)} pegawai)` : ""}.
        </p>
        <FormAlert failure={failure} fields={[]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Hapus" onCancel={env.close} danger />
      </form>
    </Dialog>
  );
}

export function KebutuhanDialog({ env, cell, unitNama }: { env: DialogEnv; cell: EditorCellRow; unitNama: string }) {
  const id = useId();
  const { pending, failure, run, fieldErrors } = useActionRunner();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    run(
      () => env.actions.updateKebutuhan(env.instansiId, { petaJabatanId: cell.id, version: cell.version, kebutuhan: String(f.get("kebutuhan") ?? "") }),
      (d) => env.done(`Kebutuhan ${cell.nama} di ${unitNama} menjadi ${formatAngka(d.kebutuhan)}.`, jabatanNodeId(cell.id)),
    );
  }
  return (
    <Dialog title="Ubah Kebutuhan" subtitle={<>{cell.nama} · {unitNama}</>} onClose={env.close}>
      <form onSubmit={submit} noValidate className="dialog-form">
        <Field
          id={`${id}-keb`}
          label="Kebutuhan"
          errors={fieldErrors.kebutuhan}
          hint={`Existing (bezetting): ${formatAngka(cell.existing)}. Kebutuhan yang diisi manual menggantikan hasil perhitungan ABK.`}
        >
          {(p) => <input {...p} name="kebutuhan" type="number" min={0} step={1} defaultValue={cell.kebutuhan} inputMode="numeric" />}
        </Field>
        <FormAlert failure={failure} fields={["kebutuhan"]} onReload={env.reload} />
        <DialogButtons pending={pending} submitLabel="Simpan" onCancel={env.close} />
      </form>
    </Dialog>
  );
}
