/** Pure tree assembly: flat rows (any order) → nested nodes sorted by urutan then nama. */
export interface FlatNode {
  id: number;
  parentId: number | null;
  urutan: number;
  nama: string;
}

export type TreeNode<T extends FlatNode> = T & { children: TreeNode<T>[] };

export function buildTree<T extends FlatNode>(rows: readonly T[]): TreeNode<T>[] {
  const byId = new Map<number, TreeNode<T>>();
  for (const row of rows) byId.set(row.id, { ...row, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    // A node whose parent is outside the set (e.g. a filtered subtree) becomes a root.
    (parent ? parent.children : roots).push(node);
  }
  const order = (a: TreeNode<T>, b: TreeNode<T>) => a.urutan - b.urutan || a.nama.localeCompare(b.nama, "id");
  const sortDeep = (nodes: TreeNode<T>[]) => {
    nodes.sort(order);
    for (const n of nodes) sortDeep(n.children);
  };
  sortDeep(roots);
  return roots;
}
