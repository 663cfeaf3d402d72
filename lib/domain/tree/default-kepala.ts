/**
 * Without an explicit choice, the head of "Bidang Pelayanan" is the "Kepala Bidang" of that eselon:
 * the catalogue jabatan named "Kepala <first word of the unit>", else one naming that word, else the first.
 */
export function defaultKepala<T extends { nama: string }>(candidates: T[], namaUnor: string): T | undefined {
  const first = namaUnor.split(" ")[0]?.toLocaleLowerCase("id") ?? "";
  const lower = (j: T) => j.nama.toLocaleLowerCase("id");
  return (
    candidates.find((j) => lower(j) === `kepala ${first}`) ??
    candidates.find((j) => lower(j).split(" ").includes(first)) ??
    candidates[0]
  );
}
