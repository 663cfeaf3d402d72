import { describe, expect, it } from "vitest";
import { buildEditorTree, type EditorCellRow, type EditorUnitRow } from "./editor-tree";
import { dropPosition } from "./drop-position";

const unit = (id: number, parentId: number | null, urutan: number, aktif = true): EditorUnitRow => ({
  id, parentId, nama: `Unit ${id}`, jenis: "STRUKTURAL", eselon: null, urutan, aktif, version: 1, kebutuhan: 0, existing: 0, kebutuhanSubtree: 0, existingSubtree: 0,
});
const cell = (id: number, unorId: number): EditorCellRow => ({
  id, unorId, jabatanId: id * 10, nama: `Jabatan ${id}`, jenis: "FUNGSIONAL", jenjang: null, kelas: 8, kebutuhan: 1, existing: 0, version: 1, urutan: id, sumber: "MANUAL", aturanVersi: null,
});

// Dinas (1) shows two jabatan leaves, then Bidang 2, 3 and 4.
function children(aktif4 = true) {
  const tree = buildEditorTree([unit(1, null, 1), unit(2, 1, 1), unit(3, 1, 2), unit(4, 1, 3, aktif4)], [cell(7, 1), cell(8, 1)]);
  return tree.roots[0].all.map((d) => ({ id: d.id, data: d }));
}

describe("dropPosition", () => {
  it("counts only sub-units before the drop point: leaves before them do not move the index", () => {
    expect(children().map((c) => c.id)).toEqual(["j7", "j8", "u2", "u3", "u4"]);
    expect(dropPosition(children(), "u9", 0)).toEqual({ unitIndex: 0, includeInactive: false });
    expect(dropPosition(children(), "u9", 2)).toEqual({ unitIndex: 0, includeInactive: false });
    expect(dropPosition(children(), "u9", 4)).toEqual({ unitIndex: 2, includeInactive: false });
    expect(dropPosition(children(), "u9", 5)).toEqual({ unitIndex: 3, includeInactive: false });
  });

  it("leaves the dragged unit itself out of the count when it moves among its own siblings", () => {
    // Bidang 2 dropped after Bidang 3: one other sub-unit stands before it.
    expect(dropPosition(children(), "u2", 4).unitIndex).toBe(1);
    // Bidang 4 dropped at the end stays last among the two others.
    expect(dropPosition(children(), "u4", 5).unitIndex).toBe(2);
  });

  it("clamps an index past the end and says when an inactive sibling was counted", () => {
    expect(dropPosition(children(false), "u9", 99)).toEqual({ unitIndex: 3, includeInactive: true });
    expect(dropPosition([], "u9", 0)).toEqual({ unitIndex: 0, includeInactive: false });
  });
});
