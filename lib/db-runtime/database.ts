import path from "node:path";
import { getEnv } from "../env";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded";

export interface OpenedDatabase {
  url: string;
  /** True when the server is the embedded demo server under the data directory. */
  embedded: boolean;
  close(): Promise<void>;
}

export const EMBEDDED_DATABASE = "siasn";

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL whose data live in `<dataDir>/pg`.
 */
export async function openDatabase(opts: { dataDir: string; port?: number; log?: (line: string) => void }): Promise<OpenedDatabase> {
  const env = getEnv();
  const external = env.DATABASE_URL;
  if (external) return { url: external, embedded: false, close: async () => {} };
  const server = await startEmbeddedPostgres({
    dataDir: path.join(opts.dataDir, "pg"),
    port: opts.port ?? env.SIASN_PG_PORT,
    log: opts.log,
  });
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  return { url: server.urlFor(EMBEDDED_DATABASE), embedded: true, close: () => server.stop() };
}
