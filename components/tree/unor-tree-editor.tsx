"use client";

import { JENIS_JABATAN_LABEL, JENIS_UNOR_LABEL, JENJANG_LABEL } from "@/lib/format";
import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useTransition,
  type KeyboardEvent,
} from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Tree, type MoveHandler, type NodeApi, type NodeRendererProps, type TreeApi } from "react-arborist";
import { formatAngka } from "@/lib/format";
import { Menu, type MenuItem } from "@/components/ui/menu";
import type { ActionResult } from "@/lib/actions/action-result";
import { isStaleConflict, type Failure } from "./form-parts";
import type { UnorEditorActions } from "./unor-editor-actions";
import {
  buildEditorTree,
  lower,
  unorNodeId,
  unpackEditorData,
  type EditorCellRow,
  type EditorTree,
  type EditorUnitRow,
  type PackedEditorData,
  type TreeNodeData,
} from "@/lib/domain/tree/editor-tree";
import {
  AktifDialog,
  CreateUnorDialog,
  DeleteJabatanDialog,
  DeleteUnorDialog,
  KebutuhanDialog,
  MoveDialog,
  PlaceJabatanDialog,
  RenameDialog,
  ReplicateDialog,
  type DialogEnv,
} from "./unor-dialogs";
import { rekapSatuSel } from "@/lib/domain/rekap";

type DialogState =
  | { type: "create" | "fungsional" | "pelaksana" | "replicate" | "rename" | "move" | "aktif" | "deleteUnor"; unit: EditorUnitRow }
  | { type: "deleteJabatan" | "kebutuhan"; cell: EditorCellRow; unitNama: string };

interface RowContext {
  canEdit: boolean;
  /** The node whose menu is open. */
  menuFor: string | null;
  openMenu: (data: TreeNodeData, trigger: HTMLElement) => void;
}

const RowCtx = createContext<RowContext>({ canEdit: false, menuFor: null, openMenu: () => {} });

const ROW_HEIGHT = 32;
const EMPTY_TREE: EditorTree = { roots: [], units: new Map(), cells: new Map() };

function Selisih({ k, b }: { k: number; b: number }) {
  const s = rekapSatuSel({ kebutuhan: k, existing: b }).selisih;
  return (
    <span className={s < 0 ? "neg" : s > 0 ? "pos" : undefined} title="Selisih = B − K">
      {s > 0 ? "+" : s < 0 ? "−" : ""}
      {formatAngka(Math.abs(s))}
    </span>
  );
}

