import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { write } from "../../../db/client";
import { seedCodeLists } from "../../../db/seed/index";
import { heldConversations, summonses } from "../../../db/schema";
import { addCitizen, addHeldConversation, addSummons } from "~/features/meetings/testing";
import { freshPortalStore } from "~/foundation/testing/stub";
import { insightFor } from "./insight.server";

let portal: ReturnType<typeof freshPortalStore>;
const now = new Date("2026-11-23T10:00:00Z");
before(() => {
  portal = freshPortalStore();
  write(portal.store, (tx) => seedCodeLists(tx));
});
after(() => portal.remove());

const heldConversation = (citizen: string) => addHeldConversation(portal.store, citizen, {}, now);

test("issue 15, § 28 stk. 5 and 6: the insight page lists held conversations, what was reported of them and what went to the a-kasse; each line says which meeting", () => {
  const citizen = addCitizen(portal.store);
  const other = addCitizen(portal.store);
  const summons = addSummons(portal.store, citizen, new Date("2026-11-30T09:00:00Z"), { title: "Samtale om dit CV" }, now);
  const conversation = heldConversation(citizen);
  heldConversation(other);
  write(portal.store, (tx) => {
    tx.update(heldConversations).set({ forwardedToFundAt: "2026-11-21T08:00:00.000Z" }).where(eq(heldConversations.id, conversation)).run();
    tx.update(summonses).set({ forwardedToFundAt: "2026-11-22T08:00:00.000Z" }).where(eq(summonses.id, summons)).run();
  });

  const { reports, forwarded } = insightFor(citizen, "da", portal.store);
  // The line names the meeting by its title (or type) and day; the date format is the date module's.
  const said = (about: string | null) => (about ? about.replace(/^(.*?), .*?(\d{1,2})\. november.*$/, "$1, $2. november") : about);
  assert.deepEqual(
    reports.map((r) => [r.type, said(r.about)]).sort(),
    [
      ["heldConversation", "Jobsamtale, 20. november"],
      ["summons.create", "Samtale om dit CV, 30. november"],
    ].sort(),
  );
  assert.deepEqual(
    forwarded.map((f) => said(f.title)),
    ["Samtale om dit CV, 30. november", "Jobsamtale, 20. november"],
    "newest first",
  );
  assert.equal(insightFor(other, "da", portal.store).forwarded.length, 0, "another citizen's conversation is not listed");
});
