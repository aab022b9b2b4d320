import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { citizens, outbox } from "../../../db/schema";
import { write } from "../../../db/client";
import { seedStore } from "../../../db/seed/index";
import { freshPortalStore } from "~/foundation/testing/stub";
import { activeRegistration, registrationHistory, startRegistration } from "~/features/registration/period.server";
import { registrationAnswers } from "~/features/registration/testing";
import { checkAnswers, citizenReasons, deregister, deregistrationReceipt, deregistrationStart, deregistrationStep } from "./deregistration.server";

let portal: ReturnType<typeof freshPortalStore>;
let carla: string;
let bo: string;
const now = new Date("2026-11-23T10:00:00Z");

const answers = registrationAnswers({ consents: { fetch: true, share: false } });

before(() => {
  portal = freshPortalStore();
  seedStore(portal.store, { now });
  const id = (cpr: string) => portal.store.select().from(citizens).where(eq(citizens.cpr, cpr)).get()!.id;
  carla = id("2211781236");
  bo = id("0307921235");
  write(portal.store, (tx) => startRegistration(tx, carla, answers, { registeredOn: "2026-11-01", now }));
});

after(() => portal.remove());

const opts = () => ({ db: portal.store, now });

test("a citizen is offered only the reasons a citizen may pick", () => {
  assert.deepEqual(citizenReasons("da", portal.store).map((r) => r.code), ["i-arbejde", "paabegyndt-uddannelse", "flytter-til-udlandet", "oensker-ikke-at-vaere-tilmeldt", "andet"]);
  assert.equal(citizenReasons("en", portal.store)[0]?.label, "In work");
});

test("forged reasons and past dates are refused and nothing is stored", () => {
  const before = portal.store.select().from(outbox).all().length;
  assert.deepEqual(checkAnswers(carla, { reason: "sygemelding", deregisteredOn: "2026-11-23" }, opts()), { ok: false, errors: { reason: ["deregistration.errors.reason"] } });
  assert.deepEqual(deregister(carla, { reason: "ukendt", deregisteredOn: "2026-11-22" }, opts()), {
    ok: false,
    errors: { reason: ["deregistration.errors.reason"], deregisteredOn: ["deregistration.errors.past"] },
  });
  assert.equal(portal.store.select().from(outbox).all().length, before);
  assert.ok(activeRegistration(portal.store, carla));
});

test("an unregistered citizen is told so", () => {
  assert.equal(deregistrationStart(bo, opts()).registered, false);
  assert.deepEqual(deregister(bo, { reason: "andet", deregisteredOn: "2026-11-23" }, opts()), { ok: false, errors: { form: ["deregistration.errors.notRegistered"] } });
  assert.equal(deregistrationReceipt(bo, opts()), null);
});

test("the two steps: review asks \"Er du sikker?\", edit goes back with the answers, a refusal goes back with its errors; nothing is stored before confirm", () => {
  const before = portal.store.select().from(outbox).all().length;
  const answers = { reason: "i-arbejde", deregisteredOn: "2026-12-01" };
  assert.deepEqual(deregistrationStep(carla, "review", answers, opts()), { step: "confirm", answers });
  assert.deepEqual(deregistrationStep(carla, "edit", answers, opts()), { step: "form", answers });
  const refused = { reason: "sygemelding", deregisteredOn: "2026-11-23" };
  assert.deepEqual(deregistrationStep(carla, "review", refused, opts()), { step: "form", answers: refused, errors: { reason: ["deregistration.errors.reason"] } });
  assert.deepEqual(deregistrationStep(carla, "confirm", refused, opts()), { step: "form", answers: refused, errors: { reason: ["deregistration.errors.reason"] } });
  assert.equal(portal.store.select().from(outbox).all().length, before);
  assert.ok(activeRegistration(portal.store, carla));
});

test("deregistering ends the period with its report; the history is kept and registering again works", () => {
  assert.equal(checkAnswers(carla, { reason: "i-arbejde", deregisteredOn: "2026-12-01" }, opts()).ok, true);
  const result = deregister(carla, { reason: "i-arbejde", deregisteredOn: "2026-12-01" }, opts());
  assert.equal(result.ok, true);
  assert.equal(activeRegistration(portal.store, carla), null);
  const last = portal.store.select().from(outbox).all().at(-1);
  assert.equal(last?.messageType, "deregistration");
  assert.deepEqual((last?.message as { data: unknown }).data, { cpr: "2211781236", name: "Carla Hansen", deregisteredOn: "2026-12-01", reason: "i-arbejde" });
  const receipt = deregistrationReceipt(carla, { ...opts(), lng: "en" });
  assert.deepEqual(
    receipt && { on: receipt.deregisteredOn, reason: receipt.reasonLabel, waiting: receipt.awaitsReporting },
    { on: "2026-12-01", reason: "In work", waiting: true },
  );
  write(portal.store, (tx) => startRegistration(tx, carla, answers, { registeredOn: "2026-12-02", now }));
  assert.deepEqual(registrationHistory(portal.store, carla).map((p) => p.status), ["active", "ended"]);
});
