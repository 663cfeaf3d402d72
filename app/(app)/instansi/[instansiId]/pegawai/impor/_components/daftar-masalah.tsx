import type { Masalah } from "@/lib/services/pegawai/import-pegawai";

/** The refusal of a file: its message and every problem with the row and column to fix. */
export function DaftarMasalah({ message, masalah }: { message: string; masalah: Masalah[] }) {
  return (
    <div role="alert" className="form-alert">
      <p>{message}</p>
      {masalah.length > 0 && (
        <table>
          <caption>Masalah pada file</caption>
          <thead>
            <tr><th scope="col">Baris</th><th scope="col">Kolom</th><th scope="col">Masalah</th></tr>
          </thead>
          <tbody>
            {masalah.map((m, i) => (
              <tr key={i}><td>{m.row ?? "–"}</td><td>{m.column ?? "–"}</td><td>{m.message}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
