"use client";

import type { KeyboardEvent, RefObject } from "react";
import type { TreeApi } from "react-arborist";
import type { TreeNodeData } from "@/lib/domain/tree/editor-tree";
import type { DialogType } from "../dialogs/tree-dialog";

/** Keys the tree itself leaves alone: Enter opens the node's menu (for readers too), F2 renames, Delete removes. */
export function useTreeKeyboard({
  treeRef,
  wrapRef,
  canEdit,
  openMenu,
  openDialog,
}: {
  treeRef: RefObject<TreeApi<TreeNodeData> | undefined>;
  wrapRef: RefObject<HTMLDivElement | null>;
  canEdit: boolean;
  openMenu: (data: TreeNodeData, trigger: HTMLElement) => void;
  openDialog: (data: TreeNodeData, type: DialogType) => void;
}) {
  return function onTreeKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    if (!target.matches('[role="treeitem"], [role="tree"]')) return;
    const node = treeRef.current?.focusedNode;
    if (!node) return;
    const d = node.data;
    if (e.key === "Enter") {
      e.preventDefault();
      const row = wrapRef.current?.querySelector<HTMLElement>(`[data-node-id="${d.id}"]`);
      const button = row?.querySelector<HTMLElement>(".row-menu") ?? row;
      if (button) openMenu(d, button);
      return;
    }
    if (!canEdit) return;
    if (e.key === "F2") {
      e.preventDefault();
      if (d.kind === "unor") openDialog(d, "rename");
      else openDialog(d, "kebutuhan");
    } else if (e.key === "Delete") {
      e.preventDefault();
      if (d.kind === "unor") {
        if (d.unit.parentId !== null) openDialog(d, "deleteUnor");
      } else openDialog(d, "deleteJabatan");
    }
  };
}
