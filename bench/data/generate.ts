/**
 * National-scale data for the benchmarks (issue 8): citizens, their registrations, summonses,
 * held conversations, absences and access-log rows (job orders come from `job-orders.ts`), deterministic for a given seed so two runs
 * measure the same store. Rows go in through prepared statements in large transactions: the
 * feature functions would also write outbox rows, which is not what a settled store looks like.
 */
import type Database from "better-sqlite3";
import { occupations } from "../../db/seed/occupations";

export type Scale = { citizens: number; summonses: number; conversations: number; accessLog: number; jobOrders: number };

export const nationalScale: Scale = { citizens: 150_000, summonses: 2_000_000, conversations: 300_000, accessLog: 5_000_000, jobOrders: 500_000 };
export const smokeScale: Scale = { citizens: 2_000, summonses: 26_000, conversations: 4_000, accessLog: 60_000, jobOrders: 5_000 };

/** mulberry32: small, fast and good enough to make realistic-looking data reproducibly. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = ["Anna", "Mette", "Sofie", "Ida", "Freja", "Emma", "Laura", "Maja", "Hanne", "Karen", "Lone", "Camilla", "Louise", "Julie", "Signe", "Peter", "Jens", "Lars", "Mads", "Søren", "Niels", "Henrik", "Rasmus", "Frederik", "Mikkel", "Jonas", "Oliver", "William", "Ali", "Fatima", "Mohammed", "Zainab", "Piotr", "Agnieszka", "Ahmet", "Elif"];
const lastNames = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Holm", "Kowalski", "Yilmaz", "Hussein"];
const jobCentres = ["Jobcenter København", "Jobcenter Aarhus", "Jobcenter Odense", "Jobcenter Aalborg", "Jobcenter Esbjerg", "Jobcenter Vejle"];
const meetingTypes = ["4", "7", "7", "7", "9", "10", "11", "12", "15", "17", "19"];
const meetingForms = ["personligt-fremmoede", "personligt-fremmoede", "telefonisk", "videomoede", "digitalt"];
const benefitCategories = ["dagpenge", "dagpenge", "dagpenge", "kontanthjaelp", "sygedagpenge", "uden-ydelse"];
const day = 86_400_000;

/**
 * How many summonses each citizen has: most have a handful, a few have very many (people in
 * long courses), scaled so the total is exact.
 */
function summonsCounts(rnd: () => number, scale: Scale): number[] {
  const raw = Array.from({ length: scale.citizens }, () => -Math.log(1 - rnd()) * 8 + (rnd() < 0.02 ? 60 + rnd() * 140 : 0));
  const factor = scale.summonses / raw.reduce((a, b) => a + b, 0);
  const counts = raw.map((r) => Math.floor(r * factor));
  let missing = scale.summonses - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % counts.length, missing--) counts[i]! += 1;
  return counts;
}

/** A unique, well-formed CPR per index (check digits are not required, see DOMAIN.md); sequence numbers 0000–0009 keep clear of the test identities. */
function cprOf(i: number): string {
  const [d, m, y, s] = [1 + (i % 28), 1 + (Math.floor(i / 28) % 12), 40 + (Math.floor(i / 336) % 60), Math.floor(i / 20_160)];
  return `${String(d).padStart(2, "0")}${String(m).padStart(2, "0")}${String(y).padStart(2, "0")}${String(s).padStart(4, "0")}`;
}

const uuidOf = (kind: number, i: number) => `${kind.toString(16).padStart(8, "0")}-0000-4000-8000-${i.toString(16).padStart(12, "0")}`;

export type Generated = Scale & { citizenIds: string[]; registered: number; absences: number };

