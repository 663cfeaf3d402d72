import type { TreeNodeData } from "./editor-tree";

/**
 * Where a dropped unit lands, as the server counts it. The tree reports `index` among all the
 * children it shows under the new parent: jabatan leaves first, then sub-units, possibly the dragged
 * unit itself. The server wants the 0-based position among the sub-units other than the dragged
 * one, and whether that count included inactive units (they are visible only on request).
 */
export function dropPosition(siblings: readonly { id: string; data: TreeNodeData }[], draggedId: string, index: number) {
  let unitIndex = 0;
  for (let i = 0; i < Math.min(index, siblings.length); i++) {
    const s = siblings[i];
    if (s.data.kind === "unor" && s.id !== draggedId) unitIndex++;
  }
  const includeInactive = siblings.some((s) => s.data.kind === "unor" && !s.data.unit.aktif);
  return { unitIndex, includeInactive };
}
