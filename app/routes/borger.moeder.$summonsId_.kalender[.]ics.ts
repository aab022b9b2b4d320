import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireSession } from "~/features/auth/session.server";
import { meetingCalendar } from "~/features/meetings/calendar.server";
import { orNotFound } from "~/utils/not-found.server";

/** The meeting as an .ics file for the citizen's calendar; another citizen's id answers 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const { ics, filename } = orNotFound(request, session, () => meetingCalendar(session.subjectId, params.summonsId ?? ""));
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
