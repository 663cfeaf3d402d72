"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import type { JabatanKatalogRow } from "@/lib/data/jabatan";

const JENIS_LABEL: Record<string, string> = { STRUKTURAL: "Struktural", FUNGSIONAL: "Fungsional", PELAKSANA: "Pelaksana" };

export function JabatanPicker({ jabatan }: { jabatan: JabatanKatalogRow[] }) {
  const [term, setTerm] = useState("");
  const shown = useMemo(() => {
    const t = term.trim().toLocaleLowerCase("id");
    return (t ? jabatan.filter((j) => j.nama.toLocaleLowerCase("id").includes(t) || j.kode.toLocaleLowerCase("id").includes(t)) : jabatan).slice(0, 50);
  }, [jabatan, term]);
  return (
    <div>
      <input type="search" placeholder="Cari jabatan…" aria-label="Cari jabatan" value={term} onChange={(e) => setTerm(e.target.value)} style={{ width: "24rem" }} />
      <ul style={{ columns: 2, paddingLeft: "1.2rem" }}>
        {shown.map((j) => (
          <li key={j.id}>
            <Link href={`/dashboard/jabatan/${j.id}`}>{j.nama}</Link> <span className="muted">· {JENIS_LABEL[j.jenis] ?? j.jenis} · kelas {j.kelas}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="muted">Tidak ada jabatan yang cocok.</p>}
    </div>
  );
}
