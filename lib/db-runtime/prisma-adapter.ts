import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/**
 * Adapter factory for the Prisma CLI (migrations in the WASM schema engine).
 *
 * Works around two defects of @prisma/adapter-pg 6.19 under the WASM schema engine
 * (prisma/prisma issue 27403):
 *  1. catalog columns of type `name` (oid 19) and `"char"` (oid 18) are rejected
 *     ("Column type 'name' could not be deserialized"): they are text, so we report them as text (25);
 *  2. connectToShadowDb() spreads `{...config, database}`, but a connectionString wins, so the
 *     "shadow" database is the real one, and it is dropped before its pool closes. We create a
 *     uniquely named database, connect to it by URL, and drop it after closing that adapter;
 *  3. executeScript() splits a migration on every ";", which breaks dollar-quoted function bodies
 *     (triggers): we send the script whole, as PostgreSQL's simple query protocol allows.
 */
const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18, 19]);

type Queryable = { performIO: (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }> };

function mapCatalogTypes(queryable: Queryable): void {
  const original = queryable.performIO.bind(queryable);
  queryable.performIO = async (query: unknown) => {
    const result = await original(query);
    for (const field of result?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function patchAdapter(adapter: Adapter): Adapter {
  mapCatalogTypes(adapter as unknown as Queryable);
  const pool = adapter.underlyingDriver() as pg.Pool;
  const onError = (adapter as unknown as { onError: (e: unknown) => never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      onError(error);
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const tx = await startTransaction(isolationLevel);
    mapCatalogTypes(tx as unknown as Queryable);
    return tx;
  };
  return adapter;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url });
  }

  override async connect() {
    return patchAdapter(await super.connect());
  }

  override async connectToShadowDb() {
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ connectionString: this.url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
    const shadow = patchAdapter(await new PrismaPg({ connectionString: withDatabase(this.url, database) }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const dropper = new pg.Client({ connectionString: this.url });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${database}"`);
      } finally {
        await dropper.end();
      }
    };
    return shadow;
  }
}
