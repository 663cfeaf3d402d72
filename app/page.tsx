import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { landingPath } from "@/lib/auth/permissions";
import { DbUnavailable } from "@/components/errors/db-unavailable";
import { isDbUnavailable } from "@/lib/errors";

export const dynamic = "force-dynamic";

export default async function Home() {
  let actor;
  try {
    actor = await getActor();
  } catch (e) {
    if (isDbUnavailable(e)) return <DbUnavailable />;
    throw e;
  }
  redirect(actor ? landingPath(actor) : "/login");
}
