import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureChromium } from "../../scripts/ensure-chromium";

const root = path.resolve(import.meta.dirname, "..", "..");
const MESSAGE =
  "Chromium tidak ditemukan di /tidak/ada/chromium (CHROMIUM_PATH menunjuk ke berkas yang tidak ada). Pasang paket Debian `chromium` " +
  "(apt-get install chromium) atau atur CHROMIUM_PATH ke browsernya. / Chromium not found at /tidak/ada/chromium: install Debian's `chromium` or set CHROMIUM_PATH.";

describe("npm test without Chromium", () => {
  it("accepts an executable CHROMIUM_PATH as it is", () => {
    expect(ensureChromium({ CHROMIUM_PATH: process.execPath })).toEqual({ ok: true, path: process.execPath });
  });

  it("names the package and CHROMIUM_PATH when the chosen browser is missing", () => {
    expect(ensureChromium({ CHROMIUM_PATH: "/tidak/ada/chromium" })).toEqual({ ok: false, message: MESSAGE });
  });

  it("stops at once with that one line, before building or running any test", () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/test.ts"], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: "/tidak/ada/chromium" },
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(MESSAGE);
    expect(r.stdout).not.toContain("===");
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});
