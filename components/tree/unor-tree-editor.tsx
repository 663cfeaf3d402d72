"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Tree, type TreeApi } from "react-arborist";
import { formatAngka } from "@/lib/format";
import { Menu } from "@/components/ui/menu";
import { buildEditorTree, unorNodeId, unpackEditorData, type EditorTree, type PackedEditorData, type TreeNodeData } from "@/lib/domain/tree/editor-tree";
import { EditorRow, ROW_HEIGHT, RowCtx, type RowContext } from "./editor-row";
import { isStaleConflict, type Failure } from "@/components/forms/form-parts";
import { TreeDialog } from "./dialogs/tree-dialog";
import { useTreeDialogs } from "./hooks/use-tree-dialogs";
import { useTreeDragDrop } from "./hooks/use-tree-drag-drop";
import { useTreeFocus } from "./hooks/use-tree-focus";
import { useTreeKeyboard } from "./hooks/use-tree-keyboard";
import { useTreeSearch } from "./hooks/use-tree-search";
import type { UnorEditorActions } from "./unor-editor-actions";

const EMPTY_TREE: EditorTree = { roots: [], units: new Map(), cells: new Map() };

export interface UnorTreeEditorProps {
  instansiId: number;
  /** Units and placed jabatan, packed (see packEditorData). */
  data: PackedEditorData;
  canEdit: boolean;
  includeInactive: boolean;
  actions: UnorEditorActions;
}

/**
 * The operator's organisation tree (react-arborist, virtualised): units with the jabatan placed in
 * them as leaves, search that keeps ancestors, drag and drop of units, and a menu of actions on
 * every node. Every change goes through a server action; the page is revalidated and re-read.
 */
/**
 * The operator's organisation tree (react-arborist, virtualised): units with the jabatan placed in
 * them as leaves, search that keeps ancestors, drag and drop of units, and a menu of actions on
 * every node. Every change goes through a server action; the page is revalidated and re-read.
 * Search, keyboard, drag and drop and dialog routing live in ./hooks; each dialog in ./dialogs.
 */
