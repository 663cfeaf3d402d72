import type { ActionResult } from "@/lib/actions/action-result";

/** A catalogue jabatan offered by the pickers. */
export interface JabatanPilihan {
  id: number;
  kode: string;
  nama: string;
  jenjang: string | null;
  kelas: number;
}

export interface InstansiPilihan {
  id: number;
  nama: string;
}

export interface UnorSumberPilihan {
  id: number;
  nama: string;
}

export interface ReplikasiHasil {
  disalin: { jabatanId: number; nama: string }[];
  dilewati: { jabatanId: number; nama: string; alasan: string }[];
}

/**
 * The server actions the tree editor calls, handed down by the page (server actions are
 * serialisable props). The first argument is the instansi whose page to revalidate; every action
 * checks authorisation itself from the signed-in actor and the ids in `input`.
 */
export interface UnorEditorActions {
  createUnorStruktural(instansiId: number, input: unknown): Promise<ActionResult<{ unor: { id: number; nama: string }; petaJabatanId: number | null }>>;
  renameUnor(instansiId: number, input: unknown): Promise<ActionResult<{ id: number; nama: string; version: number }>>;
  moveUnor(instansiId: number, input: unknown): Promise<ActionResult<{ id: number; parentId: number; urutan: number; version: number }>>;
  setUnorAktif(instansiId: number, input: unknown): Promise<ActionResult<{ id: number; aktif: boolean; version: number; turunanDinonaktifkan?: number }>>;
  deleteUnor(instansiId: number, input: unknown): Promise<ActionResult<{ id: number }>>;
  placeJabatan(instansiId: number, input: unknown): Promise<ActionResult<{ id: number }>>;
  removePetaJabatan(instansiId: number, input: unknown): Promise<ActionResult<{ id: number }>>;
  updateKebutuhan(instansiId: number, input: unknown): Promise<ActionResult<{ id: number; kebutuhan: number; version: number }>>;
  replicateJabatan(instansiId: number, input: unknown): Promise<ActionResult<ReplikasiHasil>>;
  searchJabatan(jenis: "FUNGSIONAL" | "PELAKSANA" | "STRUKTURAL", q: string, jenjang?: string | null): Promise<ActionResult<JabatanPilihan[]>>;
  searchInstansi(q: string): Promise<ActionResult<InstansiPilihan[]>>;
  searchUnorSumber(instansiId: number, q: string): Promise<ActionResult<UnorSumberPilihan[]>>;
}
