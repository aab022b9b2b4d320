import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireSession } from "~/features/auth/session.server";
import { FlowLayout } from "~/features/registration/FlowLayout";
import { changeOccupations, flowState, occupationsIntentOf, saveStepAnswers } from "~/features/registration/draft.server";
import { stepSchema } from "~/features/registration/schemas";
import { OccupationsStep, PlainStep, stepFieldsComponents, type OccupationsResult } from "~/features/registration/step-forms";
import { afterSaving, isStepId, previousStep, resolveStep, stepHref, stepStates, type Draft } from "~/features/registration/steps";
import { stepPage } from "~/features/registration/views.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, `registration:steps.${data?.step ?? "ydelse"}.title`);

/** The step asked for, if the citizen may be there; otherwise a redirect to where they belong. */
async function guard(request: Request, param: string | undefined) {
  const session = await requireSession(request, "citizen");
  if (!isStepId(param)) throw new Response("Not Found", { status: 404 });
  const state = flowState(session.subjectId);
  if (state.registered) throw redirect("/borger/tilmelding");
  const allowed = resolveStep(param, state.draft);
  if (allowed !== param) throw redirect(stepHref(allowed));
  return { citizenId: session.subjectId, step: param, draft: state.draft };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { citizenId, step, draft } = await guard(request, params.step);
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").slice(0, 100);
  return {
    step,
    draft,
    fromSummary: url.searchParams.get("fra") === "tjek",
    states: stepStates(step, draft),
    ...stepPage(citizenId, step, draft, await languageOf(request), { q }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { citizenId, step } = await guard(request, params.step);
  const formData = await request.formData();
  const fromSummary = formData.get("fra") === "tjek";

  if (step === "stillinger") {
    const intent = occupationsIntentOf(formData);
    const changed = changeOccupations(citizenId, intent);
    if (!changed.ok) return data<OccupationsResult>({ occupationsError: changed.error }, { status: 400 });
    if (intent.kind === "next") return redirect(stepHref(afterSaving(step, changed.draft, fromSummary)));
    // Add and remove keep the citizen on the step, with their search.
    const q = String(formData.get("q") ?? "").slice(0, 100);
    return redirect(`${stepHref(step)}?${new URLSearchParams({ ...(q ? { q } : {}), ...(fromSummary ? { fra: "tjek" } : {}) })}`);
  }

  const submission = parseSubmission(formData, { schema: stepSchema(step) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const saved = saveStepAnswers(citizenId, step, submission.value as Partial<Draft>);
  if (!saved.ok) return data(submission.reply({ fieldErrors: saved.fieldErrors }), { status: 400 });
  return redirect(stepHref(afterSaving(step, saved.draft, fromSummary)));
}

export default function RegistrationStep() {
  const loaderData = useLoaderData<typeof loader>();
  const { step, states, fromSummary } = loaderData;
  const previous = previousStep(step);
  const back = fromSummary ? stepHref("tjek") : previous ? stepHref(previous) : null;
  return (
    <FlowLayout current={step} states={states} back={back}>
      {step === "stillinger" ? (
        <OccupationsStep key={step} data={loaderData} />
      ) : (
        <PlainStep key={step} data={loaderData} Fields={stepFieldsComponents[step]} />
      )}
    </FlowLayout>
  );
}
