import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { landingPath } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

export default async function Home() {
  const actor = await getActor();
  redirect(actor ? landingPath(actor) : "/login");
}
