/**
 * `npm run data:nasional -- --scale 1`: builds (or reuses) the deterministic synthetic national
 * dataset. See bench/README.md.
 *
 *   --scale S           1 = national size (4.73 M pegawai); 0.01 ≈ 47 k pegawai (default 0.01)
 *   --port P            port of the embedded bench server (default 54339, or a free one)
 *   --database-url URL  any PostgreSQL instead of the embedded bench cluster
 *   --fresh             rebuild even if a complete dataset of that scale exists
 *   --keep-indexes      load with all indexes in place (default: drop and rebuild secondary indexes)
 *   --fk-checks         keep FK checks during the load (default: skipped when superuser, verified after)
 *   --no-verify         skip the set-based checks after loading
 *   --fingerprint       print an md5 per table (two runs of one scale must print the same)
 */
import { parseArgs } from "node:util";
import { openNasionalDatabase } from "./nasional/database";
import { generateNasional } from "./nasional/generate";
import { fingerprintNasional, printVerify, verifyNasional } from "./nasional/verify";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "0.01" },
    port: { type: "string" },
    "database-url": { type: "string" },
    fresh: { type: "boolean", default: false },
    "keep-indexes": { type: "boolean", default: false },
    "fk-checks": { type: "boolean", default: false },
    "no-verify": { type: "boolean", default: false },
    fingerprint: { type: "boolean", default: false },
  },
});

const scale = Number(values.scale);
const log = (l: string) => console.log(l);
const db = await openNasionalDatabase({
  scale,
  databaseUrl: values["database-url"],
  port: values.port ? Number(values.port) : undefined,
  log,
});
let failed = false;
try {
  log(`basis data: ${db.url.replace(/:[^:@/]*@/, ":***@")}`);
  const result = await generateNasional({
    url: db.url,
    scale,
    log,
    fresh: values.fresh,
    dropIndexes: !values["keep-indexes"],
    skipForeignKeys: !values["fk-checks"],
  });
  if (!values["no-verify"]) failed = !printVerify(await verifyNasional(db.url, { scale }), log);
  if (values.fingerprint) for (const [t, h] of Object.entries(await fingerprintNasional(db.url))) log(`  md5 ${t.padEnd(22)} ${h}`);
  if (result.reused) log("(dataset dipakai ulang)");
} finally {
  await db.close();
}
process.exit(failed ? 1 : 0);
