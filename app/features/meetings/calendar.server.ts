import { joinPlaces } from "~/utils/text";
import type { Store } from "../../../db/client";
import type { summonses } from "../../../db/schema";
import { codeLabel } from "~/features/codelists/codelists.server";
import { store } from "~/utils/store.server";
import { sequenceOf, toIcs } from "./calendar";
import { ownSummons } from "./rebooking.server";

type Summons = typeof summonses.$inferSelect;

/**
 * A summons as an .ics file, for the download and for the e-mails about the meeting. `db` may be a
 * transaction, so an e-mail written with a change carries the meeting as the change left it.
 */
export function calendarOf(db: Pick<Store, "select">, row: Summons, now: Date): { ics: string; filename: string } {
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
    stamp: now,
  });
  return { ics, filename: `moede-${row.start.slice(0, 10)}.ics` };
}

/** The citizen's own meeting as an .ics file; another person's (or none) throws MeetingNotFound. */
export function meetingCalendar(citizenId: string, summonsId: string, options: { db?: Store; now?: Date } = {}): { ics: string; filename: string } {
  const db = options.db ?? store();
  return calendarOf(db, ownSummons(db, citizenId, summonsId), options.now ?? new Date());
}
