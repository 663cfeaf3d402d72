import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, notFound, redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";
import { loadSessionActor } from "./session-actor";
import { canReadInstansi, type Actor } from "./permissions";

/**
 * The signed-in actor of this request (cached per request): the token must name a live server
 * session of that user, and the user is re-read from the database.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sid?: unknown } | null;
  const userId = Number(session?.userId);
  if (!Number.isInteger(userId) || userId <= 0 || typeof session?.sid !== "string") return null;
  return loadSessionActor(db(), userId, session.sid);
});

export const TEMPORARY_PASSWORD_PATH = "/akun/kata-sandi";
export const TEMPORARY_PASSWORD_MESSAGE = "Anda masih memakai kata sandi sementara. Ganti kata sandi Anda dulu di Ubah Kata Sandi.";

/**
 * For pages: the actor, or a redirect to the login page. A holder of a temporary password is sent to
 * Ubah Kata Sandi before the page reads anything (only the shell itself may render for them).
 */
export async function requirePageActor(opts: { allowTemporaryPassword?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && !opts.allowTemporaryPassword) redirect(TEMPORARY_PASSWORD_PATH);
  return actor;
}

/** For pages: 403 unless the actor may read this instansi. */
export async function requireInstansiReader(instansiId: number): Promise<Actor> {
  const actor = await requirePageActor();
  if (!canReadInstansi(actor, instansiId)) forbidden();
  return actor;
}

const instansiParamsSchema = z.object({ instansiId: z.coerce.number().int().positive() });

/** The preamble of every page under /instansi/[instansiId]: a malformed id is not found, an actor who may not read it 403. */
export async function requireInstansiPage(params: Promise<{ instansiId: string }>): Promise<{ instansiId: number; actor: Actor }> {
  const parsed = instansiParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { instansiId } = parsed.data;
  return { instansiId, actor: await requireInstansiReader(instansiId) };
}

/**
 * For actions and route handlers: the actor, or an UNAUTHENTICATED AppError; FORBIDDEN while the
 * actor holds a temporary password, except for the one action that changes it.
 */
export async function requireActor(opts: { allowTemporaryPassword?: boolean } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sesi Anda berakhir. Silakan masuk kembali.");
  if (actor.mustChangePassword && !opts.allowTemporaryPassword) throw new AppError("FORBIDDEN", TEMPORARY_PASSWORD_MESSAGE);
  return actor;
}
