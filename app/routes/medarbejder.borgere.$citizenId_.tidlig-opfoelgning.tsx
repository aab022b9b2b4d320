import { useForm } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { BackLink, Button } from "~/components/dkfds/Button";
import { FormErrorSummary, FormLevelError, ValidatedForm } from "~/components/dkfds/form";
import { Lead } from "~/components/dkfds/Text";
import { requireSession } from "~/features/auth/session.server";
import { citizenForStaff } from "~/features/citizens/lookup.server";
import { endEarlyFollowUpByStaff, markingOf, registerEarlyFollowUpByStaff } from "~/features/early-follow-up/early-follow-up.server";
import { staffMarkingSchema } from "~/features/early-follow-up/schemas";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { notFoundFor } from "~/utils/not-found.server";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageMeta(matches, "staff:earlyFollowUp.title", { about: data?.citizen.name || undefined });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizenId = params.citizenId ?? "";
  const citizen = citizenForStaff(session, citizenId);
  if (!citizen) throw notFoundFor(request, session, "citizen");
  return { citizen: { id: citizenId, name: citizen.name }, marking: markingOf(citizenId) };
}

/** One form, two intents: register the marking, or end the one that stands. */
export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizenId = params.citizenId ?? "";
  const submission = parseSubmission(await request.formData(), { schema: staffMarkingSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = submission.value.intent === "register" ? registerEarlyFollowUpByStaff(session, citizenId) : endEarlyFollowUpByStaff(session, citizenId);
  if (result.ok) return redirect(`/medarbejder/borgere/${citizenId}/tidlig-opfoelgning?${submission.value.intent === "register" ? "registreret" : "afsluttet"}=1`);
  if (result.reason === "not-found") throw notFoundFor(request, session, "citizen");
  return data(submission.reply({ formErrors: [`earlyFollowUp.errors.${result.reason}`] }), { status: 400 });
}

export default function StaffEarlyFollowUp() {
  const { citizen, marking } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("staff");
  const d = useDates();
  const [form] = useForm({ lastResult });
  const name = citizen.name || t("unnamed");
  const standing = !!marking && !marking.endedOn;
  const done = (["registreret", "afsluttet"] as const).find((key) => params.get(key) && !lastResult);
  return (
    <>
      <FormErrorSummary form={form} ns="staff" />
      <BackLink to={`/medarbejder/borgere/${citizen.id}`}>{t("back", { name })}</BackLink>
      <h1>{t("earlyFollowUp.title")}</h1>
      <Lead>{t("earlyFollowUp.lead")}</Lead>
      {done ? <Alert variant="success" heading={t(`earlyFollowUp.done.${done}`)} /> : null}
      <p>
        {!marking
          ? t("earlyFollowUp.none", { name })
          : standing
            ? t(marking.registeredBy ? "earlyFollowUp.standingBy" : "earlyFollowUp.standingCitizen", { date: d.date(marking.requestedOn), by: marking.registeredBy })
            : t("earlyFollowUp.ended", { date: d.date(marking.endedOn ?? ""), by: marking.endedBy, requested: d.date(marking.requestedOn) })}
      </p>
      <ValidatedForm form={form} ns="staff">
        <FormLevelError errors={form.errors} />
        {standing ? (
          <Button variant="secondary" name="intent" value="end">
            {t("earlyFollowUp.end")}
          </Button>
        ) : (
          <Button name="intent" value="register">
            {t("earlyFollowUp.register")}
          </Button>
        )}
      </ValidatedForm>
    </>
  );
}
