import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { citizens, outbox, registrationDrafts, registrations } from "../../../db/schema";
import { seedStore } from "../../../db/seed/index";
import { freshPortalStore } from "~/foundation/testing/stub";
import { closeStore } from "~/utils/store.server";
import { AlreadyRegistered } from "./period.server";
import { addOccupation, changeOccupations, codeErrors, flowState, loadDraft, occupationsIntentOf, removeOccupation, saveStep, saveStepAnswers } from "./draft.server";
import { IncompleteDraft, stepOfField, submitRegistration } from "./submit.server";
import { draftSummary, registrationOverview, registrationView, stepPage } from "./views.server";

let portal: ReturnType<typeof freshPortalStore>;
let bo: string;
let carla: string;
const now = new Date("2026-11-23T10:00:00Z");

before(() => {
  portal = freshPortalStore();
  // The code lists are read through the portal's own store: point it at this file.
  process.env.DATA_DIR = portal.dir;
  seedStore(portal.store, { now });
  const id = (cpr: string) => portal.store.select().from(citizens).where(eq(citizens.cpr, cpr)).get()!.id;
  bo = id("0307921235");
  carla = id("2211781236");
});

after(() => {
  closeStore();
  portal.remove();
});

function fillDraft(citizenId: string) {
  const db = portal.store;
  saveStep(citizenId, "ydelse", { benefitCategory: "dagpenge", fundMember: "ja", unemploymentFund: "3f-a-kasse" }, { db, now });
  saveStep(citizenId, "ledighed", { unemploymentDegree: "fuldt-ledig", unemployedFrom: "2026-11-01" }, { db, now });
  const sygeplejerske = addOccupation(citizenId, "222110", { db, now });
  assert.equal(sygeplejerske.ok, true);
  saveStep(citizenId, "kontakt", { phone: "+4512345678" }, { db, now });
  saveStep(citizenId, "samtykke", { fetch: "ja", share: "nej" }, { db, now });
}

test("codes are checked against the code lists", () => {
  assert.equal(codeErrors("ydelse", { benefitCategory: "dagpenge", fundMember: "ja", unemploymentFund: "3f-a-kasse" }), null);
  assert.deepEqual(codeErrors("ydelse", { benefitCategory: "pension", fundMember: "ja", unemploymentFund: "no-such-fund" }), {
    benefitCategory: ["errors.benefitCategory"],
    unemploymentFund: ["errors.unemploymentFund"],
  });
  assert.deepEqual(codeErrors("ledighed", { unemploymentDegree: "halvt" }), { unemploymentDegree: ["errors.unemploymentDegree"] });
  assert.equal(codeErrors("ledighed", { unemploymentDegree: "delvist-ledig" }), null);
});

test("the draft is kept per step and survives a new read; a dependent answer is cleared", () => {
  const db = portal.store;
  assert.deepEqual(loadDraft(carla, db), {});
  saveStep(carla, "ydelse", { benefitCategory: "dagpenge", fundMember: "ja", unemploymentFund: "ase" }, { db, now });
  assert.equal(flowState(carla, db).first, "ledighed");
  saveStep(carla, "ydelse", { benefitCategory: "kontanthjaelp", fundMember: "nej" }, { db, now });
  assert.deepEqual(loadDraft(carla, db), { benefitCategory: "kontanthjaelp", fundMember: "nej" });
  db.delete(registrationDrafts).where(eq(registrationDrafts.citizenId, carla)).run();
});

test("occupations: only known codes, each once, removable", () => {
  const db = portal.store;
  assert.deepEqual(addOccupation(carla, "no-such-code", { db, now }), { ok: false, error: "errors.occupations.unknown" });
  addOccupation(carla, "222110", { db, now });
  addOccupation(carla, "222110", { db, now });
  assert.deepEqual(loadDraft(carla, db).occupations, ["222110"]);
  assert.deepEqual(removeOccupation(carla, "222110", { db, now }), {});
  assert.equal(flowState(carla, db).first, "ydelse");
});

