"use client";

import Link from "next/link";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import {
  getCoreRowModel,
  getExpandedRowModel,
  useReactTable,
  type ColumnDef,
  type ExpandedState,
  type Row,
  type SortingState,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { formatAngka, JENIS_JABATAN_LABEL, JENIS_UNOR_LABEL, JENJANG_LABEL } from "@/lib/format";
import { JENJANG } from "@/lib/domain/jabatan/jenjang";
import {
  buildRows,
  FILTER_KOSONG,
  hasCellFilter,
  unitKey,
  unpackCells,
  type PetaJabatanTabelData,
  type SortKolom,
  type TabelFilter,
  type TabelRow,
} from "@/lib/domain/peta-jabatan/tabel";
import { PetaJabatanFilters } from "./peta-jabatan-filters";
import { Selisih } from "./selisih";

const ROW_HEIGHT = 38;
/** The sticky header row's height (CSS .pj-head): the body starts below it in the scroll box. */
const HEAD_HEIGHT = 36;

const columns: ColumnDef<TabelRow>[] = [
  { id: "nama", header: "Jabatan / Unit", accessorFn: (r) => (r.kind === "unor" ? r.unit.nama : r.jabatan.nama) },
  { id: "jenis", header: "Jenis", accessorFn: (r) => (r.kind === "unor" ? r.unit.jenis : r.jabatan.jenis) },
  { id: "jenjang", header: "Jenjang", accessorFn: (r) => (r.kind === "jabatan" ? r.jabatan.jenjang : null) },
  { id: "kelas", header: "Kelas", accessorFn: (r) => (r.kind === "jabatan" ? r.jabatan.kelas : null) },
  { id: "kebutuhan", header: "K", accessorFn: (r) => (r.kind === "jabatan" ? r.kebutuhan : r.unit.subtree.kebutuhan) },
  { id: "existing", header: "B", accessorFn: (r) => (r.kind === "jabatan" ? r.existing : r.unit.subtree.existing) },
  { id: "selisih", header: "Selisih (B − K)", accessorFn: (r) => (r.kind === "jabatan" ? r.selisih : r.unit.subtree.selisih) },
];
const NUMERIC = new Set(["kelas", "kebutuhan", "existing", "selisih"]);

/**
 * The peta jabatan as a tree table: units are group rows (their figures are the whole subtree's,
 * from the server), the jabatan placed in a unit under it. Virtualised; keyboard: ↑/↓ move,
 * → opens a unit (or steps into it), ← closes it (or steps to its unit), Enter/Space toggles.
 */
export function PetaJabatanTable({ data }: { data: PetaJabatanTabelData }) {
  const instansiId = data.instansi.id;
  const cells = useMemo(() => unpackCells(data), [data]);
  const [filter, setFilter] = useState<TabelFilter>(FILTER_KOSONG);
  const deferredFilter = useDeferredValue(filter);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [expanded, setExpanded] = useState<ExpandedState>(() =>
    Object.fromEntries(data.units.filter((u) => u.depth === 0).map((u) => [unitKey(u.id), true])),
  );
  const rows = useMemo(() => {
    const sort = sorting[0] ? { kolom: sorting[0].id as SortKolom, desc: sorting[0].desc } : null;
    return buildRows(data, cells, deferredFilter, sort);
  }, [data, cells, deferredFilter, sorting]);

  // A new filter opens every unit it keeps, so the matches are in view.
  const filtered = hasCellFilter(deferredFilter) || deferredFilter.cari.trim() !== "";
  useEffect(() => {
    if (filtered) setExpanded(true);
  }, [filtered, deferredFilter]);

  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (r) => r.key,
    getSubRows: (r) => (r.kind === "unor" ? r.subRows : undefined),
    getRowCanExpand: (r) => r.original.kind === "unor" && r.original.subRows.length > 0,
    state: { expanded, sorting },
    onExpandedChange: setExpanded,
    onSortingChange: setSorting,
    manualSorting: true,
    getCoreRowModel: getCoreRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
  });
  const flat = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: flat.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Offsets count from the scroll box's top; a row scrolled to must not hide under the header.
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const activeIndex = Math.min(active, Math.max(flat.length - 1, 0));

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    virtualizer.scrollToIndex(activeIndex, { align: "auto" });
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)?.focus());
  }, [activeIndex, virtualizer]);

  const moveTo = (i: number) => {
    focusPending.current = true;
    setActive(Math.max(0, Math.min(flat.length - 1, i)));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const row = flat[activeIndex];
    if (!row || (e.target as HTMLElement).closest("a")) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex - 1),
      PageDown: () => moveTo(activeIndex + page),
      PageUp: () => moveTo(activeIndex - page),
      Home: () => moveTo(0),
      End: () => moveTo(flat.length - 1),
      ArrowRight: () => (row.getCanExpand() && !row.getIsExpanded() ? row.toggleExpanded(true) : row.getIsExpanded() && moveTo(activeIndex + 1)),
      ArrowLeft: () => {
        if (row.getIsExpanded()) row.toggleExpanded(false);
        else {
          const parent = row.getParentRow();
          if (parent) moveTo(flat.findIndex((r) => r.id === parent.id));
        }
      },
      Enter: () => row.getCanExpand() && row.toggleExpanded(),
      " ": () => row.getCanExpand() && row.toggleExpanded(),
    };
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };

  const options = useMemo(() => {
    const jenis = new Set(data.jabatan.map((j) => j.jenis));
    const jenjang = new Set(data.jabatan.map((j) => j.jenjang).filter((j): j is string => j !== null));
    return {
      jenis: ["STRUKTURAL", "FUNGSIONAL", "PELAKSANA"].filter((j) => jenis.has(j)),
      jenjang: (JENJANG as readonly string[]).filter((j) => jenjang.has(j)),
      kelas: [...new Set(data.jabatan.map((j) => j.kelas))].sort((a, b) => a - b),
    };
  }, [data]);

  return (
    <>
      <div className="pj-tools no-print">
        <PetaJabatanFilters filter={filter} onChange={setFilter} jenisOptions={options.jenis} jenjangOptions={options.jenjang} kelasOptions={options.kelas} />
        <button type="button" className="secondary" onClick={() => setFilter(FILTER_KOSONG)} disabled={filter === FILTER_KOSONG}>
          Hapus filter
        </button>
        <span className="pj-spacer" />
        <button type="button" className="secondary" onClick={() => table.toggleAllRowsExpanded(true)}>
          Buka semua
        </button>
        <button type="button" className="secondary" onClick={() => setExpanded({})}>
          Tutup semua
        </button>
      </div>
      <p className="muted small" aria-live="polite">
        {formatAngka(flat.length)} baris ditampilkan. Angka unit adalah jumlah seluruh unit di bawahnya; filter hanya menyembunyikan baris.
      </p>
      <div
        ref={scrollRef}
        className="pj-grid"
        role="treegrid"
        aria-label={`Peta jabatan ${data.instansi.nama}`}
        aria-rowcount={flat.length + 1}
        onKeyDown={onKeyDown}
      >
        <div className="pj-row pj-head" role="row" aria-rowindex={1}>
          {table.getFlatHeaders().map((h) => {
            const dir = h.column.getIsSorted();
            return (
              <div
                key={h.id}
                role="columnheader"
                className={NUMERIC.has(h.id) ? "num" : undefined}
                aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}
              >
                <button type="button" onClick={h.column.getToggleSortingHandler()} title="Urutkan jabatan di dalam setiap unit">
                  {String(h.column.columnDef.header)}
                  {dir === "asc" ? " ▲" : dir === "desc" ? " ▼" : ""}
                </button>
              </div>
            );
          })}
        </div>
        {flat.length === 0 ? (
          <p className="pj-empty muted">Tidak ada jabatan yang cocok dengan filter.</p>
        ) : (
          <div className="pj-body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((v) => (
              <TabelBaris
                key={flat[v.index].id}
                row={flat[v.index]}
                index={v.index}
                top={v.start - HEAD_HEIGHT}
                active={v.index === activeIndex}
                onFocus={() => setActive(v.index)}
                instansiId={instansiId}
              />
            ))}
          </div>
        )}
      </div>
    </>
  );
}

