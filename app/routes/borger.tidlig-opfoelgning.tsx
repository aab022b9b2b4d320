import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { AnswerErrorSummary } from "~/components/dkfds/form";
import { requireSession } from "~/features/auth/session.server";
import { earlyFollowUpOf, requestEarlyFollowUp } from "~/features/early-follow-up/early-follow-up.server";
import { confirmSchema } from "~/features/early-follow-up/schemas";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { Button, LinkButton } from "~/components/dkfds/Button";
import { Lead } from "~/components/dkfds/Text";
import { Checkbox } from "~/components/dkfds/fields";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction = ({ matches, location }) =>
  new URLSearchParams(location.search).get("bekraeft")
    ? pageMeta(matches, "meetings:earlyFollowUp.confirmHeading", { section: "meetings:earlyFollowUp.title" })
    : pageMeta(matches, "meetings:earlyFollowUp.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  return { requested: earlyFollowUpOf(session.subjectId) };
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const submission = parseSubmission(await request.formData(), { schema: confirmSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  requestEarlyFollowUp(session.subjectId);
  return redirect("/borger/tidlig-opfoelgning?anmodet=1");
}

export default function EarlyFollowUp() {
  const { requested } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("meetings");
  const d = useDates();
  const confirming = !requested && (params.get("bekraeft") || lastResult);
  return (
    <>
      <AnswerErrorSummary errors={lastResult?.error} ns="meetings" fields={["sick", "intent"]} at={{ intent: "confirm" }} />
      <h1>{t("earlyFollowUp.title")}</h1>
      <Lead>{t("earlyFollowUp.lead")}</Lead>
      <p>{t("earlyFollowUp.who")}</p>
      {requested ? (
        <Alert variant={params.get("anmodet") ? "success" : "info"} heading={t(requested.registeredBy ? "earlyFollowUp.registeredByJobCentre" : "earlyFollowUp.requested", { date: d.date(requested.requestedOn) })}>
          <p>{t("earlyFollowUp.requestedText")}</p>
        </Alert>
      ) : confirming ? (
        <section aria-labelledby="confirm-heading">
          <h2 id="confirm-heading">{t("earlyFollowUp.confirmHeading")}</h2>
          <p>{t("earlyFollowUp.confirmText")}</p>
          <Form method="post" noValidate>
            <Checkbox id="sick" name="sick" label={t("earlyFollowUp.sick")} error={lastResult?.error?.sick?.[0] ? t(lastResult.error.sick[0]) : undefined} />
            <Button id="confirm" name="intent" value="confirm">
              {t("earlyFollowUp.confirm")}
            </Button>
          </Form>
          <p>
            <Link to="/borger/tidlig-opfoelgning">{t("earlyFollowUp.cancel")}</Link>
          </p>
        </section>
      ) : (
        <p>
          <LinkButton to="/borger/tidlig-opfoelgning?bekraeft=1">
            {t("earlyFollowUp.ask")}
          </LinkButton>
        </p>
      )}
      <p>
        <Link to="/borger">{t("earlyFollowUp.back")}</Link>
      </p>
    </>
  );
}
