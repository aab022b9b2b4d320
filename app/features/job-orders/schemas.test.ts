import assert from "node:assert/strict";
import { test } from "node:test";
import { parseWithZod } from "@conform-to/zod/v4";
import { jobOrderSchema, searchParamsSchema } from "./schemas";

// A job order as the employer's form posts it (before zod's transforms).
const posted = {
  title: "Bagersvend til morgenholdet",
  occupation: "751210",
  description: "Vi søger en bagersvend.\r\nMødetid kl. 4.",
  jobOrderType: "ordinaert-job",
  workingTime: "fuldtid",
  positions: 1,
  applicationDeadline: "2026-11-30",
  workplaceAddress: "Ørestads Boulevard 1, København S",
  postcode: "2300",
  contactName: "Eva Bager",
  contactPhone: "33 66 33 66",
  internalComment: "Første linje\nAnden linje",
};

/** The day the tests run on: the posted deadline is ahead of it. */
const now = new Date("2026-11-23T10:00:00Z");

const problems = (value: unknown, at = now) =>
  Object.fromEntries((jobOrderSchema(at).safeParse(value).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

test("issue 19 item 9: the application deadline may be today (in Denmark), never a day gone, when creating or editing", () => {
  assert.deepEqual(problems({ ...posted, applicationDeadline: "2026-11-23" }), {});
  assert.deepEqual(problems({ ...posted, applicationDeadline: "2026-11-22" }), { applicationDeadline: "form.errors.deadlinePassed" });
  // 23:30 UTC on 30 November is 00:30 on 1 December in Denmark: the 30th has gone.
  assert.deepEqual(problems(posted, new Date("2026-11-30T23:30:00Z")), { applicationDeadline: "form.errors.deadlinePassed" });
});

test("a job order's one-line fields refuse line breaks; the description and the comment keep theirs", () => {
  assert.deepEqual(problems(posted), {});
  assert.deepEqual(
    problems({ ...posted, title: "Bager\r\nSet-Cookie: x=1", workplaceAddress: "Ørestads Boulevard 1\nKøbenhavn S", contactName: "Eva\u2029Bager", contactPhone: "33 66\n33 66" }),
    { title: "form.errors.oneLine", workplaceAddress: "form.errors.oneLine", contactName: "form.errors.oneLine", contactPhone: "form.errors.oneLine" },
  );
});

test("issue 19 item 9: weekly hours take a Danish decimal comma (37,5) as the form sends it; a word is refused", () => {
  const form = (weeklyHours: string) => {
    const data = new FormData();
    for (const [key, value] of Object.entries({ ...posted, positions: "1", weeklyHours })) data.set(key, String(value));
    return parseWithZod(data, { schema: jobOrderSchema(now) });
  };
  const comma = form("37,5");
  assert.equal(comma.status, "success");
  assert.equal(comma.status === "success" ? comma.value.weeklyHours : null, 37.5);
  const point = form("37.5");
  assert.equal(point.status === "success" ? point.value.weeklyHours : null, 37.5);
  const empty = form("");
  assert.equal(empty.status === "success" ? empty.value.weeklyHours : "refused", null);
  const word = form("mange");
  assert.deepEqual(word.status === "error" ? word.error : null, { weeklyHours: ["form.errors.weeklyHours"] });
});

test("issue 19 item 7: the search's place is checked the same way in the browser and on the server, and never dropped", () => {
  const place = (sted: string) => {
    const data = new FormData();
    data.set("q", "lager");
    data.set("sted", sted);
    return parseWithZod(data, { schema: searchParamsSchema });
  };
  for (const fine of ["Aarhus", "8000", "751", "Aarhus Kommune", "8000 Aarhus C", "Nykøbing Sj.", "Lyngby-Taarbæk", "Xyzby"]) {
    const read = place(fine);
    assert.equal(read.status === "success" ? read.value.sted : null, fine, fine);
  }
  assert.equal(place("  Aarhus ").status === "success" ? "trimmed" : "refused", "trimmed");
  const blank = place("");
  assert.equal(blank.status === "success" ? blank.value.sted : "refused", undefined);
  for (const wrong of ["<script>", "Aarhus; DROP", "a".repeat(61)]) {
    const read = place(wrong);
    assert.deepEqual(read.status === "error" ? read.error : null, { sted: ["search.errors.placeFormat"] }, wrong);
  }
  // The other parameters come from selects and links: a bad value is dropped, not answered.
  const data = new FormData();
  data.set("side", "9999");
  data.set("sorter", "x");
  const read = parseWithZod(data, { schema: searchParamsSchema });
  assert.deepEqual(read.status === "success" ? read.value : null, { side: undefined, sorter: undefined });
});
