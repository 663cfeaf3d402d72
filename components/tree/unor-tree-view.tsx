"use client";

import { useMemo, useState } from "react";
import { Tree, type NodeRendererProps } from "react-arborist";
import { formatAngka } from "@/lib/format";

export interface UnorTreeItem {
  id: string;
  nama: string;
  jenis: string;
  aktif: boolean;
  kebutuhan: number;
  existing: number;
  jumlahJabatan: number;
  children?: UnorTreeItem[];
}

const JENIS_LABEL: Record<string, string> = {
  STRUKTURAL: "Struktural",
  PUSKESMAS: "Puskesmas",
  RUMAH_SAKIT: "Rumah Sakit",
  SEKOLAH: "Sekolah",
  UNIT_LAYANAN: "Unit Layanan",
};

function UnorNode({ node, style }: NodeRendererProps<UnorTreeItem>) {
  const d = node.data;
  const selisih = d.existing - d.kebutuhan;
  return (
    <div style={style} className="tree-row" data-selected={node.isSelected} onClick={() => node.isInternal && node.toggle()}>
      <span aria-hidden style={{ width: "1rem", display: "inline-block" }}>
        {node.isLeaf ? "·" : node.isOpen ? "▾" : "▸"}
      </span>
      <span className="nama" title={d.nama}>
        {d.nama}
      </span>
      {d.jenis !== "STRUKTURAL" && <span className="badge">{JENIS_LABEL[d.jenis] ?? d.jenis}</span>}
      {!d.aktif && <span className="badge">Nonaktif</span>}
      <span className="figures">
        K {formatAngka(d.kebutuhan)} · B {formatAngka(d.existing)} ·{" "}
        <span className={selisih < 0 ? "neg" : selisih > 0 ? "pos" : undefined}>
          {selisih > 0 ? "+" : ""}
          {formatAngka(selisih)}
        </span>
      </span>
    </div>
  );
}

/** Read-only, virtualised unor tree with search. Figures per unit are the unit's own cells. */
export function UnorTreeView({ data, height = 560 }: { data: UnorTreeItem[]; height?: number }) {
  const [term, setTerm] = useState("");
  const openState = useMemo(() => Object.fromEntries(data.map((n) => [n.id, true])), [data]);
  return (
    <div className="panel">
      <div className="table-tools">
        <input type="search" placeholder="Cari Unor..." aria-label="Cari Unor" value={term} onChange={(e) => setTerm(e.target.value)} />
        <span className="muted">K = kebutuhan, B = existing (bezetting), selisih = B − K</span>
      </div>
      <Tree<UnorTreeItem>
        data={data}
        idAccessor="id"
        childrenAccessor="children"
        openByDefault={false}
        initialOpenState={openState}
        disableDrag
        disableDrop
        disableEdit
        width="100%"
        height={height}
        rowHeight={32}
        indent={22}
        searchTerm={term}
        searchMatch={(node, t) => node.data.nama.toLocaleLowerCase("id").includes(t.toLocaleLowerCase("id"))}
      >
        {UnorNode}
      </Tree>
    </div>
  );
}
