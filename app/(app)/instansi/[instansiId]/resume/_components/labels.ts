/** Full names of the jenis jabatan for headings and chart axes (the short ones are lib/format's). */
export const JENIS_JABATAN_LABEL_PANJANG: Record<string, string> = {
  STRUKTURAL: "Struktural",
  FUNGSIONAL: "Fungsional",
  PELAKSANA: "Pelaksana",
};
