import assert from "node:assert/strict";
import { test } from "node:test";
import {
  afterSaving,
  applyAnswers,
  firstUnanswered,
  isAnswered,
  nextStep,
  previousStep,
  resolveStep,
  stepIds,
  stepNumber,
  stepHref,
  stepStates,
  type Draft,
} from "./steps";

const complete: Draft = {
  benefitCategory: "dagpenge",
  fundMember: "ja",
  unemploymentFund: "3f-a-kasse",
  unemploymentDegree: "fuldt-ledig",
  unemployedFrom: "2026-11-01",
  occupations: ["2221"],
  phone: "+4512345678",
  fetch: "ja",
  share: "nej",
};

test("the steps and their order", () => {
  assert.deepEqual([...stepIds], ["ydelse", "ledighed", "stillinger", "kontakt", "samtykke"]);
  assert.deepEqual(stepIds.map(stepNumber), [1, 2, 3, 4, 5]);
  assert.deepEqual(stepIds.map(nextStep), ["ledighed", "stillinger", "kontakt", "samtykke", "tjek"]);
  assert.deepEqual(stepIds.map(previousStep), [null, "ydelse", "ledighed", "stillinger", "kontakt"]);
  assert.equal(previousStep("tjek"), "samtykke");
});

test("when each step counts as answered", () => {
  assert.equal(isAnswered("ydelse", {}), false);
  assert.equal(isAnswered("ydelse", { benefitCategory: "dagpenge" }), false);
  assert.equal(isAnswered("ydelse", { benefitCategory: "kontanthjaelp", fundMember: "nej" }), true);
  assert.equal(isAnswered("ydelse", { benefitCategory: "dagpenge", fundMember: "ja" }), false, "member without an a-kasse");
  assert.equal(isAnswered("ydelse", { benefitCategory: "dagpenge", fundMember: "ja", unemploymentFund: "ase" }), true);
  assert.equal(isAnswered("ledighed", { unemploymentDegree: "fuldt-ledig" }), false);
  assert.equal(isAnswered("ledighed", { unemployedFrom: "2026-11-01" }), false);
  assert.equal(isAnswered("ledighed", { unemploymentDegree: "fuldt-ledig", unemployedFrom: "2026-11-01" }), true);
  assert.equal(isAnswered("stillinger", { occupations: [] }), false);
  assert.equal(isAnswered("stillinger", { occupations: ["2221"] }), true);
  assert.equal(isAnswered("kontakt", {}), false);
  assert.equal(isAnswered("kontakt", { phone: "+4512345678" }), true);
  assert.equal(isAnswered("kontakt", { email: "a@b.dk" }), true);
  assert.equal(isAnswered("samtykke", { fetch: "ja" }), false);
  assert.equal(isAnswered("samtykke", { fetch: "nej", share: "nej" }), true);
});

test("the first unanswered step", () => {
  assert.equal(firstUnanswered({}), "ydelse");
  assert.equal(firstUnanswered({ benefitCategory: "kontanthjaelp", fundMember: "nej" }), "ledighed");
  const { occupations: _o, ...noOccupations } = complete;
  assert.equal(firstUnanswered(noOccupations), "stillinger");
  const { phone: _p, ...noContact } = complete;
  assert.equal(firstUnanswered(noContact), "kontakt");
  assert.equal(firstUnanswered({ ...complete, share: undefined }), "samtykke");
  assert.equal(firstUnanswered(complete), "tjek");
});

test("jumping ahead by URL lands on the first unanswered step; going back is always allowed", () => {
  assert.equal(resolveStep("samtykke", {}), "ydelse");
  assert.equal(resolveStep("tjek", {}), "ydelse");
  assert.equal(resolveStep("ydelse", {}), "ydelse");
  const two = { benefitCategory: "kontanthjaelp", fundMember: "nej" as const };
  assert.equal(resolveStep("ledighed", two), "ledighed");
  assert.equal(resolveStep("stillinger", two), "ledighed");
  assert.equal(resolveStep("ydelse", two), "ydelse");
  assert.equal(resolveStep("tjek", complete), "tjek");
  assert.equal(resolveStep("stillinger", complete), "stillinger");
  // A later step answered does not open it while an earlier one is not.
  const { occupations: _o, ...gap } = complete;
  assert.equal(resolveStep("samtykke", gap), "stillinger");
});

