import { PassThrough, Readable, type Writable } from "node:stream";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What a streamed workbook export offers a download: its file name, its jabatan count, its writer. */
export interface XlsxExport {
  filename: string;
  jabatan: number;
  write(out: Writable): Promise<unknown>;
}

/** A streamed .xlsx answer: headers go out at once, rows follow as the writer commits them. */
export function xlsxResponse(ex: XlsxExport, where: string): Response {
  const pass = new PassThrough();
  ex.write(pass).catch((e) => {
    // Headers are gone already: the download fails visibly (truncated) rather than silently.
    console.error(`[${where}] ekspor gagal`, e);
    pass.destroy(e as Error);
  });
  const ascii = ex.filename.replace(/[^\w.-]/g, "_");
  return new Response(Readable.toWeb(pass) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": XLSX,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(ex.filename)}`,
      "cache-control": "no-store",
      "x-jumlah-jabatan": String(ex.jabatan),
    },
  });
}
