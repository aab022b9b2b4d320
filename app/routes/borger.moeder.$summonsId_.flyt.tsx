import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { AnswerErrorSummary } from "~/components/dkfds/form";
import { requireSession } from "~/features/auth/session.server";
import { presentPeriod, presentSlotDays } from "~/features/meetings/presentation.server";
import { rebook, rebookingOptions } from "~/features/meetings/rebooking.server";
import { chooseSlotSchema } from "~/features/meetings/schemas";
import { revalidateWhenSlotTaken, SlotPicker } from "~/features/meetings/SlotPicker";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { formatDayAndTimes, formatShortDate } from "~/utils/dates";
import { parseSubmission } from "~/utils/forms.server";
import { Button } from "~/components/dkfds/Button";
import { Lead } from "~/components/dkfds/Text";
import { orNotFound } from "~/utils/not-found.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, "meetings:rebook.title", { about: data ? `${data.meeting.title} ${data.meeting.shortDay}` : undefined, section: "meetings:list.title" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const lng = await languageOf(request);
  const { summons, refusal, slots } = orNotFound(request, session, () => rebookingOptions(session.subjectId, params.summonsId ?? ""));
  return {
    meeting: { id: summons.id, title: summons.title, when: formatDayAndTimes(summons.start, summons.end, lng), shortDay: formatShortDate(summons.start, lng) },
    refusal,
    period: presentPeriod(summons, lng),
    days: presentSlotDays(slots, lng),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const summonsId = params.summonsId ?? "";
  const submission = parseSubmission(await request.formData(), { schema: chooseSlotSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const language = await languageOf(request);
  const result = orNotFound(request, session, () => rebook(session.subjectId, summonsId, submission.value.slotOfferId, { language }));
  if (!result.ok) {
    return data(submission.reply({ formErrors: [`booking.errors.${result.error}`] }), { status: result.error === "slot-taken" ? 409 : 400 });
  }
  return redirect(`/borger/moeder/${summonsId}?flyttet=1`);
}

export const shouldRevalidate = revalidateWhenSlotTaken;

export default function Rebook() {
  const { meeting, refusal, period, days } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("meetings");
  const [form, fields] = useForm({
    id: "rebook",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: chooseSlotSchema }),
    shouldValidate: "onSubmit",
  });
  // A refusal from the store (slot taken, deadline) or a missing choice: one message either way.
  const error = [...(form.errors ?? []), ...(fields.slotOfferId.errors ?? [])].map((key) => t(key))[0];
  const back = (
    <p>
      <Link to={`/borger/moeder/${meeting.id}`}>{t("rebook.back")}</Link>
    </p>
  );
  return (
    <>
      {refusal ? null : <AnswerErrorSummary errors={{ [fields.slotOfferId.name]: [...(form.errors ?? []), ...(fields.slotOfferId.errors ?? [])] }} ns="meetings" />}
      <h1>{t("rebook.title")}</h1>
      <Lead>{t("rebook.lead", { title: meeting.title, when: meeting.when })}</Lead>
      {period && !refusal ? <p>{t("rebook.period", period)}</p> : null}
      {refusal ? (
        <>
          <Alert variant="warning" heading={t("rebook.refused")}>
            <p>{t(`booking.errors.${refusal}`)}</p>
          </Alert>
          {back}
        </>
      ) : (
        <>
          {days.length ? (
            <Form method="post" {...getFormProps(form)} noValidate>
              <SlotPicker name={fields.slotOfferId.name} legend={t("rebook.choose")} days={days} error={error} />
              <Button>
                {t("rebook.submit")}
              </Button>
            </Form>
          ) : (
            <Alert variant="info" heading={t("rebook.noSlots")}>
              <p>{t("rebook.noSlotsText")}</p>
            </Alert>
          )}
          {back}
        </>
      )}
    </>
  );
}
