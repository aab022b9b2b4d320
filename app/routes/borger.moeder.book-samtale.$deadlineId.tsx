import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { AnswerErrorSummary } from "~/components/dkfds/form";
import { requireSession } from "~/features/auth/session.server";
import { codeLabel } from "~/features/codelists/codelists.server";
import { presentSlotDays } from "~/features/meetings/presentation.server";
import { chooseSlotSchema } from "~/features/meetings/schemas";
import { selfBook, selfBookingOptions } from "~/features/meetings/self-booking.server";
import { revalidateWhenSlotTaken, SlotPicker } from "~/features/meetings/SlotPicker";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { formatDateTime } from "~/utils/dates";
import { parseSubmission } from "~/utils/forms.server";
import { Button } from "~/components/dkfds/Button";
import { Lead } from "~/components/dkfds/Text";
import { orNotFound } from "~/utils/not-found.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "meetings:selfBooking.title", { section: "meetings:list.title" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const lng = await languageOf(request);
  const { duty, refusal, slots } = orNotFound(request, session, () => selfBookingOptions(session.subjectId, params.deadlineId ?? ""));
  return {
    duty: { type: codeLabel("meetingType", duty.meetingType, lng), jobCentre: duty.jobCentre, deadline: formatDateTime(duty.deadline, lng) },
    refusal,
    days: presentSlotDays(slots, lng),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const submission = parseSubmission(await request.formData(), { schema: chooseSlotSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = orNotFound(request, session, () => selfBook(session.subjectId, params.deadlineId ?? "", submission.value.slotOfferId));
  if (!result.ok) {
    return data(submission.reply({ formErrors: [`booking.errors.${result.error}`] }), { status: result.error === "slot-taken" ? 409 : 400 });
  }
  return redirect(`/borger/moeder/${result.summonsId}?booket=1`);
}

export const shouldRevalidate = revalidateWhenSlotTaken;

export default function SelfBook() {
  const { duty, refusal, days } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("meetings");
  const [form, fields] = useForm({
    id: "self-book",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: chooseSlotSchema }),
    shouldValidate: "onSubmit",
  });
  const error = [...(form.errors ?? []), ...(fields.slotOfferId.errors ?? [])].map((key) => t(key))[0];
  return (
    <>
      {refusal ? null : <AnswerErrorSummary errors={{ [fields.slotOfferId.name]: [...(form.errors ?? []), ...(fields.slotOfferId.errors ?? [])] }} ns="meetings" />}
      <h1>{t("selfBooking.title")}</h1>
      <Lead>{t("selfBooking.lead", duty)}</Lead>
      {refusal ? (
        <Alert variant="warning" heading={t("selfBooking.refused")}>
          <p>{t(`booking.errors.${refusal}`)}</p>
        </Alert>
      ) : days.length ? (
        <Form method="post" {...getFormProps(form)} noValidate>
          <SlotPicker name={fields.slotOfferId.name} legend={t("selfBooking.choose")} days={days} error={error} />
          <Button>
            {t("selfBooking.submit")}
          </Button>
        </Form>
      ) : (
        <Alert variant="info" heading={t("rebook.noSlots")}>
          <p>{t("rebook.noSlotsText")}</p>
        </Alert>
      )}
      <p>
        <Link to="/borger/moeder">{t("selfBooking.back")}</Link>
      </p>
    </>
  );
}
