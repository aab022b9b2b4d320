import assert from "node:assert/strict";
import { test } from "node:test";
import { changeEndSchema, reportSchema } from "./schemas";
import { deregistrationSchema } from "../deregistration/schemas";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

test("a report needs a type and a real start date; end and comment are optional", () => {
  assert.deepEqual(reportSchema.parse({ absenceType: "10", startDate: "2026-12-24", endDate: "", comment: "  " }), {
    absenceType: "10",
    startDate: "2026-12-24",
    endDate: undefined,
    comment: undefined,
  });
  assert.deepEqual(issues(reportSchema.safeParse({})), [
    ["absenceType", "report.errors.absenceType"],
    ["startDate", "report.errors.startDate"],
  ]);
});

test("impossible dates, an end before the start and an over-long comment are refused at their fields", () => {
  assert.deepEqual(issues(reportSchema.safeParse({ absenceType: "10", startDate: "2026-02-30", endDate: "2026-13-01" })), [
    ["startDate", "report.errors.impossibleDate"],
    ["endDate", "report.errors.impossibleDate"],
  ]);
  assert.deepEqual(issues(reportSchema.safeParse({ absenceType: "10", startDate: "2026-12-24", endDate: "2026-12-23" })), [
    ["endDate", "report.errors.endBeforeStart"],
  ]);
  assert.deepEqual(issues(reportSchema.safeParse({ absenceType: "10", startDate: "2026-12-24", comment: "x".repeat(1501) })), [
    ["comment", "report.errors.commentTooLong"],
  ]);
  assert.equal(reportSchema.safeParse({ absenceType: "10", startDate: "2026-12-24", comment: "æ".repeat(1500) }).success, true);
});

test("forged fields are dropped, never stored", () => {
  const parsed = reportSchema.parse({ absenceType: "10", startDate: "2026-12-24", citizenId: "someone-else", withdrawn: "true", awaitsJobCentreDecision: "false" });
  assert.deepEqual(Object.keys(parsed).filter((k) => parsed[k as keyof typeof parsed] !== undefined).sort(), ["absenceType", "startDate"]);
});

test("changing the end date: an empty end is 'no end date', an impossible one is refused", () => {
  assert.deepEqual(changeEndSchema.parse({ intent: "end", endDate: "" }), { intent: "end", endDate: undefined });
  assert.deepEqual(issues(changeEndSchema.safeParse({ intent: "end", endDate: "2026-11-31" })), [["endDate", "report.errors.impossibleDate"]]);
});

test("deregistration: reason and a real date are required; the step defaults to review", () => {
  assert.deepEqual(deregistrationSchema.parse({ reason: "i-arbejde", deregisteredOn: "2026-12-01" }), {
    intent: "review",
    reason: "i-arbejde",
    deregisteredOn: "2026-12-01",
  });
  assert.deepEqual(issues(deregistrationSchema.safeParse({ intent: "confirm" })), [
    ["reason", "deregistration.errors.reason"],
    ["deregisteredOn", "deregistration.errors.date"],
  ]);
  assert.deepEqual(issues(deregistrationSchema.safeParse({ reason: "andet", deregisteredOn: "2026-02-29" })), [
    ["deregisteredOn", "deregistration.errors.impossibleDate"],
  ]);
});
