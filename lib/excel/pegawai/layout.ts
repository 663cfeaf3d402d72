/**
 * The pegawai import file, as data: one sheet (or one CSV) whose columns are, in this order, the
 * ones below. The template writer, the .xlsx and .csv readers and the Petunjuk all follow this table.
 * Pure: no exceljs, no database.
 */
export interface PegawaiColumn {
  header: string;
  key: PegawaiKolom;
  width: number;
  petunjuk: string;
}

export type PegawaiKolom = "nip" | "nama" | "tanggalLahir" | "jenisKelamin" | "jenis" | "kodeJabatan" | "unor" | "pendidikan" | "tmtJabatan";

export const PEGAWAI_SHEET = "Pegawai";

export const PEGAWAI_COLUMNS: readonly PegawaiColumn[] = [
  { header: "NIP", key: "nip", width: 22, petunjuk: "18 digit angka, ditulis sebagai teks (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut)." },
  { header: "Nama", key: "nama", width: 32, petunjuk: "Nama lengkap dengan gelar, paling panjang 200 karakter." },
  { header: "Tanggal Lahir", key: "tanggalLahir", width: 14, petunjuk: "Tanggal (format Excel) atau teks YYYY-MM-DD / DD-MM-YYYY; harus sama dengan 8 digit pertama NIP." },
  { header: "Jenis Kelamin", key: "jenisKelamin", width: 14, petunjuk: "L (pria) atau P (wanita); harus sama dengan digit ke-15 NIP (1 pria, 2 wanita)." },
  { header: "Jenis", key: "jenis", width: 8, petunjuk: "PNS atau PPPK." },
  { header: "Kode Jabatan", key: "kodeJabatan", width: 16, petunjuk: "Kode jabatan dari katalog jabatan; boleh kosong bila pegawai belum memiliki jabatan." },
  { header: "Unor", key: "unor", width: 48, petunjuk: "ID unor, atau jalur lengkap nama unor dari unit teratas dipisah \" > \" (mis. Sekretariat Daerah > Bagian Organisasi)." },
  { header: "Pendidikan", key: "pendidikan", width: 20, petunjuk: "Pendidikan terakhir (mis. S1 Administrasi Negara); boleh kosong." },
  { header: "TMT Jabatan", key: "tmtJabatan", width: 14, petunjuk: "Tanggal mulai menjabat; boleh kosong." },
];

/** The Excel column letter of a 1-based column number (A … Z is enough for nine columns). */
export const kolomHuruf = (i: number) => String.fromCharCode(64 + i);

/** Separator of the unor's full path. */
export const UNOR_PATH_SEPARATOR = ">";
