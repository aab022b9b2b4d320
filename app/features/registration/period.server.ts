import { and, asc, desc, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { Store, WriteTx } from "../../../db/client";
import { citizens, consents, registrationOccupations, registrations } from "../../../db/schema";
import { storeConsents } from "~/features/consent/consent.server";
import type { Compensation } from "~/foundation/registry.server";
import { enqueue } from "~/foundation/outbox.server";
import { danishDate } from "~/utils/dates";

/**
 * Registration periods: the one place that starts, ends and restores a citizen's registration as
 * jobseeker and reports it (seed 002 § 8 stk. 1–2). The registration flow, deregistration and
 * sickness all go through here.
 */

export type RegistrationAnswers = {
  benefitCategory: string;
  unemploymentDegree: string;
  unemployedFrom: string;
  unemploymentFund: string | null;
  occupations: string[];
  phone: string | null;
  email: string | null;
  consents: { fetch: boolean; share: boolean };
};

export class AlreadyRegistered extends Error {
  constructor() {
    super("the citizen already has an active registration");
  }
}
export class NotRegistered extends Error {
  constructor() {
    super("the citizen has no active registration");
  }
}

type Reader = Pick<Store, "select">;

export type RegistrationPeriod = typeof registrations.$inferSelect & { occupations: string[] };

function withOccupations(db: Reader, row: typeof registrations.$inferSelect): RegistrationPeriod {
  const occupations = db
    .select({ code: registrationOccupations.occupationCode })
    .from(registrationOccupations)
    .where(eq(registrationOccupations.registrationId, row.id))
    .orderBy(asc(registrationOccupations.position))
    .all()
    .map((r) => r.code);
  return { ...row, occupations };
}

export function activeRegistration(db: Reader, citizenId: string): RegistrationPeriod | null {
  const row = db
    .select()
    .from(registrations)
    .where(and(eq(registrations.citizenId, citizenId), eq(registrations.status, "active")))
    .get();
  return row ? withOccupations(db, row) : null;
}

/** Every period, newest first: the history is kept. */
export function registrationHistory(db: Reader, citizenId: string): RegistrationPeriod[] {
  return db
    .select()
    .from(registrations)
    .where(eq(registrations.citizenId, citizenId))
    .orderBy(desc(registrations.createdAt))
    .all()
    .map((row) => withOccupations(db, row));
}

function citizenOf(tx: WriteTx, citizenId: string) {
  const citizen = tx.select().from(citizens).where(eq(citizens.id, citizenId)).get();
  if (!citizen) throw new Error("unknown citizen");
  return citizen;
}

/**
 * Starts a registration period in the caller's transaction: the period, its occupations, the
 * consents, and the report to the foundation. Returns the new period's id.
 */
export function startRegistration(
  tx: WriteTx,
  citizenId: string,
  answers: RegistrationAnswers,
  options: { registeredOn: string; now: Date; actor?: boolean },
): string {
  if (activeRegistration(tx, citizenId)) throw new AlreadyRegistered();
  const citizen = citizenOf(tx, citizenId);
  const id = randomUUID();
  tx.insert(registrations)
    .values({
      id,
      citizenId,
      registeredOn: options.registeredOn,
      benefitCategory: answers.benefitCategory,
      unemploymentDegree: answers.unemploymentDegree,
      unemployedFrom: answers.unemployedFrom,
      unemploymentFund: answers.unemploymentFund,
      phone: answers.phone,
      email: answers.email,
      status: "active",
      createdAt: options.now,
    })
    .run();
  answers.occupations.forEach((code, position) =>
    tx.insert(registrationOccupations).values({ registrationId: id, occupationCode: code, position }).run(),
  );
  const { next: consent } = storeConsents(tx, citizenId, answers.consents, danishDate(options.now));
  enqueue(tx, {
    type: "registration",
    aggregateType: "citizen",
    aggregateId: citizenId,
    data: {
      cpr: citizen.cpr,
      name: citizen.name,
      registeredOn: options.registeredOn,
      benefitCategory: answers.benefitCategory,
      unemploymentDegree: answers.unemploymentDegree,
      unemployedFrom: answers.unemployedFrom,
      occupations: answers.occupations,
      unemploymentFund: answers.unemploymentFund,
      phone: answers.phone,
      email: answers.email,
      consents: { fetch: { given: consent.fetchGiven, on: consent.fetchOn }, share: { given: consent.shareGiven, on: consent.shareOn } },
    },
    actor: options.actor === false ? undefined : { audience: "citizen", id: citizenId },
    undo: { registrationId: id },
    now: options.now,
  });
  return id;
}

/** Ends the active period (the citizen's deregistration, or the system's, e.g. on sickness) and reports it. */
export function endRegistration(
  tx: WriteTx,
  citizenId: string,
  options: { on: string; reason: string; now: Date; actor?: boolean },
): string {
  const active = activeRegistration(tx, citizenId);
  if (!active) throw new NotRegistered();
  const citizen = citizenOf(tx, citizenId);
  tx.update(registrations).set({ status: "ended", endedOn: options.on, endReason: options.reason }).where(eq(registrations.id, active.id)).run();
  enqueue(tx, {
    type: "deregistration",
    aggregateType: "citizen",
    aggregateId: citizenId,
    data: { cpr: citizen.cpr, name: citizen.name, deregisteredOn: options.on, reason: options.reason },
    actor: options.actor === false ? undefined : { audience: "citizen", id: citizenId },
    undo: { registrationId: active.id },
    now: options.now,
  });
  return active.id;
}

/** Restores the registration after recovery: a new period with the answers of the last ended one. */
export function restoreRegistration(tx: WriteTx, citizenId: string, options: { on: string; now: Date }): string {
  const [last] = registrationHistory(tx, citizenId);
  if (!last || last.status !== "ended") throw new NotRegistered();
  const consent = tx.select().from(consents).where(eq(consents.citizenId, citizenId)).get();
  return startRegistration(
    tx,
    citizenId,
    {
      benefitCategory: last.benefitCategory,
      unemploymentDegree: last.unemploymentDegree,
      unemployedFrom: last.unemployedFrom,
      unemploymentFund: last.unemploymentFund,
      occupations: last.occupations,
      phone: last.phone,
      email: last.email,
      consents: { fetch: consent?.fetchGiven ?? false, share: consent?.shareGiven ?? false },
    },
    { registeredOn: options.on, now: options.now },
  );
}

/** The foundation refused a registration: the period is removed again, if it is still the current one. */
export const undoRegistration: Compensation<"registration"> = (tx, { undo: { registrationId } }) => {
  const row = tx.select().from(registrations).where(eq(registrations.id, registrationId)).get();
  if (!row || row.status !== "active") return;
  tx.delete(registrationOccupations).where(eq(registrationOccupations.registrationId, registrationId)).run();
  tx.delete(registrations).where(eq(registrations.id, registrationId)).run();
};

/** The foundation refused a deregistration: the period is active again, unless a new one has started. */
export const undoDeregistration: Compensation<"deregistration"> = (tx, { message, undo: { registrationId } }) => {
  if (activeRegistration(tx, message.aggregateId)) return;
  tx.update(registrations).set({ status: "active", endedOn: null, endReason: null }).where(eq(registrations.id, registrationId)).run();
};
