import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BodyTooLargeError, MultipartError, saveMultipartFile } from "./multipart-file";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "multipart-"));
const B = "----batasUji123";
const body = (file: Buffer) =>
  Buffer.concat([
    Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="catatan"\r\n\r\nhalo\r\n`),
    Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${B}--\r\n`),
  ]);
/** The body cut into chunks of `size` bytes, so the boundary falls across chunks. */
const stream = (buf: Buffer, size: number) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < buf.length; i += size) c.enqueue(new Uint8Array(buf.subarray(i, i + size)));
      c.close();
    },
  });

describe("saveMultipartFile", () => {
  const payload = Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(5000, 7), Buffer.from(`\r\n--${B.slice(0, -1)}`)]);
  for (const size of [1, 7, 64, 100_000]) {
    it(`writes exactly the file's bytes with chunks of ${size}`, async () => {
      const dest = path.join(dir, `f${size}`);
      const n = await saveMultipartFile(stream(body(payload), size), `multipart/form-data; boundary=${B}`, "file", dest, 1_000_000);
      expect(n).toBe(payload.length);
      expect(fs.readFileSync(dest).equals(payload)).toBe(true);
    });
  }
  it("stops at the limit while streaming, and refuses a body without the field", async () => {
    await expect(saveMultipartFile(stream(body(payload), 100), `multipart/form-data; boundary=${B}`, "file", path.join(dir, "x"), 1000)).rejects.toBeInstanceOf(BodyTooLargeError);
    await expect(saveMultipartFile(stream(body(payload), 100), `multipart/form-data; boundary=${B}`, "berkas", path.join(dir, "y"), 1_000_000)).rejects.toThrow(new MultipartError('Kolom "berkas" berisi file tidak ada.'));
  });
});