export function UnorTreeEditor({ instansiId, data, canEdit, includeInactive, actions }: UnorTreeEditorProps) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // The tree is built and drawn in the browser only: at 10k units and 50k jabatan, rendering it on
  // the server too would double the server's work for rows the browser redraws anyway.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const tree = useMemo(() => {
    if (!mounted) return EMPTY_TREE;
    const { units, cells } = unpackEditorData(data);
    return buildEditorTree(units, cells);
  }, [data, mounted]);
  const treeRef = useRef<TreeApi<TreeNodeData> | undefined>(undefined);
  const wrapRef = useRef<HTMLDivElement>(null);

  const [status, setStatus] = useState<string>("");
  const [alert, setAlert] = useState<Failure | null>(null);
  const [showInactive, setShowInactive] = useState(includeInactive);
  const [navPending, startNav] = useTransition();
  const [height, setHeight] = useState(520);

  useEffect(() => setShowInactive(includeInactive), [includeInactive]);

  // The tree fills the window below it (at 1366×768 and up), never less than 320 px.
  useEffect(() => {
    const fit = () => {
      const top = wrapRef.current?.getBoundingClientRect().top ?? 200;
      setHeight(Math.max(320, Math.floor(window.innerHeight - top - 36 + window.scrollY)));
    };
    fit();
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, []);

  // Roots and their direct sub-units open at first; the tree remembers what the user opens.
  const initialOpen = useRef<Record<string, boolean> | null>(null);
  if (initialOpen.current === null && tree.roots.length) {
    const open: Record<string, boolean> = {};
    for (const r of tree.roots) {
      open[r.id] = true;
      if (tree.units.size <= 400) for (const c of r.subunits) open[c.id] = true;
    }
    initialOpen.current = open;
  }
  // Only the first data counts: later changes keep what the user opened.
  const initialOpenState = initialOpen.current ?? undefined;

  const clearAlert = useCallback(() => setAlert(null), []);
  const succeed = useCallback((message: string) => {
    setAlert(null);
    setStatus(message);
  }, []);
  const fail = useCallback((r: Failure) => {
    setStatus("");
    setAlert(r);
  }, []);

  const focus = useTreeFocus(tree, treeRef, wrapRef);
  // ?unor=<id> (links from Data Unor and Data Pegawai ASN): open the tree at that unit, focused.
  const target = Number(searchParams.get("unor"));
  const { focusWhenLoaded } = focus;
  useEffect(() => {
    if (Number.isInteger(target) && target > 0) focusWhenLoaded(unorNodeId(target));
  }, [target, focusWhenLoaded]);
  const { dialog, env, openDialog, menu, menuItems, openMenu, closeMenu } = useTreeDialogs({ instansiId, canEdit, actions, tree, focus, setStatus, clearAlert });
  const { term, setTerm, deferredTerm, searchLc, searching, matchCount, childrenAccessor, searchMatch } = useTreeSearch(tree, treeRef, initialOpen);
  const { onMove, disableDrag, disableDrop, movePending } = useTreeDragDrop({ instansiId, actions, canEdit, searching, focus, announce: setStatus, succeed, fail });
  const onTreeKeyDown = useTreeKeyboard({ treeRef, wrapRef, canEdit, openMenu, openDialog });

  const menuFor = menu?.data.id ?? null;
  const rowCtx = useMemo<RowContext>(() => ({ canEdit, menuFor, openMenu }), [canEdit, menuFor, openMenu]);

  function toggleInactive(checked: boolean) {
    setShowInactive(checked);
    const params = new URLSearchParams(searchParams.toString());
    if (checked) params.set("nonaktif", "1");
    else params.delete("nonaktif");
    const qs = params.toString();
    startNav(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
  }

  return (
    <div className="panel unor-editor">
      <div className="table-tools editor-tools">
        <input
          type="search"
          className="tree-search"
          placeholder="Cari Unor..."
          aria-label="Cari Unor"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
        />
        <label className="inline">
          <input type="checkbox" checked={showInactive} onChange={(e) => toggleInactive(e.target.checked)} disabled={navPending} />
          Tampilkan unor nonaktif
        </label>
        <span className="muted small legend">
          K = kebutuhan · B = existing (bezetting) · selisih = B − K
          {matchCount !== null && <> · {formatAngka(matchCount)} cocok</>}
        </span>
      </div>
      {alert && (
        <div role="alert" className="form-alert page-alert">
          <p>{alert.error}</p>
          <div className="form-alert-actions">
            {isStaleConflict(alert) && (
              <button type="button" onClick={() => env.reload()}>
                Muat ulang
              </button>
            )}
            <button type="button" className="secondary" onClick={() => setAlert(null)}>
              Tutup pesan
            </button>
          </div>
        </div>
      )}
      <div className="editor-messages">
        <p role="status" aria-live="polite" className="status-line">
          {status}
        </p>
        <p className="muted small keys-hint">
          {canEdit
            ? "Papan ketik: ↑↓ baris · →← buka/tutup · Enter menu aksi · F2 ubah nama · Delete hapus · seret unor untuk memindahkan"
            : "Papan ketik: ↑↓ baris · →← buka/tutup. Anda hanya dapat melihat data instansi ini."}
        </p>
      </div>
      <div ref={wrapRef} className="tree-wrap" onKeyDown={onTreeKeyDown} aria-busy={movePending || undefined} data-search={searchLc}>
        {mounted ? (
          <RowCtx.Provider value={rowCtx}>
            <Tree<TreeNodeData>
              ref={treeRef}
              data={tree.roots}
              childrenAccessor={childrenAccessor}
              aria-label="Struktur unor dan jabatan"
              openByDefault={false}
              initialOpenState={initialOpenState}
              disableMultiSelection
              disableEdit
              disableDrag={disableDrag}
              disableDrop={disableDrop}
              onMove={onMove}
              width="100%"
              height={height}
              rowHeight={ROW_HEIGHT}
              indent={20}
              overscanCount={8}
              searchTerm={searchLc}
              searchMatch={searchMatch}
            >
              {EditorRow}
            </Tree>
          </RowCtx.Provider>
        ) : (
          <div className="tree-loading muted" style={{ height }}>
            Memuat struktur unor…
          </div>
        )}
        {searching && matchCount === 0 && <p className="muted tree-empty">Tidak ada unor atau jabatan yang cocok dengan “{deferredTerm}”.</p>}
      </div>
      {menu && (
        <Menu
          key={menu.data.id}
          label={`Aksi untuk ${menu.data.name}`}
          items={menuItems(menu.data)}
          anchor={menu.anchor}
          trigger={menu.trigger}
          onClose={closeMenu}
        />
      )}
      {dialog && <TreeDialog state={dialog} env={env} />}
    </div>
  );
}
