"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { TreeApi } from "react-arborist";
import { unorNodeId, type EditorTree, type TreeNodeData } from "@/lib/domain/tree/editor-tree";

/**
 * Where the keyboard focus goes: `focusRow` shows a node now, `focusWhenLoaded` once the refreshed
 * data contains it (after an action), and `lastFocus` is the node an action started from, to return
 * to when its dialog or menu closes.
 */
export function useTreeFocus(tree: EditorTree, treeRef: RefObject<TreeApi<TreeNodeData> | undefined>, wrapRef: RefObject<HTMLDivElement | null>) {
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const lastFocus = useRef<string | null>(null);

  /** Open the node's ancestors, scroll to it, select it and give it the keyboard focus. */
  const focusRow = useCallback((id: string) => {
    const api = treeRef.current;
    if (!api) return;
    const cell = id.startsWith("j") ? tree.cells.get(Number(id.slice(1))) : undefined;
    if (cell) {
      // A jabatan is in the tree only while its unit is open.
      const unitId = unorNodeId(cell.cell.unorId);
      api.openParents(unitId);
      api.open(unitId);
    } else api.openParents(id);
    void Promise.resolve(api.scrollTo(id, "smart")).then(() => {
      if (!api.get(id)) return;
      api.select(id, { align: "smart" });
      requestAnimationFrame(() => {
        // Frames have passed: if the user has meanwhile moved the focus out of the tree (a menu,
        // a dialog, the search box), leave it there.
        const active = document.activeElement;
        if (active && active !== document.body && !wrapRef.current?.contains(active)) return;
        const el = wrapRef.current?.querySelector<HTMLElement>(`[data-node-id="${id}"]`)?.closest<HTMLElement>('[role="treeitem"]');
        el?.focus({ preventScroll: true });
      });
    });
  }, [tree, treeRef, wrapRef]);

  // After an action, show and focus its node once the refreshed data contains it.
  useEffect(() => {
    if (!pendingFocus) return;
    const n = Number(pendingFocus.slice(1));
    const exists = pendingFocus.startsWith("u") ? tree.units.has(n) : tree.cells.has(n);
    if (!exists) return;
    setPendingFocus(null);
    // Let the tree take the new data first.
    requestAnimationFrame(() => focusRow(pendingFocus));
  }, [tree, pendingFocus, focusRow]);

  return { focusRow, focusWhenLoaded: setPendingFocus, lastFocus };
}

export type TreeFocus = ReturnType<typeof useTreeFocus>;
