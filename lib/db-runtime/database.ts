import fs from "node:fs";
import path from "node:path";
import { getEnv } from "../env";
import { ensureDatabase, portInUse, startEmbeddedPostgres } from "./embedded";

export interface OpenedDatabase {
  url: string;
  /** True when the server is the embedded demo server under the data directory. */
  embedded: boolean;
  close(): Promise<void>;
}

export const EMBEDDED_DATABASE = "siasn";
export const DEFAULT_PG_PORT = 54329;

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL whose data live in `<dataDir>/pg`.
 */
export async function openDatabase(opts: { dataDir: string; port?: number; log?: (line: string) => void }): Promise<OpenedDatabase> {
  const env = getEnv();
  const external = env.DATABASE_URL;
  if (external) return { url: external, embedded: false, close: async () => {} };
  const pgDir = path.join(opts.dataDir, "pg");
  refuseIfAlreadyRunning(pgDir);
  const port = opts.port ?? env.SIASN_PG_PORT ?? (await rememberedFreePort(opts.dataDir, opts.log ?? console.log));
  if (await portInUse(port)) {
    throw new Error(
      `Port ${port} untuk PostgreSQL tertanam sedang dipakai proses lain. Hentikan proses itu, atau pilih port lain dengan SIASN_PG_PORT=<port>.`,
    );
  }
  const server = await startEmbeddedPostgres({ dataDir: pgDir, port, log: opts.log });
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  return { url: server.urlFor(EMBEDDED_DATABASE), embedded: true, close: () => server.stop() };
}

/**
 * The port the embedded server uses when SIASN_PG_PORT is unset: 54329, or, when that is busy (a
 * second checkout already running, another PostgreSQL), the next free one, remembered in
 * `<dataDir>/pg-port` so that later starts keep it.
 */
async function rememberedFreePort(dataDir: string, log: (line: string) => void): Promise<number> {
  const file = path.join(dataDir, "pg-port");
  const remembered = fs.existsSync(file) ? Number(fs.readFileSync(file, "utf8").trim()) : NaN;
  const preferred = Number.isInteger(remembered) && remembered > 0 ? remembered : DEFAULT_PG_PORT;
  if (!(await portInUse(preferred))) return preferred;
  for (let port = preferred + 1; port < preferred + 200 && port < 65536; port++) {
    if (await portInUse(port)) continue;
    fs.writeFileSync(file, `${port}\n`);
    log(
      `[siasn] port ${preferred} sedang dipakai proses lain; PostgreSQL tertanam memakai port ${port} ` +
        `(diingat di ${path.relative(process.cwd(), file) || file}; atur SIASN_PG_PORT untuk memilih sendiri).`,
    );
    return port;
  }
  throw new Error(`Port ${preferred} sampai ${preferred + 199} sedang dipakai semua. Atur SIASN_PG_PORT=<port yang bebas>.`);
}

/** A second `npm start` on the same data directory would fail deep inside PostgreSQL: say why instead. */
function refuseIfAlreadyRunning(pgDir: string) {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0) return;
  // A stale file from a crash (its pid gone or reused by another program): PostgreSQL replaces it itself.
  try {
    process.kill(pid, 0);
    const cmdline = `/proc/${pid}/cmdline`;
    if (fs.existsSync(cmdline) && !fs.readFileSync(cmdline, "utf8").includes("postgres")) return;
  } catch {
    return;
  }
  throw new Error(
    `PostgreSQL tertanam untuk ${pgDir} sudah berjalan (pid ${pid}, port ${portLine?.trim() || "?"}): ` +
      "apakah `npm start` lain masih berjalan di folder ini? Hentikan dulu (Ctrl-C), lalu coba lagi.",
  );
}
