/**
 * `npm run user:create -- --username admin2 --role ADMIN [--nama "…"] [--instansi <id>]`: creates an
 * account from the command line, e.g. the first admin of an empty production database (no demo data).
 * Password: SIASN_PASSWORD when set (same rules as "Ubah Kata Sandi"); otherwise a temporary one is
 * generated, printed once, and must be changed at the first login. Audited as a system action.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../lib/db-runtime/database";
import { migrateDeploy } from "../lib/db-runtime/migrate";
import { newPasswordProblem, userCreateSchema } from "../lib/validation/user";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args;
try {
  ({ values: args } = parseArgs({
    options: { username: { type: "string" }, role: { type: "string" }, nama: { type: "string" }, instansi: { type: "string" } },
  }));
} catch (e) {
  fail(`Argumen tidak dikenal: ${(e as Error).message}\nPemakaian: npm run user:create -- --username <nama> --role <ADMIN|OPERATOR|VERIFIKATOR|PIMPINAN> [--nama "…"] [--instansi <id>]`);
}
const parsed = userCreateSchema.safeParse({
  username: args.username ?? "",
  nama: args.nama ?? args.username ?? "",
  role: args.role?.toUpperCase(),
  instansiId: args.instansi === undefined ? null : Number(args.instansi),
});
if (!parsed.success) fail(`Data pengguna tidak valid:\n${parsed.error.issues.map((i) => `- ${i.path.join(".") || "data"}: ${i.message}`).join("\n")}`);
const data = parsed.data;
const given = process.env.SIASN_PASSWORD;
if (given !== undefined) {
  const problem = newPasswordProblem(data.username, given);
  if (problem) fail(`SIASN_PASSWORD ditolak: ${problem}`);
}

let refused = false;
const database = await openDatabase({ dataDir: path.resolve(process.env.SIASN_DATA_DIR ?? ".data") });
process.env.DATABASE_URL = database.url;
try {
  await migrateDeploy(database.url);
  const { createPrismaClient } = await import("../lib/db");
  const { insertUser } = await import("../lib/services/users/insert-user");
  const { generateTemporaryPassword } = await import("../lib/services/users/guard");
  const db = createPrismaClient(database.url);
  try {
    const password = given ?? generateTemporaryPassword();
    const user = await insertUser(db, null, data, password, given === undefined);
    console.log(`Pengguna ${user.username} (${user.role}) dibuat dengan id ${user.id}.`);
    if (given === undefined) {
      console.log(`Kata sandi sementara (hanya ditampilkan sekali): ${password}`);
      console.log("Pengguna wajib menggantinya saat pertama kali masuk.");
    } else console.log("Kata sandi diambil dari SIASN_PASSWORD.");
  } catch (e) {
    const { isAppError } = await import("../lib/errors");
    if (!isAppError(e)) throw e;
    refused = true;
    console.error(e.message);
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.close();
}
// (Set last and explicitly: an exitCode set earlier was seen reset to 0 by the time the process ended.)
if (refused) process.exit(1);
