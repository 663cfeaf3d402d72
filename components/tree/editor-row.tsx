"use client";

import { createContext, useContext } from "react";
import type { NodeRendererProps } from "react-arborist";
import { formatAngka, JENIS_JABATAN_LABEL, JENIS_UNOR_LABEL, JENJANG_LABEL } from "@/lib/format";
import { rekapSatuSel } from "@/lib/domain/rekap";
import type { TreeNodeData } from "@/lib/domain/tree/editor-tree";

export interface RowContext {
  /** Every reader gets the menu (Info Jabatan, Unduh Infojab); editors get its changing items too. */
  canEdit: boolean;
  /** The node whose menu is open. */
  menuFor: string | null;
  openMenu: (data: TreeNodeData, trigger: HTMLElement) => void;
}

export const RowCtx = createContext<RowContext>({ canEdit: false, menuFor: null, openMenu: () => {} });

export const ROW_HEIGHT = 32;

/** B − K with its sign; `labelled` adds the word (kurang/lebih), so it reads without colour. */
function Selisih({ k, b, labelled = false }: { k: number; b: number; labelled?: boolean }) {
  const s = rekapSatuSel({ kebutuhan: k, existing: b }).selisih;
  return (
    <span className={s < 0 ? "neg" : s > 0 ? "pos" : undefined} title="Selisih = B − K">
      {s > 0 ? "+" : s < 0 ? "−" : ""}
      {formatAngka(Math.abs(s))}
      {labelled && (s < 0 ? " kurang" : s > 0 ? " lebih" : " sesuai")}
    </span>
  );
}

/** One row. Kept light: plain spans, one context read, no per-row state (10k units + 50k jabatan). */
export function EditorRow({ node, style, dragHandle }: NodeRendererProps<TreeNodeData>) {
  const { menuFor, openMenu } = useContext(RowCtx);
  const d = node.data;
  const menuButton = (
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
          {/* Collapsed, a unit also shows its whole subtree (the data layer's recap), so shortages deep inside show. */}
          {!node.isOpen && d.subunits.length > 0 && (
            <span className="subtree-figures" title="Seluruh cabang: unor ini dan semua unor di bawahnya (hanya unor aktif)">
              {" "}
              | Seluruh cabang: K {formatAngka(u.kebutuhanSubtree)} · B {formatAngka(u.existingSubtree)} ·{" "}
              <Selisih k={u.kebutuhanSubtree} b={u.existingSubtree} labelled />
            </span>
          )}
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
      {c.sumber === "STANDAR_PEMBINA" && (
        // A K the operator did not type: say by which standard, as the issue asks of the tree.
        <span className="badge sumber-standar" title={`Kebutuhan dari standar pembina${c.aturanVersi ? ` ${c.aturanVersi}` : ""}`}>
          standar{c.aturanVersi ? ` ${c.aturanVersi}` : ""}
        </span>
      )}
      {menuButton}
    </div>
  );
}
