import assert from "node:assert/strict";
import { test } from "node:test";
import da from "../../public/locales/da/notifications.json";
import en from "../../public/locales/en/notifications.json";
import { kinds, notificationKinds, render, type MeetingFacts } from "./templates.server";

const facts = (lng: "da" | "en"): MeetingFacts => ({
  jobCentre: "Jobcenter København",
  when: lng === "da" ? "fredag den 4. december 2026 kl. 10.00–10.45" : "Friday, 4 December 2026 10:00–10:45",
  place: "Jobcenter København, Kultorvet 2",
  link: "http://localhost:3000/borger/moeder/0f6c2a4e-1d2b-4c55-9a61-3a8f0f1b2c3d",
});

/** Every key of the texts, so a key shown instead of its text is caught. */
function keys(node: unknown, prefix = ""): string[] {
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === "string" ? [prefix ? `${prefix}.${k}` : k] : keys(v, prefix ? `${prefix}.${k}` : k),
  );
}
const allKeys = keys(da).filter((k) => k.includes("."));
const cpr = /\b\d{6}-?\d{4}\b/;

for (const lng of ["da", "en"] as const) {
  for (const kind of notificationKinds) {
    test(`${kind} (${lng}): subject and body in the language, the facts and the link, no key, no placeholder, no CPR`, () => {
      const { email, sms } = render(kind, lng, facts(lng));
      assert.ok(email.subject.length > 5 && email.subject.length < 80, email.subject);
      for (const part of [email.subject, email.text, email.html, sms ?? ""]) {
        assert.doesNotMatch(part, /\{\{|\}\}/);
        assert.doesNotMatch(part, cpr);
        for (const key of allKeys) assert.ok(!part.includes(key), `${key} untranslated`);
      }
      assert.ok(email.text.startsWith(lng === "da" ? "Hej" : "Hello"));
      assert.ok(email.text.includes(facts(lng).when));
      assert.ok(email.text.includes(facts(lng).link));
      assert.ok(email.html.includes(`<html lang="${lng}">`));
      assert.ok(email.html.includes(`href="${facts(lng).link}"`));
      // The other language's texts never leak in.
      const other = lng === "da" ? en : da;
      const ownKey = kinds[kind].key as keyof typeof da;
      assert.ok(!email.text.includes((other[ownKey] as { lead: string }).lead.split("{{")[0]!.trim() || "\u0000"));
      if (kinds[kind].sms) {
        assert.ok(sms && sms.length <= 306, "at most two SMS parts");
        assert.ok(sms.startsWith("Jobportalen:"));
      } else assert.equal(sms, null);
    });
  }
}

test("what a staff member writes is escaped in the HTML", () => {
  const { email } = render("summons.created", "da", { ...facts("da"), place: `<script>alert(1)</script> & "Kultorvet"` });
  assert.ok(!email.html.includes("<script>"));
  assert.ok(email.html.includes("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Kultorvet&quot;"));
  assert.ok(email.text.includes(`<script>alert(1)</script> & "Kultorvet"`));
});

test("the reminder and the receipts say what happened, not why: no reason, no description", () => {
  const cancelled = render("summons.cancelled", "da", facts("da")).email.text;
  assert.match(cancelled, /aflyst/);
  assert.match(cancelled, /Log ind for at se hvorfor/);
  assert.match(render("reminder", "en", facts("en")).sms ?? "", /^Jobportalen: Remember your meeting Friday, 4 December 2026 10:00–10:45\. Place: Jobcenter København, Kultorvet 2$/);
});
