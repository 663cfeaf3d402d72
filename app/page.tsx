import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { landingPath } from "@/lib/auth/permissions";
import { DbUnavailable } from "@/components/errors/db-unavailable";
import { unavailableMessage } from "@/lib/errors";

export const dynamic = "force-dynamic";

export default async function Home() {
  let actor;
  try {
    actor = await getActor();
  } catch (e) {
    const notice = unavailableMessage(e);
    if (notice) return <DbUnavailable message={notice} />;
    throw e;
  }
  redirect(actor ? landingPath(actor) : "/login");
}
