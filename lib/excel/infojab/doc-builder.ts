/**
 * Rows of the section sheets gathered per Kode Peta Jabatan into the input of infojabIsiSchema, with
 * the row each value came from, so that a schema issue (path ["uraianTugas", 3, "volume"]) can be
 * shown as Tugas Pokok, baris 7, kolom F.
 */
import { KONDISI_FISIK_JENIS, SHEET, SYARAT_JENIS, columnLetter, sheetDef, type SheetDef } from "./layout";

export interface Place {
  sheet: string;
  row: number;
}
type Problem = Place & { column: string | null; message: string };
type Cells = Record<string, string | number | null>;

/** Schema path of a list section → its sheet and the column its items sit in. */
const LISTS: Record<string, { sheet: string; key?: string }> = {
  hasilKerja: { sheet: SHEET.hasil },
  bahanKerja: { sheet: SHEET.bahan },
  perangkatKerja: { sheet: SHEET.perangkat },
  tanggungJawab: { sheet: SHEET.tanggungJawab, key: "isi" },
  wewenang: { sheet: SHEET.wewenang, key: "isi" },
  korelasiJabatan: { sheet: SHEET.korelasi },
  kondisiLingkungan: { sheet: SHEET.lingkungan },
  risikoBahaya: { sheet: SHEET.risiko },
};
const SHEET_TO_LIST = Object.fromEntries(Object.entries(LISTS).map(([path, v]) => [v.sheet, path]));

/** Syarat Jabatan "Jenis" → the schema path of its list. */
const SYARAT_PATH: Record<string, string> = {
  [SYARAT_JENIS.pelatihan]: "kualifikasi.pelatihan",
  [SYARAT_JENIS.pengalaman]: "kualifikasi.pengalaman",
  [SYARAT_JENIS.pengetahuan]: "syaratJabatan.pengetahuan",
  [SYARAT_JENIS.keterampilan]: "syaratJabatan.keterampilan",
  [SYARAT_JENIS.bakatKerja]: "syaratJabatan.bakatKerja",
  [SYARAT_JENIS.temperamen]: "syaratJabatan.temperamen",
  [SYARAT_JENIS.minat]: "syaratJabatan.minat",
  [SYARAT_JENIS.upayaFisik]: "syaratJabatan.upayaFisik",
  [SYARAT_JENIS.fungsiPekerjaan]: "syaratJabatan.fungsiPekerjaan",
};
const KONDISI_PATH: Record<string, string> = Object.fromEntries(Object.entries(KONDISI_FISIK_JENIS).map(([field, jenis]) => [jenis, `syaratJabatan.kondisiFisik.${field}`]));

const DATA_FIELDS: Record<string, string> = { ikhtisar: "ikhtisar", "kualifikasi.pendidikanFormal": "pendidikanFormal", kelasJabatan: "kelasJabatan", prestasiKerja: "prestasiKerja" };

interface Uraian {
  no: number | null;
  row: number;
  t: Record<string, unknown>;
}

interface Doc {
  uraian: Uraian[];
  /** path → items and their rows (lists) */
  lists: Map<string, { items: unknown[]; rows: number[] }>;
  /** path → value and its row (Data Jabatan fields, kondisi fisik) */
  single: Map<string, { value: unknown; row: number }>;
  dataRow: number | null;
  refs: Place[];
  /** Rows of uraian after sorting by No, for locating schema issues. */
  uraianRows: number[];
}

const col = (sheet: string, key: string) => columnLetter(sheetDef(sheet).columns.findIndex((c) => c.key === key) + 1);
const text = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));

export class DocBuilder {
  private readonly docs = new Map<number, Doc>();

  private doc(kode: number): Doc {
    let d = this.docs.get(kode);
    if (!d) this.docs.set(kode, (d = { uraian: [], lists: new Map(), single: new Map(), dataRow: null, refs: [], uraianRows: [] }));
    return d;
  }

  private push(d: Doc, path: string, item: unknown, row: number) {
    let l = d.lists.get(path);
    if (!l) d.lists.set(path, (l = { items: [], rows: [] }));
    l.items.push(item);
    l.rows.push(row);
  }

