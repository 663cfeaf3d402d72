"use client";

import { useCallback, useTransition } from "react";
import type { MoveHandler, NodeApi } from "react-arborist";
import { dropPosition } from "@/lib/domain/tree/drop-position";
import type { TreeNodeData } from "@/lib/domain/tree/editor-tree";
import { callAction, type Failure } from "@/components/forms/form-parts";
import type { UnorEditorActions } from "../unor-editor-actions";
import type { TreeFocus } from "./use-tree-focus";

/** Drag and drop: only active, non-root units move, only into active units, and not while searching. */
export function useTreeDragDrop({
  instansiId,
  actions,
  canEdit,
  searching,
  focus,
  announce,
  succeed,
  fail,
}: {
  instansiId: number;
  actions: UnorEditorActions;
  canEdit: boolean;
  searching: boolean;
  focus: TreeFocus;
  /** Status line while the move runs. */
  announce: (message: string) => void;
  /** Clears any alert and announces the result. */
  succeed: (message: string) => void;
  fail: (r: Failure) => void;
}) {
  const [movePending, startMove] = useTransition();
  const { lastFocus, focusWhenLoaded } = focus;

  const onMove: MoveHandler<TreeNodeData> = useCallback(
    ({ dragNodes, parentNode, index }) => {
      const node = dragNodes[0];
      if (!node || node.data.kind !== "unor" || !parentNode || parentNode.data.kind !== "unor") return;
      const unit = node.data.unit;
      const parent = parentNode.data.unit;
      const { unitIndex, includeInactive } = dropPosition(parentNode.children ?? [], node.id, index);
      lastFocus.current = node.id;
      announce(`Memindahkan ${unit.nama}…`);
      startMove(async () => {
        const r = await callAction(() => actions.moveUnor(instansiId, { unorId: unit.id, version: unit.version, parentId: parent.id, index: unitIndex, includeInactive }));
        if (r.ok) {
          succeed(r.data.parentId === unit.parentId ? `Urutan ${unit.nama} diubah.` : `${unit.nama} dipindahkan ke bawah ${parent.nama}.`);
          focusWhenLoaded(node.id);
        } else fail(r);
      });
    },
    [actions, instansiId, fail, announce, succeed, lastFocus, focusWhenLoaded],
  );

  const disableDrag = useCallback((d: TreeNodeData) => !canEdit || searching || d.kind !== "unor" || d.unit.parentId === null || !d.unit.aktif, [canEdit, searching]);
  const disableDrop = useCallback(
    ({ parentNode, dragNodes }: { parentNode: NodeApi<TreeNodeData>; dragNodes: NodeApi<TreeNodeData>[]; index: number }) =>
      !canEdit ||
      parentNode.isRoot ||
      parentNode.data.kind !== "unor" ||
      !parentNode.data.unit.aktif ||
      dragNodes.some((n) => n.id === parentNode.id || n.isAncestorOf(parentNode)),
    [canEdit],
  );

  return { onMove, disableDrag, disableDrop, movePending };
}
