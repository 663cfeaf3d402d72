/**
 * Runs once when a server starts. A production server without NEXTAUTH_SECRET refuses to start,
 * rather than sign sessions with a constant anyone can read in this repository.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { requireAuthSecretOrExit } = await import("@/lib/auth/require-secret");
  requireAuthSecretOrExit();
}
