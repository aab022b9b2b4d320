/**
 * Bulk job orders for benchmarks and large-scale test data: inserts `n` orders into a given store,
 * deterministically (same seed, same orders), straight into job_orders so the search index fills
 * through its triggers. Nothing goes to the outbox: this is data as if it had arrived long ago.
 * The store must hold the code lists (seedStore) for the index to carry occupation titles.
 */
import type { Store } from "../../db/client";
import { sampleJobOrder, seededRandom } from "../../db/seed/job-orders";

/** About a third of real orders are no longer open; the search must skip them cheaply. */
const statuses = ["under-behandling", "under-behandling", "under-behandling", "under-behandling", "inaktiv-nok-henvisninger", "afsluttet-behov-daekket", "afsluttet-frist-udloebet"];

/** A version-4-shaped uuid from the seeded generator, so the same seed gives the same ids. */
function seededUuid(random: () => number): string {
  const h = Array.from({ length: 4 }, () => Math.floor(random() * 2 ** 32).toString(16).padStart(8, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[Math.floor(random() * 4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function insertJobOrders(store: Store, n: number, options: { seed?: number; now?: Date; batch?: number } = {}): void {
  const random = seededRandom(options.seed ?? 137);
  const now = options.now ?? new Date("2026-11-23T10:00:00Z");
  const batch = options.batch ?? 10_000;
  const insert = store.$client.prepare(
    `INSERT INTO job_orders (id, cvr, p_number, employer_name, title, occupation, description, internal_comment, job_order_type, working_time,
       weekly_hours, positions, start_date, application_deadline, workplace_address, postcode, municipality_code, contact_name, contact_phone,
       contact_email, origin, status, status_comment, published_at, updated_at)
     VALUES (@id, @cvr, @pNumber, @employerName, @title, @occupation, @description, @internalComment, @jobOrderType, @workingTime,
       @weeklyHours, @positions, @startDate, @applicationDeadline, @workplaceAddress, @postcode, @municipalityCode, @contactName, @contactPhone,
       @contactEmail, @origin, @status, NULL, @publishedAt, @publishedAt)`,
  );
  const insertMany = store.$client.transaction((count: number, offset: number) => {
    for (let i = 0; i < count; i++) {
      // Published over the last year, one order a minute or so, oldest first.
      const publishedAt = now.getTime() - (n - offset - i) * 60_000;
      const order = sampleJobOrder(random, new Date(publishedAt));
      const status = statuses[Math.floor(random() * statuses.length)]!;
      insert.run({ ...order, id: seededUuid(random), status, publishedAt });
    }
  });
  for (let offset = 0; offset < n; offset += batch) insertMany(Math.min(batch, n - offset), offset);
}
