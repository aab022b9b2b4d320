import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import * as z from "zod";
import { Alert } from "~/components/dkfds/Alert";
import { AnswerErrorSummary } from "~/components/dkfds/form";
import { Select, TextArea } from "~/components/dkfds/fields";
import { requireSession } from "~/features/auth/session.server";
import { JobOrderDetails } from "~/features/job-orders/JobOrderDetails";

import { setJobOrderStatus } from "~/features/job-orders/commands.server";
import { staffStatusOptions } from "~/features/job-orders/form-options.server";
import { PlacementLog } from "~/features/job-orders/PlacementLog";
import { staffOrderView, updatePlacementStatus } from "~/features/job-orders/placements.server";
import { placementStatusSchema, staffStatusSchema } from "~/features/job-orders/schemas";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { formatDateTime } from "~/utils/dates";
import { notFoundFor, orNotFound } from "~/utils/not-found.server";
import { parseSubmission } from "~/utils/forms.server";
import { BackLink, Button, ButtonRow, LinkButton } from "~/components/dkfds/Button";
import { Hint, VisuallyHidden } from "~/components/dkfds/Text";
import { InlineChoiceForm } from "~/components/dkfds/form";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, "jobs:staff.order.title", { titleText: data?.order.title, section: "jobs:staff.search.title" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const lng = await languageOf(request);
  const view = staffOrderView(session, params.jobOrderId ?? "", lng);
  if (!view) throw notFoundFor(request, session, "jobOrder");
  return { ...view, ...staffStatusOptions(lng), lng };
}

const actionSchema = z.discriminatedUnion("intent", [staffStatusSchema, placementStatusSchema]);

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const id = params.jobOrderId ?? "";
  const submission = parseSubmission(await request.formData(), { schema: actionSchema });
  if (submission.status !== "success") return data({ errors: submission.reply().error ?? {} }, { status: 400 });
  const change = submission.value;
  const result = orNotFound(request, session, () =>
    change.intent === "status"
      ? setJobOrderStatus("all", id, change.status, { actor: { kind: "staff", id: session.subjectId }, comment: change.comment })
      : updatePlacementStatus(session, id, change),
  );
  if (!result.ok) return data({ errors: result.errors }, { status: 400 });
  return redirect(`/medarbejder/jobordrer/${id}?gemt=${change.intent}`);
}

export default function StaffJobOrder() {
  const { order, changes, log, statuses, placementStatuses, lng } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("jobs");
  const fieldError = (field: string) => {
    const key = (answer?.errors as Record<string, string[] | undefined> | undefined)?.[field]?.[0];
    return key ? t(key) : undefined;
  };
  // The status form has its own fields; a placement's errors point at the placement log.
  const errorFields = Object.keys(answer?.errors ?? {});
  const errorsAt = Object.fromEntries(errorFields.filter((f) => f !== "status" && f !== "comment").map((f) => [f, "placement-log"]));
  const saved = !answer && ["status", "placementStatus"].includes(params.get("gemt") ?? "");
  return (
    <>
      <AnswerErrorSummary errors={answer?.errors} ns="jobs" at={errorsAt} />
      <BackLink to="/medarbejder/jobordrer">{t("staff.order.back")}</BackLink>
      {saved ? <Alert variant="success" heading={t("staff.order.saved")} /> : null}
      {order.awaitsReporting ? <Hint>{t("awaitsReporting")}</Hint> : null}
      <h1>{order.title}</h1>
      {/* Only an open order takes people put forward; the placement itself refuses the rest too. */}
      {order.open ? null : <p>{t("staff.order.notOpen", { status: order.statusLabel })}</p>}
      <ButtonRow>
        {order.open ? (
          <>
            <LinkButton to={`/medarbejder/jobordrer/${order.id}/henvis`}>{t("staff.order.place")}</LinkButton>{" "}
          </>
        ) : null}
        <LinkButton variant={order.open ? "secondary" : "primary"} to={`/medarbejder/jobordrer/${order.id}/rediger`}>
          {t("staff.order.edit")}
        </LinkButton>
      </ButtonRow>
      <JobOrderDetails order={order} internal={order} />

      <h2>{t("staff.order.statusHeading")}</h2>
      <Form method="post">
        <input type="hidden" name="intent" value="status" />
        <Select id="status" label={t("fields.status")} options={statuses} defaultValue={order.status} error={fieldError("status")} />
        <TextArea id="comment" label={t("staff.order.statusComment")} rows={2} error={fieldError("comment")} />
        <Button variant="secondary">
          {t("staff.order.saveStatus")}
        </Button>
      </Form>

      <PlacementLog
          entries={log}
          action={(entry) => (
            <InlineChoiceForm
              id={`status-${entry.id}`}
              name="status"
              label={t("log.newStatus", { name: entry.name || t("log.unnamed") })}
              options={placementStatuses}
              defaultValue={entry.status}
              hidden={{ intent: "placementStatus", placementId: entry.id }}
              submit={
                <>
                  {t("log.save")}
                  <VisuallyHidden> {entry.name}</VisuallyHidden>
                </>
              }
            />
          )}
        />

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">{t("changes.title")}</h2>
        {changes.length ? (
          <ul>
            {changes.map((change) => (
              <li key={change.id}>
                {formatDateTime(change.at, lng)}: {t(`changes.kind.${change.kind}`)}
                {change.statusLabel ? ` (${change.statusLabel})` : null} – {t(`changes.actor.${change.actor}`)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("changes.none")}</p>
        )}
      </section>
    </>
  );
}
