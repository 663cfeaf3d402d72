"use client";

import { useCallback, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import type { MenuItem } from "@/components/ui/menu";
import type { EditorTree, TreeNodeData } from "@/lib/domain/tree/editor-tree";
import { pembinaUnit } from "@/lib/domain/standar/pembina-unit";
import type { DialogEnv } from "../dialogs/dialog-env";
import type { DialogState, DialogType } from "../dialogs/tree-dialog";
import type { UnorEditorActions } from "../unor-editor-actions";
import type { TreeFocus } from "./use-tree-focus";

interface MenuState {
  data: TreeNodeData;
  anchor: DOMRect;
  trigger: HTMLElement | null;
}

/**
 * Dialog routing: the node menu's items, which dialog is open on which node, and the `DialogEnv`
 * every dialog reports back through (close, done, announce, reload).
 */
export function useTreeDialogs({
  instansiId,
  canEdit,
  actions,
  tree,
  focus,
  setStatus,
  clearAlert,
}: {
  instansiId: number;
  canEdit: boolean;
  actions: UnorEditorActions;
  tree: EditorTree;
  focus: TreeFocus;
  setStatus: (message: string) => void;
  clearAlert: () => void;
}) {
  const router = useRouter();
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const { focusRow, focusWhenLoaded, lastFocus } = focus;

  const env: DialogEnv = useMemo(
    () => ({
      instansiId,
      actions,
      tree,
      close: () => {
        setDialog(null);
        const id = lastFocus.current;
        if (id) requestAnimationFrame(() => focusRow(id));
      },
      done: (message, focusId) => {
        setDialog(null);
        clearAlert();
        setStatus(message);
        const id = focusId ?? lastFocus.current;
        if (id) focusWhenLoaded(id);
      },
      announce: (message) => setStatus(message),
      reload: () => {
        setDialog(null);
        clearAlert();
        setStatus("Memuat ulang data…");
        router.refresh();
      },
    }),
    [instansiId, actions, tree, router, focusRow, focusWhenLoaded, lastFocus, setStatus, clearAlert],
  );

  const openDialog = useCallback(
    (data: TreeNodeData, type: DialogType) => {
      lastFocus.current = data.id;
      setStatus("");
      if (data.kind === "unor") {
        if (type === "deleteJabatan" || type === "kebutuhan") return;
        setDialog({ type, unit: data.unit });
      } else {
        if (type !== "deleteJabatan" && type !== "kebutuhan") return;
        const unitNama = tree.units.get(data.cell.unorId)?.unit.nama ?? "";
        setDialog({ type, cell: data.cell, unitNama });
      }
    },
    [tree, lastFocus, setStatus],
  );

  const menuItems = useCallback(
    (data: TreeNodeData): MenuItem[] => {
      if (data.kind === "jabatan") {
        const infojab: MenuItem = { label: "Info Jabatan", onSelect: () => router.push(`/instansi/${instansiId}/peta-jabatan/${data.cell.id}/infojab`) };
        if (!canEdit) return [infojab];
        return [
          infojab,
          { label: "Ubah Kebutuhan", onSelect: () => openDialog(data, "kebutuhan"), separator: true },
          { label: "Hapus Jabatan", onSelect: () => openDialog(data, "deleteJabatan"), danger: true, separator: true },
        ];
      }
      const u = data.unit;
      const isRoot = u.parentId === null;
      const unduh: MenuItem = { label: "Unduh Infojab", onSelect: () => openDialog(data, "unduhInfojab") };
      if (!canEdit) return [unduh];
      const items: MenuItem[] = [];
      if (u.aktif) {
        items.push(
          { label: "Tambah Unor Struktural", onSelect: () => openDialog(data, "create") },
          { label: "Tambah Jabatan Fungsional", onSelect: () => openDialog(data, "fungsional") },
          { label: "Tambah Jabatan Pelaksana", onSelect: () => openDialog(data, "pelaksana") },
          { label: "Replikasi Jabatan Fungsional / Pelaksana", onSelect: () => openDialog(data, "replicate") },
        );
        // Dinas Pendidikan / Dinas Kesehatan bring in their schools and faskes from the pembina's reference.
        const pembina = pembinaUnit(u.nama);
        if (pembina === "PENDIDIKAN") {
          items.push(
            { label: "Import Unor Pembina", onSelect: () => openDialog(data, "pembinaSekolah") },
            { label: "Import Jabatan Guru", onSelect: () => openDialog(data, "jabatanGuru") },
          );
        } else if (pembina === "KESEHATAN") {
          items.push(
            { label: "Import Unor Pembina", onSelect: () => openDialog(data, "pembinaFaskes") },
            { label: "Import Jabatan Nakes", onSelect: () => openDialog(data, "jabatanNakes") },
          );
        } else if (u.jenis === "SEKOLAH") {
          items.push({ label: "Import Jabatan Guru", onSelect: () => openDialog(data, "jabatanGuru") });
        } else if (u.jenis === "PUSKESMAS") {
          items.push({ label: "Import Jabatan Nakes", onSelect: () => openDialog(data, "jabatanNakes") });
        }
      }
      // Before the changes to the unit itself, so that the destructive Hapus Unor stays last.
      items.push({ ...unduh, separator: u.aktif }, { label: "Ubah Nama", onSelect: () => openDialog(data, "rename"), separator: true });
      if (!isRoot) {
        items.push(
          { label: "Ubah Urutan", onSelect: () => openDialog(data, "move") },
          { label: u.aktif ? "Non Aktifkan Unor" : "Aktifkan Unor", onSelect: () => openDialog(data, "aktif"), separator: true },
          { label: "Hapus Unor", onSelect: () => openDialog(data, "deleteUnor"), danger: true },
        );
      }
      return items;
    },
    [openDialog, canEdit, instansiId, router],
  );

  const openMenu = useCallback(
    (data: TreeNodeData, trigger: HTMLElement) => {
      lastFocus.current = data.id;
      const anchor = trigger.getBoundingClientRect();
      setMenu((m) => (m && m.data.id === data.id && m.trigger === trigger ? null : { data, anchor, trigger }));
    },
    [lastFocus],
  );

  /** The menu closed; `restore` when focus should go back to its row (Escape, not a click elsewhere). */
  const closeMenu = useCallback(
    (restore: boolean) => {
      const id = menu?.data.id;
      setMenu(null);
      if (restore && id) focusRow(id);
    },
    [menu, focusRow],
  );

  return { dialog, env, openDialog, menu, menuItems, openMenu, closeMenu };
}
