import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { citizens } from "./people";

/**
 * Job orders (jobordrer, seed 004 § 137) posted here by employers or staff, or arriving through the
 * feed from other portals, job centres and a-kasser; they look the same either way. `seq` is the
 * rowid the full-text index (job_orders_search, migration 0008) points at: an integer primary key
 * never changes, while a text id cannot be an FTS5 rowid.
 */
export const jobOrders = sqliteTable(
  "job_orders",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull().unique(),
    cvr: text("cvr").notNull(),
    pNumber: text("p_number"),
    employerName: text("employer_name").notNull(),
    title: text("title").notNull(),
    occupation: text("occupation").notNull(),
    description: text("description").notNull(),
    internalComment: text("internal_comment"),
    jobOrderType: text("job_order_type").notNull(),
    workingTime: text("working_time").notNull(),
    weeklyHours: real("weekly_hours"),
    positions: integer("positions").notNull(),
    startDate: text("start_date"),
    /** YYYY-MM-DD, the last day applications are taken (Danish time) */
    applicationDeadline: text("application_deadline").notNull(),
    workplaceAddress: text("workplace_address").notNull(),
    postcode: text("postcode").notNull(),
    municipalityCode: text("municipality_code"),
    contactName: text("contact_name").notNull(),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    origin: text("origin").notNull(),
    /** A code of the jobOrderStatus list; only "under-behandling" is open to the public search */
    status: text("status").notNull(),
    statusComment: text("status_comment"),
    /** When the order reached the portal (created here or first seen in the feed) */
    publishedAt: integer("published_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  // "Newest first" is seq order (an order's seq is given when it reaches the portal, as its
  // publishedAt is), and every index ends in the rowid: an equality filter on these columns reads
  // its rows newest first without a sort. The deadline sort has the same indexes with the deadline
  // last, so a filter sorted by deadline reads one page too.
  (t) => [
    index("job_orders_status").on(t.status),
    index("job_orders_status_deadline").on(t.status, t.applicationDeadline),
    index("job_orders_status_occupation").on(t.status, t.occupation),
    index("job_orders_status_occupation_deadline").on(t.status, t.occupation, t.applicationDeadline),
    index("job_orders_status_postcode").on(t.status, t.postcode),
    index("job_orders_status_postcode_deadline").on(t.status, t.postcode, t.applicationDeadline),
    index("job_orders_status_municipality").on(t.status, t.municipalityCode),
    index("job_orders_status_municipality_deadline").on(t.status, t.municipalityCode, t.applicationDeadline),
    index("job_orders_status_working_time").on(t.status, t.workingTime),
    index("job_orders_status_working_time_deadline").on(t.status, t.workingTime, t.applicationDeadline),
    index("job_orders_cvr").on(t.cvr),
    index("job_orders_cvr_deadline").on(t.cvr, t.applicationDeadline),
    index("job_orders_deadline").on(t.applicationDeadline),
  ],
);

/**
 * The placement log (formidlingslog): each person put forward for an order and their current
 * status. No foreign key to job_orders: a placement from the feed may arrive before its order.
 */
export const placements = sqliteTable(
  "placements",
  {
    id: text("id").primaryKey(),
    jobOrderId: text("job_order_id").notNull(),
    citizenId: text("citizen_id")
      .notNull()
      .references(() => citizens.id),
    status: text("status").notNull(),
    comment: text("comment"),
    /** Who put the person forward, as the foundation records it (a name and organisation, never a CPR) */
    registeredBy: text("registered_by").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("placements_job_order").on(t.jobOrderId, t.createdAt), uniqueIndex("placements_order_citizen").on(t.jobOrderId, t.citizenId)],
);

export type JobOrderEventKind = "created" | "updated" | "status" | "placement" | "placementStatus" | "feed";

/** An order's latest changes, as staff see them when they open it: what changed, when, by whom. */
export const jobOrderEvents = sqliteTable(
  "job_order_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    jobOrderId: text("job_order_id").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    kind: text("kind").$type<JobOrderEventKind>().notNull(),
    /** The new order or placement status, when the change set one */
    status: text("status"),
    /** employer, staff, system or feed */
    actor: text("actor").notNull(),
  },
  (t) => [index("job_order_events_order").on(t.jobOrderId, t.at)],
);
