/**
 * The browser tests need Debian's Chromium (Playwright's own download cannot reach its CDN here).
 * When it is missing and this machine can install it (root with apt-get), install it and say so;
 * otherwise stop at once with one line that names the package and CHROMIUM_PATH.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

export function ensureChromium(env: Record<string, string | undefined> = process.env): { ok: true; path: string } | { ok: false; message: string } {
  const wanted = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (isExecutable(wanted)) return { ok: true, path: wanted };
  const cannot = (why: string) => ({
    ok: false as const,
    message:
      `Chromium tidak ditemukan di ${wanted} (${why}). Pasang paket Debian \`chromium\` (apt-get install chromium) ` +
      `atau atur CHROMIUM_PATH ke browsernya. / Chromium not found at ${wanted}: install Debian's \`chromium\` or set CHROMIUM_PATH.`,
  });
  if (env.CHROMIUM_PATH) return cannot("CHROMIUM_PATH menunjuk ke berkas yang tidak ada");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) return cannot("memasangnya perlu root");
  if (!isExecutable("/usr/bin/apt-get")) return cannot("apt-get tidak tersedia");
  console.log("[uji] Chromium tidak ditemukan: memasang paket Debian `chromium` dengan apt-get (sekali saja)…");
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env: aptEnv });
  const install = update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: aptEnv }) : update;
  if (install.status !== 0 || !isExecutable(DEFAULT_CHROMIUM)) return cannot(`apt-get gagal, kode ${install.status}`);
  console.log(`[uji] Chromium terpasang di ${DEFAULT_CHROMIUM}.`);
  return { ok: true, path: DEFAULT_CHROMIUM };
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
