import type { WriteTx } from "../client";
import { registerHeldConversation } from "../../app/features/meetings/conversations.server";
import { addBookingDuty } from "../../app/features/meetings/self-booking.server";
import { publishSlotOffer } from "../../app/features/meetings/slots.server";
import { createSummons, type SummonsInput } from "../../app/features/meetings/summons.server";
import { startRegistration } from "../../app/features/registration/period.server";
import { addDays, danishDate, danishTimeToIso } from "../../app/utils/dates";


/** The instant at hh:mm Danish wall-clock time on the Danish date `days` after `now`, summer or winter. */
export function at(now: Date, days: number, hh: number, mm: number): string {
  const clock = `${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
  return danishTimeToIso(addDays(danishDate(now), days), clock)!;
}

function meeting(now: Date, days: number, hh: number, overrides: Partial<SummonsInput>): SummonsInput {
  return {
    start: at(now, days, hh, 0),
    end: at(now, days, hh, 45),
    meetingForm: "personligt-fremmoede",
    meetingType: "7",
    location: "Jobcenter København, Kultorvet 2",
    contactOptions: "Ring til Jobcenter København på 33 17 33 17, hvis du er forhindret.",
    address: "Kultorvet 2, 1175 København K",
    phoneToCall: null,
    title: "Jobsamtale",
    description: "Vi taler om din jobsøgning og dine næste skridt. Tag dit CV med.",
    caseworkerName: "Gitte Sagsbehandler",
    rebookingPossible: true,
    rebookingDeadline: at(now, days - 1, 12, 0),
    aKasseParticipationStatus: null,
    jobCentre: "Jobcenter København",
    selfBooked: false,
    compulsory: true,
    cancellationPossible: false,
    cancellationDeadline: null,
    ...overrides,
  };
}

/**
 * A demo jobseeker, registered three weeks ago; with `meetings`, also two meetings ahead and two
 * behind. Made through the same functions as real changes, so it is reported to the foundation
 * like them.
 */
export function seedRegisteredJobseeker(tx: WriteTx, citizenId: string, now: Date, options: { meetings: boolean; email: string; phone?: string }): void {
  startRegistration(
    tx,
    citizenId,
    {
      benefitCategory: "dagpenge",
      unemploymentDegree: "fuldt-ledig",
      unemployedFrom: addDays(danishDate(now), -21),
      unemploymentFund: null,
      occupations: ["411010", "522310"],
      phone: options.phone ?? "+4512345678",
      email: options.email,
      consents: { fetch: true, share: true },
    },
    { registeredOn: addDays(danishDate(now), -21), now, actor: false },
  );
  if (!options.meetings) return;
  seedBookingDuty(tx, citizenId, now);
  // The job conversation can be moved to a time from today to three weeks after it, and cancelled until the day before.
  createSummons(
    tx,
    citizenId,
    meeting(now, 3, 10, {
      rebookingPeriod: { from: danishDate(now), to: addDays(danishDate(now), 3 + 21) },
      cancellationPossible: true,
      cancellationDeadline: at(now, 2, 12, 0),
    }),
    { now },
  );
  createSummons(
    tx,
    citizenId,
    meeting(now, 12, 13, {
      meetingForm: "telefonisk",
      meetingType: "4",
      title: "Opfølgningssamtale",
      location: "Telefonmøde",
      address: null,
      phoneToCall: "33 17 33 17",
      description: "Du ringer til jobcentret på det aftalte tidspunkt.",
      rebookingPossible: false,
      rebookingDeadline: null,
    }),
    { now },
  );
  createSummons(tx, citizenId, meeting(now, -14, 9, { meetingType: "10", title: "CV-samtale", rebookingPossible: false, rebookingDeadline: null }), { now });
  registerHeldConversation(
    tx,
    citizenId,
    {
      heldOn: at(now, -14, 9, 0),
      meetingType: "10",
      meetingForm: "personligt-fremmoede",
      furtherCourseAgreement: null,
      flexjobAgreement: null,
      aKasseParticipationStatus: null,
      practicalAgreements: "Du opdaterer dit CV med dine seneste job og lægger det på Jobnet inden for en uge.",
      newVisitationGroup: null,
      participants: [
        { name: "Gitte Sagsbehandler", role: "anden-deltager", form: "personligt-fremmoede" },
        { name: "Søren Mentor", role: "mentor", form: "telefonisk" },
      ],
      cvNotAdequate: true,
      jobCentre: "Jobcenter København",
    },
    { now },
  );
  createSummons(tx, citizenId, meeting(now, -20, 11, { meetingType: "9", title: "Informationsmøde", rebookingPossible: false, rebookingDeadline: null }), { now });
}

/**
 * Free times at Jobcenter København for job conversations (type 7) over the next two weeks, so the
 * demo meeting can be rebooked. The last one has a single place, for trying a full slot.
 */
export function seedSlotOffers(tx: WriteTx, now: Date): void {
  // What a meeting booked on these times takes from them (§ 20 nr. 5–9, 11).
  const atKultorvet = {
    jobCentre: "Jobcenter København",
    caseworkerName: "Gitte Sagsbehandler",
    meetingForm: "personligt-fremmoede",
    location: "Jobcenter København, Kultorvet 2",
    address: "Kultorvet 2, 1175 København K",
    phoneToCall: null,
    contactOptions: "Ring til Jobcenter København på 33 17 33 17, hvis du er forhindret.",
    rebookingPossible: true,
  };
  for (const days of [4, 5, 6, 8, 11]) {
    for (const hh of [9, 11, 14]) {
      publishSlotOffer(
        tx,
        {
          ...atKultorvet,
          meetingType: "7",
          title: "Jobsamtale",
          description: "Vi taler om din jobsøgning og dine næste skridt. Tag dit CV med.",
          start: at(now, days, hh, 0),
          end: at(now, days, hh, 45),
          capacity: days === 11 ? 1 : 3,
        },
        { now },
      );
    }
  }
  // CV conversations (type 10) for the self-booking duties of seedBookingDuty.
  for (const days of [2, 6, 9]) {
    publishSlotOffer(
      tx,
      {
        ...atKultorvet,
        meetingType: "10",
        title: "CV-samtale",
        description: "Vi går dit CV igennem sammen og ser på, hvad der gør det stærkere. Tag gerne dit CV med.",
        start: at(now, days, 10, 0),
        end: at(now, days, 10, 45),
        capacity: 10,
      },
      { now },
    );
  }
}

/**
 * A self-booking duty for a demo jobseeker with meetings: book a CV conversation at Jobcenter
 * København within ten days ("Book samtale"). The free CV-conversation times are in
 * `seedSlotOffers`.
 */
function seedBookingDuty(tx: WriteTx, citizenId: string, now: Date): void {
  addBookingDuty(tx, citizenId, { jobCentre: "Jobcenter København", meetingType: "10", deadline: at(now, 10, 16, 0) }, { now });
}
