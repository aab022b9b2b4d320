import assert from "node:assert/strict";
import { test } from "node:test";
import { addDays, daysBetween, danishDate, isRealDate } from "~/utils/dates";
import { absenceStatus, checkEndChange, checkNewAbsence, mayChangeEnd, mayWithdraw, typeRules } from "./rules";

const today = "2026-11-23";
const holiday = typeRules({ citizenMayReport: true, noticeDays: 14 });
const sickness = typeRules({ citizenMayReport: true, cannotBackdate: true, endsRegistration: true });
const education = typeRules({ citizenMayReport: true });
const notForCitizens = typeRules({});
const base = { registered: true, today, endDate: null };

test("dates: real calendar dates only, Danish today, day arithmetic", () => {
  assert.equal(isRealDate("2026-02-28"), true);
  assert.equal(isRealDate("2028-02-29"), true);
  for (const bad of ["2026-02-30", "2026-13-01", "2026-2-1", "23-11-2026", "", "0000-01-01", "2026-11-23T00:00"]) assert.equal(isRealDate(bad), false, bad);
  // 23:30 UTC on 23 November is already 24 November in Denmark.
  assert.equal(danishDate(new Date("2026-11-23T23:30:00Z")), "2026-11-24");
  assert.equal(danishDate(new Date("2026-06-30T21:59:00Z")), "2026-06-30");
  assert.equal(addDays("2026-12-31", 1), "2027-01-01");
  assert.equal(daysBetween("2026-11-23", "2026-12-07"), 14);
  assert.equal(daysBetween("2026-11-23", "2026-11-22"), -1);
});

test("code-list attributes become rules; a type without citizenMayReport is refused", () => {
  assert.deepEqual(holiday, { citizenMayReport: true, noticeDays: 14, cannotBackdate: false, endsRegistration: false });
  const refused = checkNewAbsence({ ...base, rules: notForCitizens, startDate: today });
  assert.deepEqual(refused, { ok: false, errors: { absenceType: ["report.errors.absenceType"] } });
  assert.deepEqual(checkNewAbsence({ ...base, rules: null, startDate: today }), refused, "an unknown code");
});

test("only a registered jobseeker reports a new absence", () => {
  assert.deepEqual(checkNewAbsence({ ...base, registered: false, rules: holiday, startDate: "2027-01-10" }), {
    ok: false,
    errors: { form: ["report.errors.notRegistered"] },
  });
});

test("holiday 14 days or more ahead is ordinary; less is accepted but awaits the job centre's decision", () => {
  const ok = (startDate: string) => checkNewAbsence({ ...base, rules: holiday, startDate });
  assert.deepEqual(ok(addDays(today, 14)), { ok: true, value: { awaitsJobCentreDecision: false, endsRegistration: false } });
  assert.deepEqual(ok(addDays(today, 13)), { ok: true, value: { awaitsJobCentreDecision: true, endsRegistration: false } });
  assert.deepEqual(ok(today), { ok: true, value: { awaitsJobCentreDecision: true, endsRegistration: false } });
});

test("sickness starts today: not backdated, not foreseen, reported without an end date, and ends the registration", () => {
  const sick = (startDate: string, endDate: string | null = null) => checkNewAbsence({ ...base, rules: sickness, startDate, endDate });
  assert.deepEqual(sick(today), { ok: true, value: { awaitsJobCentreDecision: false, endsRegistration: true } });
  assert.deepEqual(sick(addDays(today, -1)), { ok: false, errors: { startDate: ["report.errors.sicknessBackdated"] } });
  assert.deepEqual(sick(addDays(today, 1)), { ok: false, errors: { startDate: ["report.errors.sicknessFuture"] } });
  assert.deepEqual(sick(today, addDays(today, 3)), { ok: false, errors: { endDate: ["report.errors.sicknessEndLater"] } });
});

test("the end date is never before the start; other types may start in the past", () => {
  assert.deepEqual(checkNewAbsence({ ...base, rules: education, startDate: today, endDate: addDays(today, -1) }), {
    ok: false,
    errors: { endDate: ["report.errors.endBeforeStart"] },
  });
  assert.equal(checkNewAbsence({ ...base, rules: education, startDate: addDays(today, -10), endDate: today }).ok, true);
  assert.equal(checkNewAbsence({ ...base, rules: education, startDate: today, endDate: today }).ok, true);
});

test("status, withdrawal and changing the end date", () => {
  const future = { startDate: addDays(today, 3), endDate: addDays(today, 5), withdrawn: false };
  const running = { startDate: addDays(today, -3), endDate: null, withdrawn: false };
  const over = { startDate: addDays(today, -9), endDate: addDays(today, -1), withdrawn: false };
  assert.equal(absenceStatus(future, today), "upcoming");
  assert.equal(absenceStatus(running, today), "current");
  assert.equal(absenceStatus({ ...running, endDate: today }, today), "current");
  assert.equal(absenceStatus(over, today), "past");
  assert.equal(absenceStatus({ ...future, withdrawn: true }, today), "withdrawn");
  assert.equal(mayWithdraw(future, today), true);
  assert.equal(mayWithdraw(running, today), false, "a started absence is not withdrawn");
  assert.equal(mayWithdraw({ ...future, withdrawn: true }, today), false);
  assert.equal(mayChangeEnd(over, education, today), false);
  assert.equal(mayChangeEnd(running, education, today), true);
  assert.equal(mayChangeEnd({ ...running, endDate: today }, sickness, today), false, "recovery is reported once");
});

test("a new end date: not before the start; clearing it is allowed except for sickness", () => {
  const running = { startDate: addDays(today, -3), endDate: null, withdrawn: false };
  assert.deepEqual(checkEndChange({ absence: running, rules: education, endDate: addDays(today, -4), today }), {
    ok: false,
    errors: { endDate: ["report.errors.endBeforeStart"] },
  });
  assert.deepEqual(checkEndChange({ absence: running, rules: education, endDate: null, today }), { ok: true, value: { restoreRegistrationOn: null } });
  assert.deepEqual(checkEndChange({ absence: { ...running, withdrawn: true }, rules: education, endDate: today, today }), {
    ok: false,
    errors: { form: ["change.errors.notChangeable"] },
  });
});

test("recovery: the last day of illness is yesterday or today, and the registration is restored from the day after", () => {
  const sick = { startDate: addDays(today, -5), endDate: null, withdrawn: false };
  const end = (endDate: string | null) => checkEndChange({ absence: sick, rules: sickness, endDate, today });
  assert.deepEqual(end(addDays(today, -1)), { ok: true, value: { restoreRegistrationOn: today } });
  assert.deepEqual(end(today), { ok: true, value: { restoreRegistrationOn: addDays(today, 1) } });
  assert.deepEqual(end(addDays(today, -2)), { ok: false, errors: { endDate: ["change.errors.recoveryBackdated"] } });
  assert.deepEqual(end(addDays(today, 1)), { ok: false, errors: { endDate: ["change.errors.recoveryFuture"] } });
  assert.deepEqual(end(null), { ok: false, errors: { endDate: ["change.errors.recoveryRequired"] } });
  const sickToday = { startDate: today, endDate: null, withdrawn: false };
  assert.deepEqual(checkEndChange({ absence: sickToday, rules: sickness, endDate: addDays(today, -1), today }), {
    ok: false,
    errors: { endDate: ["report.errors.endBeforeStart"] },
  });
});
