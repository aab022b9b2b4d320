import assert from "node:assert/strict";
import { test } from "node:test";
import {
  benefitSchema,
  completeDraftSchema,
  consentStepSchema,
  contactSchema,
  formatPhone,
  isIsoDate,
  normalisePhone,
  occupationsSchema,
  situationSchema,
  unemployedFromLimits,
} from "./schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

test("benefit: category and membership are required; a member names the a-kasse", () => {
  assert.deepEqual(messages(benefitSchema.safeParse({})), [
    ["benefitCategory", "errors.benefitCategory"],
    ["fundMember", "errors.fundMember"],
  ]);
  assert.deepEqual(messages(benefitSchema.safeParse({ benefitCategory: "kontanthjaelp", fundMember: "ja" })), [
    ["unemploymentFund", "errors.unemploymentFund"],
  ]);
  assert.deepEqual(messages(benefitSchema.safeParse({ benefitCategory: "dagpenge", fundMember: "nej" })), [
    ["fundMember", "errors.dagpengeNeedsFund"],
  ]);
  assert.deepEqual(messages(benefitSchema.safeParse({ benefitCategory: "x", fundMember: "måske" })), [["fundMember", "errors.fundMember"]]);
  assert.deepEqual(messages(benefitSchema.safeParse({ benefitCategory: "x".repeat(101), fundMember: "nej" })), [
    ["benefitCategory", "errors.benefitCategory"],
  ]);
});

test("benefit: not a member drops the a-kasse; forged fields are stripped", () => {
  const parsed = benefitSchema.parse({ benefitCategory: "kontanthjaelp", fundMember: "nej", unemploymentFund: "ase", citizenId: "other" });
  assert.deepEqual(parsed, { benefitCategory: "kontanthjaelp", fundMember: "nej", unemploymentFund: undefined });
  assert.deepEqual(benefitSchema.parse({ benefitCategory: "dagpenge", fundMember: "ja", unemploymentFund: "ase" }), {
    benefitCategory: "dagpenge",
    fundMember: "ja",
    unemploymentFund: "ase",
  });
});

test("dates: only real calendar dates", () => {
  assert.equal(isIsoDate("2026-02-28"), true);
  assert.equal(isIsoDate("2026-02-30"), false);
  assert.equal(isIsoDate("2024-02-29"), true);
  assert.equal(isIsoDate("2026-13-01"), false);
  assert.equal(isIsoDate("1/11/2026"), false);
});

test("unemployed from: a real date, at most a year back and 14 days ahead", () => {
  const today = "2026-11-23";
  assert.deepEqual(unemployedFromLimits(today), { earliest: "2025-11-23", latest: "2026-12-07" });
  const schema = situationSchema(today);
  const at = (unemployedFrom: string) => messages(schema.safeParse({ unemploymentDegree: "fuldt-ledig", unemployedFrom }));
  assert.deepEqual(at("2026-11-01"), []);
  assert.deepEqual(at("2025-11-23"), []);
  assert.deepEqual(at("2026-12-07"), []);
  assert.deepEqual(at("2026-02-30"), [["unemployedFrom", "errors.unemployedFrom.invalid"]]);
  assert.deepEqual(at("2025-11-22"), [["unemployedFrom", "errors.unemployedFrom.tooEarly"]]);
  assert.deepEqual(at("2026-12-08"), [["unemployedFrom", "errors.unemployedFrom.tooLate"]]);
  assert.deepEqual(at(""), [["unemployedFrom", "errors.unemployedFrom.required"]]);
  assert.deepEqual(messages(schema.safeParse({ unemployedFrom: "2026-11-01" })), [["unemploymentDegree", "errors.unemploymentDegree"]]);
  // 29 February one year back.
  assert.equal(unemployedFromLimits("2028-02-29").earliest, "2027-03-01");
});

test("occupations: at least one, at most 200, each once", () => {
  assert.deepEqual(messages(occupationsSchema.safeParse({ occupations: [] })), [["occupations", "errors.occupations.required"]]);
  assert.deepEqual(messages(occupationsSchema.safeParse({})), [["occupations", "errors.occupations.required"]]);
  const codes = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
  assert.equal(occupationsSchema.safeParse({ occupations: codes(200) }).success, true);
  assert.deepEqual(messages(occupationsSchema.safeParse({ occupations: codes(201) })), [["occupations", "errors.occupations.tooMany"]]);
  assert.deepEqual(messages(occupationsSchema.safeParse({ occupations: ["a", "a"] })), [["occupations", "errors.occupations.duplicate"]]);
});

test("phone: Danish 8 digits, with +45 or 0045 and spaces; stored normalised", () => {
  assert.equal(normalisePhone("12345678"), "+4512345678");
  assert.equal(normalisePhone("+45 12 34 56 78"), "+4512345678");
  assert.equal(normalisePhone("0045 1234 5678"), "+4512345678");
  assert.equal(normalisePhone("1234567"), null);
  assert.equal(normalisePhone("123456789"), null);
  assert.equal(normalisePhone("+46 12345678"), null);
  assert.equal(normalisePhone("12a45678"), null);
  assert.equal(formatPhone("+4512345678"), "+45 12 34 56 78");
});

test("contact: at least one way to reach the citizen; bad phone and e-mail refused", () => {
  assert.deepEqual(messages(contactSchema.safeParse({})), [["phone", "errors.contact.required"]]);
  assert.deepEqual(messages(contactSchema.safeParse({ phone: "", email: "" })), [["phone", "errors.contact.required"]]);
  assert.deepEqual(messages(contactSchema.safeParse({ phone: "12 34 56" })), [["phone", "errors.phone.invalid"]]);
  assert.deepEqual(messages(contactSchema.safeParse({ phone: "1".repeat(31) })), [["phone", "errors.phone.invalid"]]);
  assert.deepEqual(messages(contactSchema.safeParse({ email: "ikke-en-mail" })), [["email", "errors.email.invalid"]]);
  assert.deepEqual(messages(contactSchema.safeParse({ email: `${"a".repeat(250)}@b.dk` })), [["email", "errors.email.tooLong"]]);
  assert.deepEqual(contactSchema.parse({ phone: "+45 12 34 56 78", email: "", role: "staff" }), { phone: "+4512345678", email: undefined });
  assert.deepEqual(contactSchema.parse({ email: "bo@example.dk" }), { phone: undefined, email: "bo@example.dk" });
});

test("consent step: yes or no to each", () => {
  assert.deepEqual(messages(consentStepSchema.safeParse({ fetch: "ja" })), [["share", "errors.share"]]);
  assert.equal(consentStepSchema.safeParse({ fetch: "nej", share: "ja" }).success, true);
});

test("the whole draft is checked again on submit", () => {
  const draft = {
    benefitCategory: "dagpenge",
    fundMember: "ja",
    unemploymentFund: "ase",
    unemploymentDegree: "fuldt-ledig",
    unemployedFrom: "2026-11-01",
    occupations: ["2221"],
    email: "bo@example.dk",
    fetch: "ja",
    share: "ja",
  };
  assert.equal(completeDraftSchema("2026-11-23").safeParse(draft).success, true);
  assert.equal(completeDraftSchema("2026-11-23").safeParse({ ...draft, unemploymentFund: undefined }).success, false);
  assert.equal(completeDraftSchema("2026-11-23").safeParse({ ...draft, email: undefined }).success, false);
  assert.equal(completeDraftSchema("2026-11-23").safeParse({ ...draft, occupations: [] }).success, false);
  assert.equal(completeDraftSchema("2028-11-23").safeParse(draft).success, false, "the date is too old by now");
});
