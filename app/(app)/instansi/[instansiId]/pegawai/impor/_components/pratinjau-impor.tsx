import type { RencanaImpor } from "@/lib/services/pegawai/import-pegawai";

type Contoh = RencanaImpor["contoh"]["ditambah"][number];
const n = (x: number) => x.toLocaleString("id-ID");

function ContohTabel({ judul, rows, sebelum }: { judul: string; rows: Contoh[]; sebelum?: boolean }) {
  if (!rows.length) return null;
  return (
    <table>
      <caption>{judul}</caption>
      <thead>
        <tr>
          <th scope="col">Baris</th><th scope="col">NIP</th><th scope="col">Nama</th><th scope="col">Jabatan</th><th scope="col">Unor</th>
          {sebelum && <th scope="col">Sebelumnya</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.nip}>
            <td>{r.baris ?? "–"}</td><td>{r.nip}</td><td>{r.nama}</td><td>{r.jabatan ?? "(tanpa jabatan)"}</td><td>{r.unor ?? "–"}</td>
            {sebelum && (
              <td>
                {r.sebelum ? `${r.sebelum.nama}; ${r.sebelum.jabatan ?? "(tanpa jabatan)"}; ${r.sebelum.unor ?? "–"}${r.sebelum.aktif ? "" : "; tidak aktif"}` : "–"}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the import would change, before it is applied: counts, then a few rows of each kind. */
export function PratinjauImpor({ rencana, ganti }: { rencana: RencanaImpor; ganti: boolean }) {
  return (
    <section className="panel" aria-labelledby="pratinjau-h">
      <h2 id="pratinjau-h">Pratinjau perubahan</h2>
      <ul aria-label="Ringkasan perubahan">
        <li>Baris dibaca: <strong>{n(rencana.baris)}</strong></li>
        <li>Pegawai ditambahkan: <strong>{n(rencana.ditambah)}</strong></li>
        <li>Pegawai diperbarui: <strong>{n(rencana.diperbarui)}</strong></li>
        <li>Tidak berubah: <strong>{n(rencana.tetap)}</strong></li>
        {ganti && <li>Pegawai dinonaktifkan (tidak ada di file): <strong>{n(rencana.dinonaktifkan)}</strong></li>}
      </ul>
      <ContohTabel judul="Contoh pegawai yang ditambahkan" rows={rencana.contoh.ditambah} />
      <ContohTabel judul="Contoh pegawai yang diperbarui" rows={rencana.contoh.diperbarui} sebelum />
      {ganti && <ContohTabel judul="Contoh pegawai yang dinonaktifkan" rows={rencana.contoh.dinonaktifkan} />}
    </section>
  );
}