test("a step's answers with a code outside its list are refused by field and not saved", () => {
  const db = portal.store;
  const refused = saveStepAnswers(carla, "ledighed", { unemploymentDegree: "halvt-ledig", unemployedFrom: "2026-11-01" }, { db, now });
  assert.deepEqual(refused, { ok: false, fieldErrors: { unemploymentDegree: ["errors.unemploymentDegree"] } });
  assert.deepEqual(loadDraft(carla, db), {});
  const saved = saveStepAnswers(carla, "ydelse", { benefitCategory: "kontanthjaelp", fundMember: "nej" }, { db, now });
  assert.deepEqual(saved, { ok: true, draft: { benefitCategory: "kontanthjaelp", fundMember: "nej" } });
  db.delete(registrationDrafts).where(eq(registrationDrafts.citizenId, carla)).run();
});

test("the occupations step: its buttons are read from the form, and 'Næste' needs one occupation", () => {
  const db = portal.store;
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.set(key, value);
    return data;
  };
  assert.deepEqual(occupationsIntentOf(form({ add: "222110", q: "syge" })), { kind: "add", code: "222110" });
  assert.deepEqual(occupationsIntentOf(form({ remove: "222110" })), { kind: "remove", code: "222110" });
  assert.deepEqual(occupationsIntentOf(form({ intent: "next" })), { kind: "next" });
  assert.deepEqual(changeOccupations(carla, { kind: "next" }, { db, now }), { ok: false, error: "errors.occupations.required" });
  assert.equal(changeOccupations(carla, { kind: "add", code: "222110" }, { db, now }).ok, true);
  const next = changeOccupations(carla, { kind: "next" }, { db, now });
  assert.deepEqual(next, { ok: true, draft: { occupations: ["222110"] } });
  assert.deepEqual(changeOccupations(carla, { kind: "remove", code: "222110" }, { db, now }), { ok: true, draft: {} });
  db.delete(registrationDrafts).where(eq(registrationDrafts.citizenId, carla)).run();
});

test("a step's page gets only its own choices, in the user's language", () => {
  const ydelse = stepPage(carla, "ydelse", {}, "en", { q: "", now });
  assert.ok(ydelse.person?.cprMasked.endsWith("-xxxx"));
  assert.ok(ydelse.benefitCategories.length > 0 && ydelse.unemploymentFunds.length > 0);
  assert.deepEqual(ydelse.unemploymentDegrees, []);
  assert.equal(ydelse.today, "2026-11-23");
  const stillinger = stepPage(carla, "stillinger", { occupations: ["222110"] }, "da", { q: "sygeplej", now });
  assert.equal(stillinger.person, null);
  assert.ok(stillinger.results.some((o) => o.code === "222110"));
  assert.deepEqual(stillinger.chosen.map((o) => o.code), ["222110"]);
  assert.deepEqual(stepPage(carla, "ledighed", {}, "da", { q: "sygeplej", now }).results, []);
});

test("the 201st occupation is refused and nothing changes", () => {
  const db = portal.store;
  const codes = Array.from({ length: 200 }, (_, i) => `fake-${i}`);
  db.delete(registrationDrafts).where(eq(registrationDrafts.citizenId, carla)).run();
  db.insert(registrationDrafts).values({ citizenId: carla, answers: { occupations: codes }, updatedAt: now }).run();
  assert.deepEqual(addOccupation(carla, "222110", { db, now }), { ok: false, error: "errors.occupations.tooMany" });
  assert.equal(loadDraft(carla, db).occupations?.length, 200);
  db.delete(registrationDrafts).where(eq(registrationDrafts.citizenId, carla)).run();
});

test("an incomplete draft is not submitted, and nothing is stored", () => {
  const db = portal.store;
  saveStep(carla, "ydelse", { benefitCategory: "kontanthjaelp", fundMember: "nej" }, { db, now });
  assert.throws(() => submitRegistration(carla, { db, now }), (e: unknown) => e instanceof IncompleteDraft && e.step === "ledighed");
  assert.equal(db.select().from(registrations).where(eq(registrations.citizenId, carla)).all().length, 0);
  assert.equal(db.select().from(outbox).where(eq(outbox.aggregateId, carla)).all().length, 0);
  db.delete(registrationDrafts).where(eq(registrationDrafts.citizenId, carla)).run();
});

