import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { write, type Store } from "../../db/client";
import { citizens, notificationOutbox, registrations } from "../../db/schema";
import type { Language } from "~/i18n/config";
import { addCitizen } from "~/features/meetings/testing";

/** Test support: a citizen who gave an e-mail address and/or a phone number at registration. */
export function addReachableCitizen(store: Store, contact: { email?: string | null; phone?: string | null; language?: Language } = {}): string {
  const id = addCitizen(store);
  write(store, (tx) => {
    tx.insert(registrations)
      .values({
        id: randomUUID(),
        citizenId: id,
        registeredOn: "2026-11-01",
        benefitCategory: "dagpenge",
        unemploymentDegree: "fuldt-ledig",
        unemployedFrom: "2026-11-01",
        email: contact.email === undefined ? `${id.slice(0, 8)}@example.dk` : contact.email,
        phone: contact.phone === undefined ? "+4522334455" : contact.phone,
        status: "active",
        createdAt: new Date("2026-11-01T10:00:00Z"),
      })
      .run();
    if (contact.language) tx.update(citizens).set({ language: contact.language }).where(eq(citizens.id, id)).run();
  });
  return id;
}

export function outboxRows(store: Store, citizenId: string) {
  return store.select().from(notificationOutbox).where(eq(notificationOutbox.citizenId, citizenId)).orderBy(notificationOutbox.seq).all();
}
