import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import type * as z from "zod";
import { DateField, Select, TextField } from "~/components/dkfds/fields";
import { AnswerErrorSummary } from "~/components/dkfds/form";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { requireSession } from "~/features/auth/session.server";
import { codeList, codeLabel, searchOccupations } from "~/features/codelists/codelists.server";
import { FlowLayout } from "~/features/registration/FlowLayout";
import {
  addOccupation,
  codeErrors,
  flowState,
  removeOccupation,
  saveStep,
  whoIsRegistering,
} from "~/features/registration/registration.server";
import { maxOccupations, occupationsSchema, stepSchema, todayIso, unemployedFromLimits } from "~/features/registration/schemas";
import {
  afterSaving,
  isStepId,
  previousStep,
  resolveStep,
  stepFields,
  stepHref,
  stepStates,
  type Draft,
  type StepId,
} from "~/features/registration/steps";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { Button } from "~/components/dkfds/Button";
import { ActionItem, Lead, PlainList, VisuallyHidden } from "~/components/dkfds/Text";

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
  const lng = await languageOf(request);
  const url = new URL(request.url);
  const fromSummary = url.searchParams.get("fra") === "tjek";
  const q = (url.searchParams.get("q") ?? "").slice(0, 100);
  const options = (list: string) => codeList(list, lng).map((o) => ({ value: o.code, label: o.label }));
  return {
    step,
    draft,
    fromSummary,
    states: stepStates(step, draft),
    person: step === "ydelse" ? whoIsRegistering(citizenId) : null,
    benefitCategories: step === "ydelse" ? options("benefitCategory") : [],
    unemploymentFunds: step === "ydelse" ? options("unemploymentFund") : [],
    unemploymentDegrees: step === "ledighed" ? options("unemploymentDegree") : [],
    today: todayIso(),
    q,
    results: step === "stillinger" && q ? searchOccupations(q, lng).map((o) => ({ code: o.code, title: o.label })) : [],
    chosen: (draft.occupations ?? []).map((code) => ({ code, title: codeLabel("occupation", code, lng) })),
  };
}