/** Fills a migrated, seeded store. Returns what it made, with the citizens' ids for sampling. */
export function generateScaleData(sqlite: Database.Database, scale: Scale, options: { seed?: number; now?: Date; progress?: (what: string) => void } = {}): Generated {
  const rnd = random(options.seed ?? 20_261_123);
  const now = (options.now ?? new Date()).getTime();
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const iso = (ms: number) => new Date(ms).toISOString();
  const isoDay = (ms: number) => iso(ms).slice(0, 10);
  const say = options.progress ?? (() => {});
  const batch = (rows: number, insert: (i: number) => void) => {
    const chunk = sqlite.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) insert(i);
    });
    for (let from = 0; from < rows; from += 50_000) chunk(from, Math.min(rows, from + 50_000));
  };

  sqlite.pragma("synchronous = OFF");
  const citizenIds = Array.from({ length: scale.citizens }, (_, i) => uuidOf(1, i));
  const insertCitizen = sqlite.prepare("INSERT INTO citizens (id, cpr, name, created_at) VALUES (?, ?, ?, ?)");
  const insertRegistration = sqlite.prepare(
    "INSERT INTO registrations (id, citizen_id, registered_on, benefit_category, unemployment_degree, unemployed_from, unemployment_fund, phone, email, status, ended_on, end_reason, created_at) VALUES (?, ?, ?, ?, 'fuldt-ledig', ?, NULL, NULL, NULL, ?, ?, ?, ?)",
  );
  const insertOccupation = sqlite.prepare("INSERT INTO registration_occupations (registration_id, occupation_code, position) VALUES (?, ?, ?)");
  const insertAbsence = sqlite.prepare(
    "INSERT INTO absences (id, citizen_id, absence_type, start_date, end_date, comment, reported_on, withdrawn, awaits_job_centre_decision, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?, 0, 0, ?)",
  );
  let registered = 0;
  let absences = 0;
  say("citizens, registrations, absences");
  batch(scale.citizens, (i) => {
    const id = citizenIds[i]!;
    insertCitizen.run(id, cprOf(i), `${pick(firstNames)} ${pick(lastNames)}`, now - rnd() * 900 * day);
    const since = now - Math.floor(rnd() * 400) * day;
    const active = rnd() < 0.8;
    const registrationId = uuidOf(2, i);
    insertRegistration.run(registrationId, id, isoDay(since), pick(benefitCategories), isoDay(since), active ? "active" : "ended", active ? null : isoDay(now - rnd() * 30 * day), active ? null : "i-arbejde", since);
    registered += active ? 1 : 0;
    const wanted = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < wanted; k++) insertOccupation.run(registrationId, occupations[(i * 7 + k * 131) % occupations.length]!.code, k);
    if (rnd() < 0.15) {
      const start = now + Math.floor(rnd() * 60 - 20) * day;
      insertAbsence.run(uuidOf(3, absences++), id, pick(["10", "10", "11", "1"]), isoDay(start), isoDay(start + 7 * day), isoDay(start - 14 * day), start - 14 * day);
    }
  });

  say("summonses");
  const counts = summonsCounts(rnd, scale);
  const insertSummons = sqlite.prepare(
    `INSERT INTO summonses (id, citizen_id, start, "end", meeting_form, meeting_type, location, contact_options, address, phone_to_call, title, description, caseworker_name,
       rebooking_possible, rebooking_deadline, a_kasse_participation_status, job_centre, self_booked, compulsory, cancellation_possible, cancellation_deadline, status, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1, 0, NULL, ?, ?)`,
  );
  let summonsIndex = 0;
  const owners: number[] = [];
  counts.forEach((count, citizen) => {
    for (let k = 0; k < count; k++) owners.push(citizen);
  });
  batch(scale.summonses, (i) => {
    const citizen = owners[i]!;
    // Most meetings are behind; about one in eight lies in the next two months.
    const start = Math.floor((now + (rnd() < 0.12 ? rnd() * 60 : -rnd() * 730) * day) / 900_000) * 900_000;
    const form = pick(meetingForms);
    const centre = jobCentres[citizen % jobCentres.length]!;
    const rebookable = rnd() < 0.6;
    insertSummons.run(
      uuidOf(4, summonsIndex++),
      citizenIds[citizen],
      iso(start),
      iso(start + 45 * 60_000),
      form,
      pick(meetingTypes),
      `${centre}, mødelokale ${1 + Math.floor(rnd() * 12)}`,
      `Ring til ${centre}, hvis du er forhindret.`,
      form === "personligt-fremmoede" ? "Kultorvet 2, 1175 København K" : null,
      form === "telefonisk" ? "33 17 33 17" : null,
      "Samtale om din jobsøgning",
      "Vi taler om din jobsøgning og dine næste skridt. Tag dit CV med.",
      "Gitte Sagsbehandler",
      rebookable ? 1 : 0,
      rebookable ? iso(start - day) : null,
      centre,
      rnd() < 0.1 ? 1 : 0,
      start < now ? "held" : rnd() < 0.1 ? "moved" : "planned",
      now,
    );
  });

  say("held conversations");
  const insertConversation = sqlite.prepare(
    `INSERT INTO held_conversations (id, citizen_id, summons_id, held_on, meeting_type, meeting_form, further_course_agreement, flexjob_agreement, a_kasse_participation_status,
       practical_agreements, new_visitation_group, participants, cv_not_adequate, job_centre, forwarded_to_fund_at, updated_at)
     VALUES (?, ?, NULL, ?, '7', 'personligt-fremmoede', ?, NULL, NULL, NULL, NULL, ?, NULL, ?, NULL, ?)`,
  );
  const participants = JSON.stringify([{ name: "Gitte Sagsbehandler", role: "anden-deltager", form: "personligt-fremmoede" }]);
  batch(scale.conversations, (i) => {
    const citizen = owners[Math.floor(rnd() * owners.length)]!;
    insertConversation.run(uuidOf(5, i), citizenIds[citizen], iso(now - rnd() * 730 * day), "Du søger mindst fem job om ugen og opdaterer dit CV.", participants, jobCentres[citizen % jobCentres.length], now);
  });

  say("access log");
  const insertAccess = sqlite.prepare(
    "INSERT INTO access_log (at, actor_type, actor_id, actor_role, actor_organisation, action, subject_citizen_id, criterion) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
  );
  const halfYear = 182 * day;
  batch(scale.accessLog, (i) => {
    const citizen = owners[Math.floor(rnd() * owners.length)]!;
    const system = rnd() < 0.3;
    insertAccess.run(now - halfYear + Math.floor((i / scale.accessLog) * halfYear), system ? "system" : "staff", system ? "sync" : `staff-${citizen % 400}`, system ? "system" : "sagsbehandler", system ? "Jobportalen" : jobCentres[citizen % jobCentres.length], rnd() < 0.9 ? "read" : "change", citizenIds[citizen]);
  });
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("optimize");
  return { ...scale, citizenIds, registered, absences };
}