function TabelBaris({ row, index, top, active, onFocus, instansiId }: { row: Row<TabelRow>; index: number; top: number; active: boolean; onFocus: () => void; instansiId: number }) {
  const r = row.original;
  const depth = r.kind === "unor" ? r.unit.depth : r.depth;
  const common = {
    role: "row",
    "data-index": index,
    "data-kind": r.kind,
    "data-active": active,
    "aria-rowindex": index + 2,
    "aria-level": depth + 1,
    tabIndex: active ? 0 : -1,
    onFocus,
    className: "pj-row",
    style: { top, height: ROW_HEIGHT },
  } as const;
  const indent = { paddingLeft: `${0.5 + depth * 1.1}rem` };
  if (r.kind === "unor") {
    const s = r.unit.subtree;
    const canExpand = row.getCanExpand();
    return (
      <div {...common} aria-expanded={canExpand ? row.getIsExpanded() : undefined}>
        <div role="gridcell" className="pj-nama" style={indent}>
          {canExpand ? (
            <button type="button" tabIndex={-1} className="pj-toggle" aria-label={`${row.getIsExpanded() ? "Tutup" : "Buka"} ${r.unit.nama}`} onClick={row.getToggleExpandedHandler()}>
              {row.getIsExpanded() ? "−" : "+"}
            </button>
          ) : (
            <span className="pj-leaf" />
          )}
          <span>{r.unit.nama}</span>
        </div>
        <div role="gridcell">{JENIS_UNOR_LABEL[r.unit.jenis] ?? r.unit.jenis}</div>
        {/* The unit's own jabatan, beside the subtree's totals in K and B. */}
        <div role="gridcell" className="muted small pj-sendiri">
          sendiri: K {formatAngka(r.unit.sendiri.kebutuhan)} · B {formatAngka(r.unit.sendiri.existing)}
        </div>
        <div role="gridcell" className="num">{formatAngka(s.kebutuhan)}</div>
        <div role="gridcell" className="num">{formatAngka(s.existing)}</div>
        <div role="gridcell" className="num" title={`Kekurangan ${s.kekurangan}, kelebihan ${s.kelebihan} (bruto)`}>
          <Selisih value={s.selisih} />
        </div>
      </div>
    );
  }
  return (
    <div {...common}>
      <div role="gridcell" className="pj-nama" style={indent}>
        <span className="pj-leaf" />
        <Link href={`/instansi/${instansiId}/peta-jabatan/${r.id}/infojab`} tabIndex={active ? 0 : -1} title={r.jabatan.kode}>
          {r.jabatan.nama}
        </Link>
        {r.sumber === "STANDAR_PEMBINA" && (
          // A K by standard says which one, as the issue asks of the tables.
          <span className="badge sumber-standar" title={`Kebutuhan dari standar pembina${r.aturanVersi ? ` ${r.aturanVersi}` : ""}`}>
            standar{r.aturanVersi ? ` ${r.aturanVersi}` : ""}
          </span>
        )}
      </div>
      <div role="gridcell">{JENIS_JABATAN_LABEL[r.jabatan.jenis] ?? r.jabatan.jenis}</div>
      <div role="gridcell">{r.jabatan.jenjang ? (JENJANG_LABEL[r.jabatan.jenjang] ?? r.jabatan.jenjang) : "—"}</div>
      <div role="gridcell" className="num">{r.jabatan.kelas}</div>
      <div role="gridcell" className="num">{formatAngka(r.kebutuhan)}</div>
      <div role="gridcell" className="num">{formatAngka(r.existing)}</div>
      <div role="gridcell" className="num">
        <Selisih value={r.selisih} />
      </div>
    </div>
  );
}
