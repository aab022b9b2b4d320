import { health } from "~/features/health/health.server";

export async function loader() {
  const report = await health();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503 });
}
