import { describe, expect, it } from "vitest";
import { buildTree } from "./build-tree";

describe("buildTree", () => {
  it("nests children under parents and orders siblings by urutan, then nama", () => {
    const tree = buildTree([
      { id: 3, parentId: 1, urutan: 2, nama: "Bidang B" },
      { id: 1, parentId: null, urutan: 1, nama: "Dinas" },
      { id: 2, parentId: 1, urutan: 1, nama: "Sekretariat" },
      { id: 4, parentId: 3, urutan: 1, nama: "Seksi" },
      { id: 5, parentId: 1, urutan: 2, nama: "Bidang A" },
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0].children.map((c) => c.id)).toEqual([2, 5, 3]);
    expect(tree[0].children[2].children.map((c) => c.nama)).toEqual(["Seksi"]);
  });

  it("treats a node whose parent is not in the set as a root", () => {
    const tree = buildTree([
      { id: 7, parentId: 99, urutan: 1, nama: "Lepas" },
      { id: 8, parentId: 7, urutan: 1, nama: "Anak" },
    ]);
    expect(tree.map((n) => n.id)).toEqual([7]);
    expect(tree[0].children.map((n) => n.id)).toEqual([8]);
  });
});