  /** Adds one data row of a section sheet; returns the problems found in it beyond its cells. */
  add(def: SheetDef, place: Place, kode: number, c: Cells): Problem[] {
    const d = this.doc(kode);
    d.refs.push(place);
    const { row } = place;
    switch (def.name) {
      case SHEET.tugas: {
        const no = typeof c.no === "number" && c.no > 0 ? c.no : null;
        const t = { uraian: text(c.uraian), hasilKerja: text(c.hasilKerja), satuan: text(c.satuan), volume: c.volume ?? undefined, periode: c.periode ?? undefined, waktu: c.waktu ?? undefined, satuanWaktu: c.satuanWaktu ?? undefined };
        d.uraian.push({ no, row, t });
        return no === null && c.no !== undefined ? [{ ...place, column: "B", message: "No wajib diisi dengan angka bulat positif." }] : [];
      }
      case SHEET.data: {
        if (d.dataRow !== null) return [{ ...place, column: "A", message: `Data Jabatan untuk kode ${kode} sudah diisi pada baris ${d.dataRow}; cukup satu baris per jabatan.` }];
        d.dataRow = row;
        for (const [path, key] of Object.entries(DATA_FIELDS)) d.single.set(path, { value: key === "kelasJabatan" ? (c[key] ?? null) : text(c[key]), row });
        return [];
      }
      case SHEET.syarat: {
        const jenis = text(c.jenis).toLowerCase();
        const nilai = text(c.nilai);
        if (SYARAT_PATH[jenis]) {
          // Codes are upper case in the lists ("g" is G); free text is kept as typed.
          const coded = /bakat|temperamen|minat|upaya|fungsi/.test(jenis);
          this.push(d, SYARAT_PATH[jenis], coded ? nilai.toUpperCase() : nilai, row);
          return [];
        }
        if (KONDISI_PATH[jenis]) {
          const path = KONDISI_PATH[jenis];
          const prev = d.single.get(path);
          if (prev) return [{ ...place, column: "B", message: `${c.jenis} sudah diisi pada baris ${prev.row}; cukup sekali.` }];
          d.single.set(path, { value: nilai, row });
          return [];
        }
        if (c.jenis === null) return [{ ...place, column: "B", message: "Jenis wajib diisi." }];
        return c.jenis === undefined ? [] : [{ ...place, column: "B", message: `Jenis "${c.jenis}" tidak dikenal. Lihat sheet Petunjuk untuk daftar jenis.` }];
      }
      default: {
        const path = SHEET_TO_LIST[def.name];
        const key = LISTS[path].key;
        const item = key ? text(c[key]) : Object.fromEntries(def.columns.slice(1).map((x) => [x.key, text(c[x.key])]));
        this.push(d, path, item, row);
        return [];
      }
    }
  }

  *references(): Generator<{ kode: number; place: Place }> {
    for (const [kode, d] of this.docs) for (const place of d.refs) yield { kode, place };
  }

  /** The schema input of one jabatan, uraian tugas ordered by No. */
  build(kode: number): { input: Record<string, unknown>; masalah: Problem[] } {
    const d = this.doc(kode);
    const masalah: Problem[] = [];
    const byNo = new Map<number, number>();
    for (const u of d.uraian) {
      if (u.no === null) continue;
      const first = byNo.get(u.no);
      if (first !== undefined) masalah.push({ sheet: SHEET.tugas, row: u.row, column: "B", message: `No ${u.no} sudah dipakai pada baris ${first} untuk jabatan yang sama.` });
      else byNo.set(u.no, u.row);
    }
    const sorted = [...d.uraian].sort((a, b) => (a.no ?? Infinity) - (b.no ?? Infinity) || a.row - b.row);
    d.uraianRows = sorted.map((u) => u.row);
    const input: Record<string, unknown> = { uraianTugas: sorted.map((u) => u.t), kualifikasi: {}, syaratJabatan: { kondisiFisik: {} } };
    const set = (path: string, value: unknown) => {
      const keys = path.split(".");
      let o = input;
      for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
      o[keys[keys.length - 1]] = value;
    };
    for (const [path, l] of d.lists) set(path, l.items);
    for (const [path, s] of d.single) set(path, s.value);
    return { input, masalah };
  }

  /** Where a schema issue of this jabatan's document sits in the workbook. */
  locate(kode: number, path: PropertyKey[], fallback: Place): Omit<Problem, "message"> {
    const d = this.doc(kode);
    const [head, a, b] = path.map(String);
    if (head === "uraianTugas") {
      const row = a !== undefined ? d.uraianRows[Number(a)] : d.uraianRows[0];
      return { sheet: SHEET.tugas, row: row ?? null!, column: b ? col(SHEET.tugas, b) : null };
    }
    const dotted = path.map(String).join(".");
    const single = [...d.single.entries()].find(([p]) => dotted === p);
    if (single) {
      const [p, s] = single;
      return DATA_FIELDS[p] ? { sheet: SHEET.data, row: s.row, column: col(SHEET.data, DATA_FIELDS[p]) } : { sheet: SHEET.syarat, row: s.row, column: "C" };
    }
    for (const [p, l] of d.lists) {
      if (dotted !== p && !dotted.startsWith(`${p}.`)) continue;
      const rest = dotted.slice(p.length + 1).split(".");
      const i = rest[0] === "" ? 0 : Number(rest[0]);
      const sheet = LISTS[p]?.sheet ?? SHEET.syarat;
      const key = rest[1] ?? LISTS[p]?.key;
      return { sheet, row: l.rows[i] ?? l.rows[0], column: sheet === SHEET.syarat ? "C" : key ? col(sheet, key) : null };
    }
    return { ...fallback, column: null };
  }
}
