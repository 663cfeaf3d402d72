import { createPrismaClient } from "../db";
import { seedDemo } from "../../prisma/seed/demo";

/**
 * Loads the demo data only into an empty database, so a second start never overwrites a user's work.
 * Returns the counts loaded, or null when the database already held planning data or users.
 */
export async function seedDemoIfEmpty(url: string, log: (m: string) => void = () => {}) {
  const db = createPrismaClient(url);
  try {
    const [instansi, users] = await Promise.all([db.instansi.count(), db.user.count()]);
    if (instansi > 0 || users > 0) return null;
    return await seedDemo(db, { log });
  } finally {
    await db.$disconnect();
  }
}
