import { NextResponse } from "next/server";
import { getHealth } from "@/lib/data/health";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for the docker-compose healthcheck and monitoring. */
export async function GET() {
  try {
    const health = await getHealth();
    return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503 });
  } catch (e) {
    return errorResponse(e, "health");
  }
}
