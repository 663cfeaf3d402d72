"use client";

import type { EditorCellRow, EditorUnitRow } from "@/lib/domain/tree/editor-tree";
import type { DialogEnv } from "./dialog-env";
import { AktifDialog } from "./aktif-unor-dialog";
import { DeleteJabatanDialog } from "./hapus-jabatan-dialog";
import { DeleteUnorDialog } from "./hapus-unor-dialog";
import { ReplicateDialog } from "./replikasi-jabatan-dialog";
import { PlaceJabatanDialog } from "./tambah-jabatan-dialog";
import { CreateUnorDialog } from "./tambah-unor-dialog";
import { KebutuhanDialog } from "./ubah-kebutuhan-dialog";
import { RenameDialog } from "./ubah-nama-dialog";
import { MoveDialog } from "./ubah-urutan-dialog";
import { UnduhInfojabDialog } from "./unduh-infojab-dialog";
import { ImportUnorPembinaDialog } from "./import-unor-pembina-dialog";
import { ImportJabatanStandarDialog } from "./import-jabatan-standar-dialog";

/** The open dialog: on a unit, or on a jabatan leaf (with its unit's name for the subtitle). */
export type DialogState =
  | { type: "create" | "fungsional" | "pelaksana" | "replicate" | "rename" | "move" | "aktif" | "deleteUnor" | "unduhInfojab" | "pembinaSekolah" | "pembinaFaskes" | "jabatanGuru" | "jabatanNakes"; unit: EditorUnitRow }
  | { type: "deleteJabatan" | "kebutuhan"; cell: EditorCellRow; unitNama: string };

export type DialogType = DialogState["type"];

/** Routes a dialog state to its dialog: the one place that knows which file serves which menu item. */
export function TreeDialog({ state: d, env }: { state: DialogState; env: DialogEnv }) {
  switch (d.type) {
    case "create":
      return <CreateUnorDialog env={env} parent={d.unit} />;
    case "fungsional":
      return <PlaceJabatanDialog env={env} unit={d.unit} jenis="FUNGSIONAL" />;
    case "pelaksana":
      return <PlaceJabatanDialog env={env} unit={d.unit} jenis="PELAKSANA" />;
    case "replicate":
      return <ReplicateDialog env={env} unit={d.unit} />;
    case "rename":
      return <RenameDialog env={env} unit={d.unit} />;
    case "move":
      return <MoveDialog env={env} unit={d.unit} />;
    case "aktif":
      return <AktifDialog env={env} unit={d.unit} />;
    case "deleteUnor":
      return <DeleteUnorDialog env={env} unit={d.unit} />;
    case "unduhInfojab":
      return <UnduhInfojabDialog env={env} unit={d.unit} />;
    case "pembinaSekolah":
      return <ImportUnorPembinaDialog env={env} unit={d.unit} pembina="PENDIDIKAN" />;
    case "pembinaFaskes":
      return <ImportUnorPembinaDialog env={env} unit={d.unit} pembina="KESEHATAN" />;
    case "jabatanGuru":
      return <ImportJabatanStandarDialog env={env} unit={d.unit} jenis="SEKOLAH" />;
    case "jabatanNakes":
      return <ImportJabatanStandarDialog env={env} unit={d.unit} jenis="PUSKESMAS" />;
    case "deleteJabatan":
      return <DeleteJabatanDialog env={env} cell={d.cell} unitNama={d.unitNama} />;
    case "kebutuhan":
      return <KebutuhanDialog env={env} cell={d.cell} unitNama={d.unitNama} />;
  }
}