type OccupationsResult = { occupationsError: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const { citizenId, step } = await guard(request, params.step);
  const formData = await request.formData();
  const fromSummary = formData.get("fra") === "tjek";
  const stay = (q: string) => `${stepHref(step)}?${new URLSearchParams({ ...(q ? { q } : {}), ...(fromSummary ? { fra: "tjek" } : {}) })}`;

  if (step === "stillinger") {
    const q = String(formData.get("q") ?? "").slice(0, 100);
    const add = formData.get("add");
    const remove = formData.get("remove");
    if (typeof add === "string") {
      const result = addOccupation(citizenId, add);
      if (!result.ok) return data<OccupationsResult>({ occupationsError: result.error }, { status: 400 });
      return redirect(stay(q));
    }
    if (typeof remove === "string") {
      removeOccupation(citizenId, remove);
      return redirect(stay(q));
    }
    const { draft } = flowState(citizenId);
    const checked = occupationsSchema.safeParse({ occupations: draft.occupations ?? [] });
    if (!checked.success) return data<OccupationsResult>({ occupationsError: checked.error.issues[0]?.message ?? "errors.occupations.required" }, { status: 400 });
    return redirect(stepHref(afterSaving(step, draft, fromSummary)));
  }

  const submission = parseSubmission(formData, { schema: stepSchema(step) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const answers = submission.value as Partial<Draft>;
  const wrongCodes = codeErrors(step, answers);
  if (wrongCodes) return data(submission.reply({ fieldErrors: wrongCodes }), { status: 400 });
  const draft = saveStep(citizenId, step, answers);
  return redirect(stepHref(afterSaving(step, draft, fromSummary)));
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function RegistrationStep() {
  const loaderData = useLoaderData<typeof loader>();
  const { step, states, fromSummary } = loaderData;
  const previous = previousStep(step);
  const back = fromSummary ? stepHref("tjek") : previous ? stepHref(previous) : null;
  return (
    <FlowLayout current={step} states={states} back={back}>
      {step === "stillinger" ? <OccupationsStep key={step} data={loaderData} /> : <PlainStep key={step} data={loaderData} />}
    </FlowLayout>
  );
}

function useErrorText() {
  const { t } = useTranslation("registration");
  return (errors: string[] | undefined) => (errors?.[0] ? t(errors[0]) : undefined);
}

function SubmitRow({ fromSummary }: { fromSummary: boolean }) {
  const { t } = useTranslation("registration");
  return (
    <>
      {fromSummary ? <input type="hidden" name="fra" value="tjek" /> : null}
      <Button>
        {fromSummary ? t("flow.saveAndReturn") : t("flow.next")}
      </Button>
    </>
  );
}

/** The steps that are one plain form: benefit, unemployment, contact and consent. */
function PlainStep({ data: loaderData }: { data: LoaderData }) {
  const { step, draft, fromSummary } = loaderData;
  const plainStep = step as Exclude<StepId, "stillinger">;
  const lastResult = useActionData<typeof action>() as SubmissionResult<string[]> | undefined;
  const { t } = useTranslation("registration");
  const errorText = useErrorText();
  const [form, fields] = useForm<Record<string, string>>({
    lastResult,
    defaultValue: draft as Record<string, string>,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: stepSchema(plainStep) as unknown as z.ZodType<Record<string, string>> }),
    shouldValidate: "onSubmit",
  });
  const value = (name: string) => fields[name]?.initialValue as string | undefined;
  const error = (name: string) => errorText(fields[name]?.errors);
  const yesNo = [
    { value: "ja", label: t("answers.yes") },
    { value: "nej", label: t("answers.no") },
  ];
  // Without JavaScript the a-kasse list is always there; with it, only when the answer is "ja".
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [member, setMember] = useState(value("fundMember"));
  const onMembership = (event: ChangeEvent<HTMLDivElement>) => {
    const target = event.target as unknown as HTMLInputElement;
    if (target.name === "fundMember") setMember(target.value);
  };

  return (
    <>
      <AnswerErrorSummary errors={form.allErrors} ns="registration" fields={[...stepFields[plainStep]]} />
      <h1>{t(`steps.${step}.title`)}</h1>
      {loaderData.person ? <p>{t("flow.person", { name: loaderData.person.name, cpr: loaderData.person.cprMasked })}</p> : null}
      {step === "kontakt" || step === "samtykke" ? <Lead>{t(`steps.${step}.lead`)}</Lead> : null}
      <Form method="post" {...getFormProps(form)} noValidate>
        {step === "ydelse" ? (
          <>
            <RadioGroup
              name="benefitCategory"
              legend={t("steps.ydelse.benefitCategory")}
              hint={t("steps.ydelse.benefitCategoryHint")}
              options={loaderData.benefitCategories}
              value={value("benefitCategory")}
              error={error("benefitCategory")}
            />
            <div onChange={onMembership}>
              <RadioGroup
                name="fundMember"
                legend={t("steps.ydelse.fundMember")}
                options={yesNo}
                value={value("fundMember")}
                error={error("fundMember")}
              />
            </div>
            {!hydrated || member === "ja" || error("unemploymentFund") ? (
              <Select
                id="unemploymentFund"
                label={t("steps.ydelse.unemploymentFund")}
                hint={t("steps.ydelse.unemploymentFundHint")}
                placeholder={t("steps.ydelse.unemploymentFundPlaceholder")}
                options={loaderData.unemploymentFunds}
                defaultValue={value("unemploymentFund") ?? ""}
                error={error("unemploymentFund")}
              />
            ) : null}
          </>
        ) : null}
        {step === "ledighed" ? (
          <>
            <RadioGroup
              name="unemploymentDegree"
              legend={t("steps.ledighed.unemploymentDegree")}
              hint={t("steps.ledighed.unemploymentDegreeHint")}
              options={loaderData.unemploymentDegrees}
              value={value("unemploymentDegree")}
              error={error("unemploymentDegree")}
            />
            <DateField
              id="unemployedFrom"
              label={t("steps.ledighed.unemployedFrom")}
              hint={t("steps.ledighed.unemployedFromHint", { example: loaderData.today })}
              defaultValue={value("unemployedFrom") ?? ""}
              min={unemployedFromLimits(loaderData.today).earliest}
              max={unemployedFromLimits(loaderData.today).latest}
              error={error("unemployedFrom")}
            />
          </>
        ) : null}
        {step === "kontakt" ? (
          <>
            <TextField
              id="phone"
              type="tel"
              autoComplete="tel"
              width="m"
              label={t("steps.kontakt.phone")}
              hint={t("steps.kontakt.phoneHint")}
              defaultValue={value("phone") ?? ""}
              error={error("phone")}
            />
            <TextField
              id="email"
              type="email"
              autoComplete="email"
              spellCheck={false}
              label={t("steps.kontakt.email")}
              hint={t("steps.kontakt.emailHint")}
              defaultValue={value("email") ?? ""}
              error={error("email")}
            />
          </>
        ) : null}
        {step === "samtykke" ? (
          <>
            <RadioGroup
              name="fetch"
              legend={t("steps.samtykke.fetch")}
              hint={t("steps.samtykke.fetchHint")}
              options={yesNo}
              value={value("fetch")}
              error={error("fetch")}
            />
            <RadioGroup
              name="share"
              legend={t("steps.samtykke.share")}
              hint={t("steps.samtykke.shareHint")}
              options={yesNo}
              value={value("share")}
              error={error("share")}
            />
          </>
        ) : null}
        <SubmitRow fromSummary={fromSummary} />
      </Form>
    </>
  );
}

/**
 * Occupations: a search (a GET form, so it works without JavaScript; with it, results follow the
 * typing), "Tilføj" and "Fjern" buttons that change the draft on the server, and "Næste".
 */
function OccupationsStep({ data: loaderData }: { data: LoaderData }) {
  const { q, results, chosen, fromSummary } = loaderData;
  const actionData = useActionData<typeof action>() as OccupationsResult | undefined;
  const { t } = useTranslation("registration");
  const submit = useSubmit();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const onType = (event: ChangeEvent<HTMLInputElement>) => {
    const form = event.currentTarget.form;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (form) submit(form, { replace: true, preventScrollReset: true });
    }, 300);
  };
  const error = actionData?.occupationsError ? t(actionData.occupationsError) : undefined;
  const chosenCodes = new Set(chosen.map((o) => o.code));
  return (
    <>
      <AnswerErrorSummary errors={{ q: actionData?.occupationsError ? [actionData.occupationsError] : undefined }} ns="registration" />
      <h1>{t("steps.stillinger.title")}</h1>
      <Lead>{t("steps.stillinger.lead", { max: maxOccupations })}</Lead>
      <Form method="get" role="search">
        {fromSummary ? <input type="hidden" name="fra" value="tjek" /> : null}
        <TextField
          id="q"
          type="search"
          label={t("steps.stillinger.search")}
          hint={t("steps.stillinger.searchHint")}
          defaultValue={q}
          maxLength={100}
          autoComplete="off"
          onChange={onType}
          error={error}
        />
        <Button variant="secondary">
          {t("steps.stillinger.searchButton")}
        </Button>
      </Form>
      {q ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t("steps.stillinger.results")}</h2>
          <p role="status">{results.length > 0 ? t("steps.stillinger.resultCount", { count: results.length, q }) : t("steps.stillinger.noResults", { q })}</p>
          {results.length > 0 ? (
            <Form method="post" preventScrollReset>
              <input type="hidden" name="q" value={q} />
              {fromSummary ? <input type="hidden" name="fra" value="tjek" /> : null}
              <PlainList>
                {results.map((o) => (
                  <ActionItem key={o.code} label={o.title}>
                    {chosenCodes.has(o.code) ? (
                      <strong>{t("steps.stillinger.added")}</strong>
                    ) : (
                      <Button variant="secondary" name="add" value={o.code}>
                        {t("steps.stillinger.add")}
                        <VisuallyHidden> {o.title}</VisuallyHidden>
                      </Button>
                    )}
                  </ActionItem>
                ))}
              </PlainList>
            </Form>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="chosen-heading">
        <h2 id="chosen-heading">{t("steps.stillinger.chosen", { count: chosen.length })}</h2>
        {chosen.length === 0 ? (
          <p>{t("steps.stillinger.noneChosen")}</p>
        ) : (
          <Form method="post" preventScrollReset>
            <input type="hidden" name="q" value={q} />
            {fromSummary ? <input type="hidden" name="fra" value="tjek" /> : null}
            <PlainList>
              {chosen.map((o) => (
                <ActionItem key={o.code} label={o.title}>
                  <Button variant="tertiary" name="remove" value={o.code}>
                    {t("steps.stillinger.remove")}
                    <VisuallyHidden> {o.title}</VisuallyHidden>
                  </Button>
                </ActionItem>
              ))}
            </PlainList>
          </Form>
        )}
      </section>
      <Form method="post">
        <input type="hidden" name="intent" value="next" />
        <SubmitRow fromSummary={fromSummary} />
      </Form>
    </>
  );
}
