import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PhoneLink } from "~/components/dkfds/PhoneLink";
import { SummaryList, type SummaryRow } from "~/components/dkfds/SummaryList";
import { requireSession } from "~/features/auth/session.server";
import { FlowLayout } from "~/features/registration/FlowLayout";
import { AlreadyRegistered } from "~/features/registration/period.server";
import { flowState } from "~/features/registration/draft.server";
import { IncompleteDraft, submitRegistration } from "~/features/registration/submit.server";
import { draftSummary, whoIsRegistering } from "~/features/registration/views.server";
import { resolveStep, stepHref, stepStates, type StepId } from "~/features/registration/steps";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Button } from "~/components/dkfds/Button";
import { Lead, PlainList } from "~/components/dkfds/Text";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "registration:summary.title");

async function guard(request: Request) {
  const session = await requireSession(request, "citizen");
  const state = flowState(session.subjectId);
  if (state.registered) throw redirect("/borger/tilmelding");
  const allowed = resolveStep("tjek", state.draft);
  if (allowed !== "tjek") throw redirect(stepHref(allowed));
  return { citizenId: session.subjectId, draft: state.draft };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { citizenId, draft } = await guard(request);
  return {
    states: stepStates("tjek", draft),
    person: whoIsRegistering(citizenId),
    answers: draftSummary(draft, await languageOf(request)),
  };
}

/** Sends the registration: one transaction writes the period and its report, and the draft goes. */
export async function action({ request }: ActionFunctionArgs) {
  const { citizenId } = await guard(request);
  try {
    submitRegistration(citizenId);
  } catch (error) {
    if (error instanceof IncompleteDraft) return redirect(stepHref(error.step));
    if (error instanceof AlreadyRegistered) return redirect("/borger/tilmelding");
    throw error;
  }
  return redirect("/borger/tilmelding/kvittering");
}

export default function SummaryPage() {
  const { states, person, answers } = useLoaderData<typeof loader>();
  const { t } = useTranslation("registration");
  const d = useDates();
  const yesNo = (value: string | null) => (value === "ja" ? t("answers.yes") : value === "nej" ? t("answers.no") : t("answers.none"));
  const change = (step: StepId) => ({ href: stepHref(step, { fromSummary: true }), text: t("summary.change") });
  const sections: { step: StepId; rows: SummaryRow[] }[] = [
    {
      step: "ydelse",
      rows: [
        { label: t("answers.benefitCategory"), value: answers.benefitCategory, change: change("ydelse") },
        { label: t("answers.fundMember"), value: yesNo(answers.fundMember), change: change("ydelse") },
        ...(answers.unemploymentFund ? [{ label: t("answers.unemploymentFund"), value: answers.unemploymentFund, change: change("ydelse") }] : []),
      ],
    },
    {
      step: "ledighed",
      rows: [
        { label: t("answers.unemploymentDegree"), value: answers.unemploymentDegree, change: change("ledighed") },
        { label: t("answers.unemployedFrom"), value: answers.unemployedFrom ? d.date(answers.unemployedFrom) : t("answers.none"), change: change("ledighed") },
      ],
    },
    {
      step: "stillinger",
      rows: [
        {
          label: t("answers.occupations"),
          value: (
            <PlainList compact>
              {answers.occupations.map((o) => (
                <li key={o.code}>{o.title}</li>
              ))}
            </PlainList>
          ),
          change: change("stillinger"),
        },
      ],
    },
    {
      step: "kontakt",
      rows: [
        { label: t("answers.phone"), value: answers.phone ? <PhoneLink phone={answers.phone} /> : t("answers.none"), change: change("kontakt") },
        { label: t("answers.email"), value: answers.email ?? t("answers.none"), change: change("kontakt") },
      ],
    },
    {
      step: "samtykke",
      rows: [
        { label: t("answers.fetch"), value: yesNo(answers.fetch), change: change("samtykke") },
        { label: t("answers.share"), value: yesNo(answers.share), change: change("samtykke") },
      ],
    },
  ];
  return (
    <FlowLayout current="tjek" states={states} back={stepHref("samtykke")}>
      <h1>{t("summary.title")}</h1>
      <Lead>{t("summary.lead")}</Lead>
      {person ? (
        <section>
          <h2>{t("summary.you")}</h2>
          <SummaryList
            caption={t("summary.caption", { step: t("summary.you") })}
            rows={[
              { label: t("answers.name"), value: person.name },
              { label: t("answers.cpr"), value: person.cprMasked },
            ]}
          />
        </section>
      ) : null}
      {sections.map(({ step, rows }) => (
        <section key={step}>
          <h2>{t(`steps.${step}.title`)}</h2>
          <SummaryList caption={t("summary.caption", { step: t(`steps.${step}.title`) })} rows={rows} />
        </section>
      ))}
      <h2>{t("summary.submitHeading")}</h2>
      <p>{t("summary.submitText")}</p>
      <Form method="post">
        <Button>
          {t("summary.submit")}
        </Button>
      </Form>
    </FlowLayout>
  );
}
