// postinstall: generate the Prisma client (engineType "client": no native engine).
// Prisma 6.19 must resolve env("DATABASE_URL") to read the schema's config; when it cannot, it falls
// back to the native engines and tries to download them. Generation never connects, so a placeholder
// URL is enough when none is set.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../node_modules/prisma/build/index.js", import.meta.url));
const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.DATABASE_URL ||= "postgresql://placeholder@127.0.0.1:5432/placeholder";
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
