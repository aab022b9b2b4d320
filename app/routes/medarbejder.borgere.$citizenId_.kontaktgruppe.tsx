import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { BackLink, Button } from "~/components/dkfds/Button";
import { DataTable } from "~/components/dkfds/DataTable";
import { FormErrorSummary, FormLevelError, ValidatedForm } from "~/components/dkfds/form";
import { Lead } from "~/components/dkfds/Text";
import { Select } from "~/components/dkfds/fields";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { requireSession } from "~/features/auth/session.server";
import { citizenForStaff } from "~/features/citizens/lookup.server";
import { contactGroupCodes, registerContactGroupByStaff } from "~/features/person-groups/person-groups.server";
import { presentPersonGroups } from "~/features/person-groups/presentation.server";
import { contactGroupSchema } from "~/features/person-groups/schemas";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { parseSubmission } from "~/utils/forms.server";
import { notFoundFor } from "~/utils/not-found.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageMeta(matches, "staff:personGroups.title", { about: data?.citizen.name || undefined });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizenId = params.citizenId ?? "";
  const citizen = citizenForStaff(session, citizenId);
  if (!citizen) throw notFoundFor(request, session, "citizen");
  return { citizen: { id: citizenId, name: citizen.name }, groups: presentPersonGroups(citizenId, await languageOf(request)), codes: contactGroupCodes() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizenId = params.citizenId ?? "";
  const submission = parseSubmission(await request.formData(), { schema: contactGroupSchema(contactGroupCodes()) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = registerContactGroupByStaff(session, citizenId, submission.value.contactGroup);
  if (result.ok) return redirect(`/medarbejder/borgere/${citizenId}/kontaktgruppe?registreret=1`);
  if (result.reason === "not-found") throw notFoundFor(request, session, "citizen");
  return data(submission.reply({ fieldErrors: { contactGroup: ["personGroups.errors.unchanged"] } }), { status: 400 });
}

export default function PersonGroups() {
  const { citizen, groups, codes } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("staff");
  const name = citizen.name || t("unnamed");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { contactGroup: groups.contactGroup?.code },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: contactGroupSchema(codes) }),
    shouldValidate: "onSubmit",
  });
  return (
    <>
      <FormErrorSummary form={form} ns="staff" />
      <BackLink to={`/medarbejder/borgere/${citizen.id}`}>{t("back", { name })}</BackLink>
      <h1>{t("personGroups.title")}</h1>
      <Lead>{t("personGroups.lead", { name })}</Lead>
      {params.get("registreret") && !lastResult ? <Alert variant="success" heading={t("personGroups.registered")} /> : null}
      <SummaryList
        caption={t("personGroups.title")}
        rows={[
          {
            label: t("personGroups.contactGroup"),
            value: groups.contactGroup
              ? t(groups.contactGroup.implied ? "personGroups.implied" : "personGroups.since", groups.contactGroup)
              : t("personGroups.none"),
          },
          {
            label: t("personGroups.visitationGroup"),
            value: groups.visitationHistory[0]
              ? t("personGroups.since", groups.visitationHistory[0])
              : groups.visitationApplies
                ? t("personGroups.noVisitation")
                : t("personGroups.visitationNotApplicable"),
          },
        ]}
      />
      <h2 id="register-heading">{t("personGroups.register.title")}</h2>
      <p>{t("personGroups.register.lead")}</p>
      <ValidatedForm form={form} ns="staff" aria-labelledby="register-heading">
        <FormLevelError errors={form.errors} />
        <Select meta={fields.contactGroup} label={t("personGroups.register.label")} hint={t("personGroups.register.hint")} options={groups.options} placeholder={t("choose")} />
        <Button>{t("personGroups.register.submit")}</Button>
      </ValidatedForm>
      <h2 id="contact-groups">{t("personGroups.history.contactGroups")}</h2>
      {groups.contactGroupHistory.length ? (
        <DataTable
          labelledBy="contact-groups"
          head={
            <tr>
              <th scope="col">{t("personGroups.history.group")}</th>
              <th scope="col">{t("personGroups.history.from")}</th>
              <th scope="col">{t("personGroups.history.registeredBy")}</th>
            </tr>
          }
        >
          {groups.contactGroupHistory.map((row, index) => (
            <tr key={index}>
              <td>{row.label}</td>
              <td>{row.from}</td>
              <td>{row.registeredBy ?? t("personGroups.history.elsewhere")}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p>{t("personGroups.history.noContactGroups")}</p>
      )}
      <h2 id="visitation-groups">{t("personGroups.history.visitationGroups")}</h2>
      {groups.visitationHistory.length ? (
        <DataTable
          labelledBy="visitation-groups"
          head={
            <tr>
              <th scope="col">{t("personGroups.history.group")}</th>
              <th scope="col">{t("personGroups.history.from")}</th>
              <th scope="col">{t("personGroups.history.conversation")}</th>
            </tr>
          }
        >
          {groups.visitationHistory.map((row) => (
            <tr key={row.heldConversationId}>
              <td>{row.label}</td>
              <td>{row.from}</td>
              <td>
                <Link to={`/medarbejder/borgere/${citizen.id}/samtaler/${row.heldConversationId}`}>{t("personGroups.history.openConversation")}</Link>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p>{t("personGroups.history.noVisitationGroups")}</p>
      )}
    </>
  );
}