test("submitting starts the registration with its report, deletes the draft, and shows the receipt", () => {
  const db = portal.store;
  fillDraft(bo);
  const summary = draftSummary(loadDraft(bo, db), "da");
  assert.equal(summary.benefitCategory, "Dagpenge");
  assert.equal(summary.unemploymentFund, "3F A-kasse");
  assert.equal(summary.occupations.length, 1);
  assert.equal(registrationOverview(bo, "da", db).draftInProgress, true);

  submitRegistration(bo, { db, now });
  assert.deepEqual(loadDraft(bo, db), {});
  const rows = db.select().from(outbox).where(eq(outbox.aggregateId, bo)).all();
  assert.equal(rows.length, 1);
  const [row] = rows;
  assert.equal(row?.messageType, "registration");
  const data = (row!.message as { data: Record<string, unknown> }).data;
  assert.equal(data.benefitCategory, "dagpenge");
  assert.equal(data.unemploymentFund, "3f-a-kasse");
  assert.deepEqual(data.occupations, ["222110"]);
  assert.equal(data.registeredOn, "2026-11-23");
  assert.equal(data.phone, "+4512345678");

  const receipt = registrationView(bo, "en", db)!;
  assert.equal(receipt.person.cprMasked, "030792-xxxx");
  assert.equal(receipt.benefitCategory, "Unemployment benefit");
  assert.equal(receipt.unemployedFrom, "2026-11-01");
  assert.deepEqual(receipt.consents, { fetch: { given: true, on: "2026-11-23" }, share: { given: false, on: "2026-11-23" } });
  assert.equal(receipt.awaitsReporting, true);
  assert.equal(receipt.occupations[0]?.code, "222110");
  assert.equal(receipt.registeredAt, "23 November 2026, 11:00");

  const overview = registrationOverview(bo, "da", db);
  assert.deepEqual(overview, {
    active: { registeredOn: "2026-11-23", benefitCategory: "Dagpenge", unemploymentDegree: "Fuldt ledig", occupations: 1, awaitsReporting: true },
    ended: 0,
    draftInProgress: false,
  });
  assert.equal(flowState(bo, db).registered, true);
});

test("a citizen already registered cannot register twice", () => {
  const db = portal.store;
  // A citizen of its own (made-up CPR), registered here first.
  const dorte = randomUUID();
  db.insert(citizens).values({ id: dorte, cpr: "0101904321", name: "Dorte Testperson" }).run();
  fillDraft(dorte);
  submitRegistration(dorte, { db, now });
  const registered = db.select().from(registrations).where(eq(registrations.citizenId, dorte)).all();
  assert.equal(registered.length, 1);
  const reports = () => db.select().from(outbox).where(eq(outbox.aggregateId, dorte)).all().length;
  const reportsBefore = reports();

  fillDraft(dorte);
  assert.throws(() => submitRegistration(dorte, { db, now }), AlreadyRegistered);
  assert.deepEqual(db.select().from(registrations).where(eq(registrations.citizenId, dorte)).all(), registered);
  assert.equal(reports(), reportsBefore, "nothing more is reported");
  // The draft is left as it was (the transaction rolled back).
  assert.equal(loadDraft(dorte, db).benefitCategory, "dagpenge");
});

test("no registration: no receipt, an empty overview", () => {
  const db = portal.store;
  assert.equal(registrationView(carla, "da", db), null);
  assert.deepEqual(registrationOverview(carla, "da", db), { active: null, ended: 0, draftInProgress: false });
});

test("a draft that went stale sends the citizen back to the step concerned", () => {
  const db = portal.store;
  fillDraft(carla);
  // Two years later the unemployed-from date is too old.
  const later = new Date("2028-11-23T10:00:00Z");
  assert.throws(() => submitRegistration(carla, { db, now: later }), (e: unknown) => e instanceof IncompleteDraft && e.step === "ledighed");
  assert.equal(registrationView(carla, "da", db), null);
  assert.equal(stepOfField("phone"), "kontakt");
  assert.equal(stepOfField(undefined), "ydelse");
  db.delete(registrationDrafts).where(eq(registrationDrafts.citizenId, carla)).run();
});
