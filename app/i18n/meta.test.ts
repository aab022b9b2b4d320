import assert from "node:assert/strict";
import { test } from "node:test";
import "./texts.server";
import { answerHasErrors, pageMeta } from "./meta";

const root = (lng: "da" | "en", answeredWithErrors?: boolean) => ({ id: "root", data: { lng, answeredWithErrors } });
const citizen = { id: "routes/borger", handle: { area: "citizen" } };
const title = (descriptors: ReturnType<typeof pageMeta>) => (descriptors[0] as { title: string }).title;

test("a title reads page, section, area, in the page's language", () => {
  assert.equal(title(pageMeta([root("da"), citizen], "meetings:list.title", { titleText: "Jobsamtale 4. december", section: "meetings:list.title" })), "Jobsamtale 4. december – Dine møder – Min side");
  assert.equal(title(pageMeta([root("en"), citizen], "meetings:list.title")), "Your meetings – My page");
  assert.equal(title(pageMeta([root("da")], "pages.contact.title")), "Kontakt – Jobportalen");
});

test("the area's start page does not repeat the area", () => {
  assert.equal(title(pageMeta([root("da"), citizen], "citizen.start.title")), "Min side");
});

test("a page re-shown with errors starts with Fejl:", () => {
  assert.equal(title(pageMeta([root("da", true), citizen], "meetings:list.title")), "Fejl: Dine møder – Min side");
  assert.equal(title(pageMeta([root("en"), citizen], "meetings:list.title", { error: true })), "Error: Your meetings – My page");
});

test("an action's answer has errors in each shape the actions answer with", () => {
  assert.equal(answerHasErrors({ status: "error", error: { reason: ["errors.reason"] } }), true);
  assert.equal(answerHasErrors({ step: "form", result: { status: "error", error: { "": ["x"] } } }), true);
  assert.equal(answerHasErrors({ errors: { personId: ["x"] }, found: null }), true);
  assert.equal(answerHasErrors({ error: "employer.order.errors.action" }), true);
  assert.equal(answerHasErrors({ occupationsError: "errors.search" }), true);
  assert.equal(answerHasErrors({ status: "success" }), false);
  assert.equal(answerHasErrors({ status: "error", error: { reason: null } }), false);
  assert.equal(answerHasErrors({ errors: {} }), false);
  assert.equal(answerHasErrors(undefined), false);
});
