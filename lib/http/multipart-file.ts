import fs from "node:fs";
import { once } from "node:events";

export class BodyTooLargeError extends Error {}
export class MultipartError extends Error {}

const CRLF2 = Buffer.from("\r\n\r\n");
const MAX_HEADER = 16 * 1024;

/**
 * Streams the one file field `field` of a multipart/form-data body into `dest`, counting every
 * byte of the body against `maxBytes` as it arrives (a huge upload is cut off, never buffered).
 * Other fields are skipped. Resolves with the file's size; MultipartError when there is no such field.
 */
export async function saveMultipartFile(body: ReadableStream<Uint8Array>, contentType: string, field: string, dest: string, maxBytes: number): Promise<number> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!/^multipart\/form-data/i.test(contentType) || !boundary) throw new MultipartError("Kirim file sebagai multipart/form-data.");
  const delimiter = Buffer.from(`\r\n--${boundary[1] ?? boundary[2]}`);
  const out = fs.createWriteStream(dest);
  // A leading CRLF lets the first boundary match the same delimiter as the others.
  let buf: Buffer = Buffer.from("\r\n");
  let state: "boundary" | "headers" | "file" | "skip" | "done" = "boundary";
  let total = 0;
  let size = 0;
  let found = false;
  const write = async (b: Buffer) => {
    if (!b.length) return;
    size += b.length;
    if (!out.write(b)) await once(out, "drain");
  };
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new BodyTooLargeError();
      }
      buf = Buffer.concat([buf, Buffer.from(value)]);
      for (let progressed = true; progressed && state !== "done"; ) {
        progressed = false;
        if (state === "boundary" || state === "skip" || state === "file") {
          const at = buf.indexOf(delimiter);
          if (at < 0) {
            // Keep what could be the start of a delimiter split across chunks.
            const keep = Math.max(0, buf.length - delimiter.length + 1);
            if (state === "file") await write(buf.subarray(0, keep));
            buf = buf.subarray(keep);
            break;
          }
          if (state === "file") {
            await write(buf.subarray(0, at));
            found = true;
          }
          buf = buf.subarray(at + delimiter.length);
          state = "headers";
          progressed = true;
        } else if (state === "headers") {
          if (buf.length >= 2 && buf.subarray(0, 2).toString() === "--") state = "done";
          const end = buf.indexOf(CRLF2);
          if (state === "done") break;
          if (end < 0) {
            if (buf.length > MAX_HEADER) throw new MultipartError("Bagian multipart tidak sah.");
            break;
          }
          const headers = buf.subarray(0, end).toString("utf8");
          const name = /content-disposition:[^\r\n]*\bname="([^"]*)"/i.exec(headers)?.[1];
          state = name === field && !found ? "file" : "skip";
          buf = buf.subarray(end + CRLF2.length);
          progressed = true;
        }
      }
    }
  } finally {
    out.end();
    await once(out, "close");
  }
  if (!found) throw new MultipartError(`Kolom "${field}" berisi file tidak ada.`);
  return size;
}