/** One row. Kept light: plain spans, one context read, no per-row state (10k units + 50k jabatan). */
function EditorRow({ node, style, dragHandle }: NodeRendererProps<TreeNodeData>) {
  const { canEdit, menuFor, openMenu } = useContext(RowCtx);
  const d = node.data;
  const menuButton = canEdit && (
    <button
      type="button"
      tabIndex={-1}
      className="row-menu"
      aria-label={`Aksi untuk ${d.name}`}
      aria-haspopup="menu"
      aria-expanded={menuFor === d.id}
      onClick={(e) => {
        e.stopPropagation();
        openMenu(d, e.currentTarget);
      }}
    >
      ⋮
    </button>
  );
  if (d.kind === "unor") {
    const u = d.unit;
    const hasChildren = d.all.length > 0;
    return (
      <div
        ref={dragHandle}
        style={style}
        className="tree-row unor-row"
        data-node-id={d.id}
        data-selected={node.isSelected}
        data-focused={node.isFocused}
        data-inactive={!u.aktif || undefined}
        onDoubleClick={() => node.toggle()}
      >
        <span
          className="twisty"
          aria-hidden
          onClick={(e) => {
            e.stopPropagation();
            node.toggle();
          }}
        >
          {hasChildren ? (node.isOpen ? "▾" : "▸") : ""}
        </span>
        <span className="nama" title={u.eselon ? `${u.nama} (${JENJANG_LABEL[u.eselon] ?? u.eselon})` : u.nama}>
          {u.nama}
        </span>
        {u.jenis !== "STRUKTURAL" && <span className="badge">{JENIS_UNOR_LABEL[u.jenis] ?? u.jenis}</span>}
        {!u.aktif && <span className="badge badge-off">Nonaktif</span>}
        <span className="figures">
          K {formatAngka(u.kebutuhan)} · B {formatAngka(u.existing)}
        </span>
        {menuButton}
      </div>
    );
  }
  const c = d.cell;
  return (
    <div style={style} className="tree-row jabatan-row" data-node-id={d.id} data-selected={node.isSelected} data-focused={node.isFocused} data-jenis={c.jenis}>
      <span className="twisty" aria-hidden>
        ◦
      </span>
      <span className="nama" title={c.nama}>
        {c.nama}
      </span>
      <span className={`badge jenis-${c.jenis.toLowerCase()}`}>{JENIS_JABATAN_LABEL[c.jenis] ?? c.jenis}</span>
      <span className="kelas">kelas {c.kelas}</span>
      <span className="figures">
        K {formatAngka(c.kebutuhan)} · B {formatAngka(c.existing)} · <Selisih k={c.kebutuhan} b={c.existing} />
      </span>
      {menuButton}
    </div>
  );
}

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
  const [status, setStatus] = useState<string>("");
  const [alert, setAlert] = useState<Failure | null>(null);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [menu, setMenu] = useState<{ data: TreeNodeData; anchor: DOMRect; trigger: HTMLElement | null } | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const [showInactive, setShowInactive] = useState(includeInactive);
  const [navPending, startNav] = useTransition();
  const [movePending, startMove] = useTransition();
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
        const el = wrapRef.current?.querySelector<HTMLElement>(`[data-node-id="${id}"]`)?.closest<HTMLElement>('[role="treeitem"]');
        el?.focus({ preventScroll: true });
      });
    });
  }, [tree]);

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

  const lastFocus = useRef<string | null>(null);

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
        setAlert(null);
        setStatus(message);
        const id = focusId ?? lastFocus.current;
        if (id) setPendingFocus(id);
      },
      announce: (message) => setStatus(message),
      reload: () => {
        setDialog(null);
        setAlert(null);
        setStatus("Memuat ulang data…");
        router.refresh();
      },
    }),
    [instansiId, actions, tree, router, focusRow],
  );

  const openDialog = useCallback(
    (data: TreeNodeData, type: DialogState["type"]) => {
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
    [tree],
  );

  const menuItems = useCallback(
    (data: TreeNodeData): MenuItem[] => {
      if (data.kind === "jabatan") {
        return [
          { label: "Ubah Kebutuhan", onSelect: () => openDialog(data, "kebutuhan") },
          { label: "Hapus Jabatan", onSelect: () => openDialog(data, "deleteJabatan"), danger: true, separator: true },
        ];
      }
      const u = data.unit;
      const isRoot = u.parentId === null;
      const items: MenuItem[] = [];
      if (u.aktif) {
        items.push(
          { label: "Tambah Unor Struktural", onSelect: () => openDialog(data, "create") },
          { label: "Tambah Jabatan Fungsional", onSelect: () => openDialog(data, "fungsional") },
          { label: "Tambah Jabatan Pelaksana", onSelect: () => openDialog(data, "pelaksana") },
          { label: "Replikasi Jabatan Fungsional / Pelaksana", onSelect: () => openDialog(data, "replicate") },
        );
      }
      items.push({ label: "Ubah Nama", onSelect: () => openDialog(data, "rename"), separator: u.aktif });
      if (!isRoot) {
        items.push(
          { label: "Ubah Urutan", onSelect: () => openDialog(data, "move") },
          { label: u.aktif ? "Non Aktifkan Unor" : "Aktifkan Unor", onSelect: () => openDialog(data, "aktif"), separator: true },
          { label: "Hapus Unor", onSelect: () => openDialog(data, "deleteUnor"), danger: true },
        );
      }
      return items;
    },
    [openDialog],
  );

  const openMenu = useCallback((data: TreeNodeData, trigger: HTMLElement) => {
    lastFocus.current = data.id;
    const anchor = trigger.getBoundingClientRect();
    setMenu((m) => (m && m.data.id === data.id && m.trigger === trigger ? null : { data, anchor, trigger }));
  }, []);

  const menuFor = menu?.data.id ?? null;
  const rowCtx = useMemo<RowContext>(() => ({ canEdit, menuFor, openMenu }), [canEdit, menuFor, openMenu]);

  const fail = useCallback((r: Failure) => {
    setStatus("");
    setAlert(r);
  }, []);

  // Drag and drop: only units move, only into units; the index sent is among the sub-units.
  const onMove: MoveHandler<TreeNodeData> = useCallback(
    ({ dragNodes, parentNode, index }) => {
      const node = dragNodes[0];
      if (!node || node.data.kind !== "unor" || !parentNode || parentNode.data.kind !== "unor") return;
      const unit = node.data.unit;
      const parent = parentNode.data.unit;
      const siblings = parentNode.children ?? [];
      let unitIndex = 0;
      for (let i = 0; i < Math.min(index, siblings.length); i++) {
        const s = siblings[i];
        if (s.data.kind === "unor" && s.id !== node.id) unitIndex++;
      }
      // Tell the server whether the index counted inactive units (they are visible only on request).
      const includeInactive = siblings.some((s) => s.data.kind === "unor" && !s.data.unit.aktif);
      lastFocus.current = node.id;
      setStatus(`Memindahkan ${unit.nama}…`);
      startMove(async () => {
        let r: ActionResult<{ id: number; parentId: number }>;
        try {
          r = await actions.moveUnor(instansiId, { unorId: unit.id, version: unit.version, parentId: parent.id, index: unitIndex, includeInactive });
        } catch {
          r = { ok: false, code: "NETWORK", error: "Tidak dapat menghubungi server. Periksa sambungan, lalu coba lagi." };
        }
        if (r.ok) {
          setAlert(null);
          setStatus(r.data.parentId === unit.parentId ? `Urutan ${unit.nama} diubah.` : `${unit.nama} dipindahkan ke bawah ${parent.nama}.`);
          setPendingFocus(node.id);
        } else fail(r);
      });
    },
    [actions, instansiId, fail],
  );

  const searching = searchLc.length > 0;
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
    [searchHits],
  );
  const searchMatch = useCallback(
    (node: NodeApi<TreeNodeData>) => {
      const d = node.data;
      return d.cari.includes(searchLc) || (d.kind === "jabatan" && d.cariUnor.includes(searchLc));
    },
    [searchLc],
  );

  // Keys the tree itself leaves alone: Enter opens the node's menu, F2 renames, Delete removes.
  function onTreeKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    if (!target.matches('[role="treeitem"], [role="tree"]')) return;
    const node = treeRef.current?.focusedNode;
    if (!node || !canEdit) return;
    const d = node.data;
    if (e.key === "Enter") {
      e.preventDefault();
      const row = wrapRef.current?.querySelector<HTMLElement>(`[data-node-id="${d.id}"]`);
      const button = row?.querySelector<HTMLElement>(".row-menu") ?? row;
      if (button) openMenu(d, button);
    } else if (e.key === "F2") {
      e.preventDefault();
      if (d.kind === "unor") openDialog(d, "rename");
      else openDialog(d, "kebutuhan");
    } else if (e.key === "Delete") {
      e.preventDefault();
      if (d.kind === "unor") {
        if (d.unit.parentId !== null) openDialog(d, "deleteUnor");
      } else openDialog(d, "deleteJabatan");
    }
  }

  function toggleInactive(checked: boolean) {
    setShowInactive(checked);
    const params = new URLSearchParams(searchParams.toString());
    if (checked) params.set("nonaktif", "1");
    else params.delete("nonaktif");
    const qs = params.toString();
    startNav(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
  }

  const matchCount = useMemo(() => {
    if (!searching) return null;
    let n = 0;
    for (const u of tree.units.values()) if (u.cari.includes(searchLc)) n++;
    for (const c of tree.cells.values()) if (c.cari.includes(searchLc) || c.cariUnor.includes(searchLc)) n++;
    return n;
  }, [tree, searchLc, searching]);

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
          onClose={(restore) => {
            const id = menu.data.id;
            setMenu(null);
            if (restore) focusRow(id);
          }}
        />
      )}
      {dialog && renderDialog(dialog, env)}
    </div>
  );
}

function renderDialog(d: DialogState, env: DialogEnv) {
  switch (d.type) {
    case "create":
      return <CreateUnorDialog env={env} parent={d.unit} />;
    case "fungsional":
      return <PlaceJabatanDialog env={env} unit={d.unit} jenis="FUNGSIONAL" />;
    case "pelaksana":
      return <PlaceJabatanDialog env={env} unit={d.unit} jenis="PELAKSANA" />;
    case "replicate":
      return <ReplicateDialog env={env} unit={d.unit} />;
    case "rename":
      return <RenameDialog env={env} unit={d.unit} />;
    case "move":
      return <MoveDialog env={env} unit={d.unit} />;
    case "aktif":
      return <AktifDialog env={env} unit={d.unit} />;
    case "deleteUnor":
      return <DeleteUnorDialog env={env} unit={d.unit} />;
    case "deleteJabatan":
      return <DeleteJabatanDialog env={env} cell={d.cell} unitNama={d.unitNama} />;
    case "kebutuhan":
      return <KebutuhanDialog env={env} cell={d.cell} unitNama={d.unitNama} />;
  }
}