test("after saving: onwards, or back to the summary when changing an answer there", () => {
  const two = { benefitCategory: "kontanthjaelp", fundMember: "nej" as const };
  assert.equal(afterSaving("ydelse", two, false), "ledighed");
  assert.equal(afterSaving("samtykke", complete, false), "tjek");
  assert.equal(afterSaving("ydelse", complete, true), "tjek");
  assert.equal(afterSaving("ydelse", complete, false), "ledighed");
  // From the summary, but a change left an earlier step open: there first.
  const { occupations: _o, ...gap } = complete;
  assert.equal(afterSaving("ydelse", gap, true), "stillinger");
});

test("answers are merged per step; empty answers are removed", () => {
  const next = applyAnswers({ phone: "+4511111111" }, "kontakt", { phone: "", email: "a@b.dk" });
  assert.deepEqual(next, { email: "a@b.dk" });
  // Fields of other steps in the answers are ignored.
  const other = applyAnswers({}, "samtykke", { fetch: "ja", share: "ja", benefitCategory: "forged" } as Draft);
  assert.deepEqual(other, { fetch: "ja", share: "ja" });
  assert.deepEqual(applyAnswers({ occupations: ["1"] }, "stillinger", { occupations: [] }), {});
});

test("changing a-kasse membership from ja to nej clears the chosen a-kasse", () => {
  const member = applyAnswers({}, "ydelse", { benefitCategory: "dagpenge", fundMember: "ja", unemploymentFund: "ase" });
  assert.equal(member.unemploymentFund, "ase");
  const notMember = applyAnswers(member, "ydelse", { benefitCategory: "kontanthjaelp", fundMember: "nej", unemploymentFund: "ase" });
  assert.equal(notMember.unemploymentFund, undefined);
  assert.equal(notMember.fundMember, "nej");
  // Other steps' answers are kept.
  const kept = applyAnswers(complete, "ydelse", { benefitCategory: "kontanthjaelp", fundMember: "nej" });
  assert.equal(kept.unemploymentFund, undefined);
  assert.deepEqual(kept.occupations, ["2221"]);
  assert.equal(firstUnanswered(kept), "tjek");
  // Saving another step never clears the a-kasse of a member.
  assert.equal(applyAnswers(complete, "kontakt", { email: "x@y.dk" }).unemploymentFund, "3f-a-kasse");
});

test("the step indicator: current, done and linked, available, disabled", () => {
  assert.deepEqual(
    stepStates("ydelse", {}).map((s) => s.state),
    ["current", "disabled", "disabled", "disabled", "disabled", "disabled"],
  );
  const two = { benefitCategory: "kontanthjaelp", fundMember: "nej" as const };
  assert.deepEqual(
    stepStates("ledighed", two).map((s) => s.state),
    ["done", "current", "disabled", "disabled", "disabled", "disabled"],
  );
  // Back on step 1 with step 2 open but unanswered.
  assert.deepEqual(
    stepStates("ydelse", two).map((s) => s.state),
    ["current", "available", "disabled", "disabled", "disabled", "disabled"],
  );
  assert.deepEqual(
    stepStates("tjek", complete).map((s) => s.state),
    ["done", "done", "done", "done", "done", "current"],
  );
  assert.deepEqual(
    stepStates("kontakt", complete).map((s) => s.state),
    ["done", "done", "done", "current", "done", "available"],
  );
  // An answered step behind an unanswered one stays disabled.
  const { occupations: _o, ...gap } = complete;
  assert.deepEqual(
    stepStates("stillinger", gap).map((s) => s.state),
    ["done", "done", "current", "disabled", "disabled", "disabled"],
  );
});

test("the flow's URLs", () => {
  assert.equal(stepHref("ydelse"), "/borger/tilmelding/ydelse");
  assert.equal(stepHref("tjek"), "/borger/tilmelding/tjek");
  assert.equal(stepHref("kontakt", { fromSummary: true }), "/borger/tilmelding/kontakt?fra=tjek");
});
