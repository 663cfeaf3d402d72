import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireInstansiReader } from "@/lib/auth/actor";
import { findInstansi } from "@/lib/data/instansi";
import { listUnorOfInstansi, type UnorTreeRow } from "@/lib/data/unor";
import { buildTree, type TreeNode } from "@/lib/domain/tree/build-tree";
import { UnorTreeView, type UnorTreeItem } from "@/components/tree/unor-tree-view";
import { formatAngka, JENIS_INSTANSI_LABEL } from "@/lib/format";

export const metadata: Metadata = { title: "Peta Jabatan" };

const paramsSchema = z.object({ instansiId: z.coerce.number().int().positive() });

function toItem(node: TreeNode<UnorTreeRow>): UnorTreeItem {
  return {
    id: String(node.id),
    nama: node.nama,
    jenis: node.jenis,
    aktif: node.aktif,
    kebutuhan: node.kebutuhan,
    existing: node.existing,
    jumlahJabatan: node.jumlahJabatan,
    children: node.children.length ? node.children.map(toItem) : undefined,
  };
}

export default async function UnorPage({ params }: { params: Promise<{ instansiId: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { instansiId } = parsed.data;
  const actor = await requireInstansiReader(instansiId);
  const instansi = await findInstansi(actor, instansiId);
  if (!instansi) notFound();
  const rows = await listUnorOfInstansi(actor, instansiId);
  const tree = buildTree(rows).map(toItem);
  const kebutuhan = rows.reduce((a, r) => a + r.kebutuhan, 0);
  const existing = rows.reduce((a, r) => a + r.existing, 0);
  return (
    <>
      <h1>{instansi.nama}</h1>
      <p className="muted">
        {JENIS_INSTANSI_LABEL[instansi.jenis]} · {instansi.wilayah ?? "—"} · {formatAngka(rows.length)} unor
      </p>
      <div className="cards" style={{ marginBottom: "1rem" }}>
        <div className="card">
          <div className="label">Kebutuhan</div>
          <div className="value">{formatAngka(kebutuhan)}</div>
        </div>
        <div className="card">
          <div className="label">Existing</div>
          <div className="value">{formatAngka(existing)}</div>
        </div>
        <div className="card">
          <div className="label">Selisih (B − K)</div>
          <div className={`value ${existing - kebutuhan < 0 ? "neg" : "pos"}`}>{formatAngka(existing - kebutuhan)}</div>
        </div>
      </div>
      <h2>Struktur Unor</h2>
      <UnorTreeView data={tree} />
    </>
  );
}
