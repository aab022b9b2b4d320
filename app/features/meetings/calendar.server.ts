import { joinPlaces } from "~/utils/text";
import type { Store } from "../../../db/client";
import { codeLabel } from "~/features/codelists/codelists.server";
import { store } from "~/utils/store.server";
import { sequenceOf, toIcs } from "./calendar";
import { ownSummons } from "./rebooking.server";

/** The citizen's own meeting as an .ics file; another person's (or none) throws MeetingNotFound. */
export function meetingCalendar(citizenId: string, summonsId: string, options: { db?: Store; now?: Date } = {}): { ics: string; filename: string } {
  const db = options.db ?? store();
  const row = ownSummons(db, citizenId, summonsId);
  // The calendar text is Danish: it is read outside the portal, where the user's language is unknown.
  const description = [
    row.description,
    `${codeLabel("meetingType", row.meetingType, "da", db)}, ${codeLabel("meetingForm", row.meetingForm, "da", db)}`,
    row.phoneToCall ? `Ring til ${row.phoneToCall} på tidspunktet.` : null,
    `${row.caseworkerName}, ${row.jobCentre}`,
    row.contactOptions,
  ].filter(Boolean);
  const ics = toIcs({
    uid: `${row.id}@jobportalen`,
    sequence: sequenceOf(row.updatedAt),
    start: row.start,
    end: row.end,
    summary: row.title,
    description: description.join("\n"),
    location: joinPlaces(row.location, row.address),
    cancelled: row.status === "cancelled",
    stamp: options.now ?? new Date(),
  });
  return { ics, filename: `moede-${row.start.slice(0, 10)}.ics` };
}
