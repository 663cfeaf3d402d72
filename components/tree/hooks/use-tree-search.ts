"use client";

import { useCallback, useDeferredValue, useEffect, useMemo, useState, type RefObject } from "react";
import type { NodeApi, TreeApi } from "react-arborist";
import { lower, type EditorTree, type TreeNodeData } from "@/lib/domain/tree/editor-tree";

/**
 * The search box: the term as typed, the term applied (lower-cased) once typing pauses, the match
 * count, and the tree's children accessor, which lets jabatan leaves in only where they can show.
 */
export function useTreeSearch(
  tree: EditorTree,
  treeRef: RefObject<TreeApi<TreeNodeData> | undefined>,
  initialOpen: RefObject<Record<string, boolean> | null>,
) {
  const [term, setTerm] = useState("");
  // The search applies once typing pauses: filtering 60k nodes per keystroke would stutter.
  const [appliedTerm, setAppliedTerm] = useState("");
  useEffect(() => {
    if (!term.trim()) {
      setAppliedTerm("");
      return;
    }
    const t = setTimeout(() => setAppliedTerm(term), 180);
    return () => clearTimeout(t);
  }, [term]);
  const deferredTerm = useDeferredValue(appliedTerm);
  const searchLc = lower(deferredTerm.trim());
  const searching = searchLc.length > 0;

  // Jabatan leaves enter the tree only for open units (and, while searching, for units whose name
  // or jabatan match): the tree then rebuilds ~10k nodes per change instead of 60k.
  const searchHits = useMemo(() => {
    if (!searching) return null;
    const hits = new Set<number>();
    for (const c of tree.cells.values()) if (c.cari.includes(searchLc) || c.cariUnor.includes(searchLc)) hits.add(c.cell.unorId);
    return hits;
  }, [tree, searchLc, searching]);
  const childrenAccessor = useCallback(
    (d: TreeNodeData): readonly TreeNodeData[] | null => {
      if (d.kind !== "unor") return null;
      if (!d.jabatan.length) return d.subunits;
      if (searchHits) return searchHits.has(d.unit.id) ? d.all : d.subunits;
      const api = treeRef.current;
      // Before the tree exists its open state is the initial one.
      const open = api ? api.isOpen(d.id) : !!initialOpen.current?.[d.id];
      return open ? d.all : d.subunits;
    },
    [searchHits, treeRef, initialOpen],
  );
  const searchMatch = useCallback(
    (node: NodeApi<TreeNodeData>) => {
      const d = node.data;
      return d.cari.includes(searchLc) || (d.kind === "jabatan" && d.cariUnor.includes(searchLc));
    },
    [searchLc],
  );
  const matchCount = useMemo(() => {
    if (!searching) return null;
    let n = 0;
    for (const u of tree.units.values()) if (u.cari.includes(searchLc)) n++;
    for (const c of tree.cells.values()) if (c.cari.includes(searchLc) || c.cariUnor.includes(searchLc)) n++;
    return n;
  }, [tree, searchLc, searching]);

  return { term, setTerm, deferredTerm, searchLc, searching, matchCount, childrenAccessor, searchMatch };
}
