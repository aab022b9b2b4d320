import { and, desc, eq, isNull } from "drizzle-orm";
import { notices } from "../../../db/schema";
import type { Audience } from "../../../db/schema/sessions";
import { store } from "~/utils/store.server";

/** What happened in the background that the user should know, newest first (e.g. a refused change). */
export function unreadNotices(audience: Audience, subjectId: string) {
  return store()
    .select({ id: notices.id, kind: notices.kind, data: notices.data, createdAt: notices.createdAt })
    .from(notices)
    .where(and(eq(notices.audience, audience), eq(notices.subjectId, subjectId), isNull(notices.readAt)))
    .orderBy(desc(notices.createdAt))
    .limit(20)
    .all()
    .map((n) => ({
      id: n.id,
      kind: n.kind,
      correlationId: typeof n.data?.correlationId === "string" ? n.data.correlationId : null,
      /** The foundation's reason for a refusal (e.g. "slot-full"), for a notice that explains it */
      reason: typeof n.data?.reason === "string" ? n.data.reason : null,
      createdAt: n.createdAt.toISOString(),
    }));
}
