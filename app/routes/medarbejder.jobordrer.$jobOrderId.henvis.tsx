import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import * as z from "zod";
import { AnswerErrorSummary } from "~/components/dkfds/form";
import { TextArea, TextField } from "~/components/dkfds/fields";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { requireSession } from "~/features/auth/session.server";
import { searchCitizens } from "~/features/citizens/lookup.server";
import { interpretQuery } from "~/features/citizens/schemas";
import { jobOrderIn } from "~/features/job-orders/orders.server";
import { registerPlacement } from "~/features/job-orders/placements.server";
import { placementCreateSchema, placementSearchSchema } from "~/features/job-orders/schemas";
import { pageMeta } from "~/i18n/meta";
import { notFoundFor, orNotFound } from "~/utils/not-found.server";
import { parseSubmission } from "~/utils/forms.server";
import { BackLink, Button } from "~/components/dkfds/Button";
import { Lead } from "~/components/dkfds/Text";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "jobs:placement.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const order = jobOrderIn("all", params.jobOrderId ?? "");
  if (!order) throw notFoundFor(request, session, "jobOrder");
  return { id: order.id, title: order.title };
}

const actionSchema = z.discriminatedUnion("intent", [placementSearchSchema, placementCreateSchema]);
/** The people the search found, carried in the placing form so a refused placement can show them again. */
const foundSchema = z.array(z.object({ id: z.uuid(), name: z.string().max(200), cprMasked: z.string().max(11) })).max(50);
const readFound = (value: FormDataEntryValue | null) => {
  try {
    return foundSchema.catch([]).parse(JSON.parse(String(value ?? "[]")));
  } catch {
    return [];
  }
};

// POSTs only: the search may be a CPR number, which must never be in a URL.
export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const id = params.jobOrderId ?? "";
  const formData = await request.formData();
  const submission = parseSubmission(formData, { schema: actionSchema });
  const found = readFound(formData.get("found"));
  if (submission.status !== "success") return data({ errors: submission.reply().error ?? {}, found }, { status: 400 });
  if (submission.value.intent === "findCitizen") return { errors: {}, found: searchCitizens(session, interpretQuery(submission.value.query)).people };
  const placing = submission.value;
  const result = orNotFound(request, session, () => registerPlacement(session, id, placing));
  if (!result.ok) return data({ errors: result.errors, found }, { status: 400 });
  return redirect(`/medarbejder/jobordrer/${id}?gemt=placementStatus`);
}

export default function PlaceCitizen() {
  const { id, title } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("jobs");
  const message = (field: string) => {
    const key = (answer?.errors as Record<string, string[] | null | undefined> | undefined)?.[field]?.[0];
    return key ? t(key, { ns: key.startsWith("citizens.") ? "common" : "jobs" }) : undefined;
  };
  const errors = answer?.errors as Record<string, string[] | null | undefined> | undefined;
  const found = answer?.found ?? [];
  return (
    <>
      <AnswerErrorSummary errors={errors} ns={["jobs", "common"]} fields={["query", "citizenId", "comment"]} />
      <BackLink to={`/medarbejder/jobordrer/${id}`}>{t("placement.back")}</BackLink>
      <h1>{t("placement.title")}</h1>
      <Lead>{title}</Lead>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="findCitizen" />
        <TextField id="query" label={t("placement.query.label")} hint={t("placement.query.hint")} error={message("query")} autoComplete="off" />
        <Button variant="secondary">
          {t("placement.find")}
        </Button>
      </Form>
      {answer && found.length === 0 && !Object.values(errors ?? {}).some((e) => e?.length) ? <p>{t("placement.noneFound")}</p> : null}
      {found.length ? (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="place" />
          <input type="hidden" name="found" value={JSON.stringify(found)} />
          <RadioGroup
            name="citizenId"
            legend={t("placement.citizen")}
            hint={t("placement.citizenHint")}
            options={found.map((c) => ({ value: c.id, label: `${c.name || t("log.unnamed")} (${c.cprMasked})` }))}
            value={found.length === 1 ? found[0]?.id : undefined}
            error={message("citizenId")}
          />
          <TextArea id="comment" label={t("placement.comment")} rows={3} error={message("comment")} />
          <Button>
            {t("placement.submit")}
          </Button>
        </Form>
      ) : null}
    </>
  );
}
