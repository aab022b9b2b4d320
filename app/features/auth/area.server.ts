import type { AreaData } from "~/components/shell/AppShell";
import { env } from "~/utils/env.server";
import type { Audience } from "./audience";
import { requireSession } from "./session.server";

/** The layout loader of an audience's area: the guard, then what the header and expiry warning need. */
export async function areaData(request: Request, audience: Audience): Promise<AreaData> {
  const session = await requireSession(request, audience);
  return {
    user: { name: session.displayName, organisation: session.organisation },
    session: {
      idleSeconds: session.idleSeconds,
      warningSeconds: Math.min(env().SESSION_WARNING_SECONDS, session.idleSeconds),
    },
  };
}
