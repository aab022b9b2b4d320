import { notFoundFor } from "~/utils/not-found.server";
import { MeetingNotFound } from "./rebooking.server";

/** Runs `work`; another citizen's meeting (or none) becomes the same 404 every meeting route answers. */
export function ownMeeting<T>(request: Request, session: { idHash: string }, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof MeetingNotFound) throw notFoundFor(request, session, "summons");
    throw error;
  }
}
