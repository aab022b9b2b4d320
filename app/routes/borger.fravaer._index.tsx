import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { NotRegisteredAlert } from "~/features/absence/NotRegisteredAlert";
import { requireSession } from "~/features/auth/session.server";
import { listAbsences, type AbsenceView } from "~/features/absence/absence.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Lead, PlainList } from "~/components/dkfds/Text";
import { LinkButton } from "~/components/dkfds/Button";
import { DataTable } from "~/components/dkfds/DataTable";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "absence:list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  return listAbsences(session.subjectId, { lng: await languageOf(request) });
}

type Row = Pick<AbsenceView, "id" | "typeLabel" | "startDate" | "endDate" | "status" | "awaitsReporting" | "awaitsJobCentreDecision" | "decision">;

function AbsenceTable({ rows, caption }: { rows: Row[]; caption: string }) {
  const { t } = useTranslation("absence");
  const d = useDates();
  return (
    <DataTable caption={caption} head={<tr>
            <th scope="col">{t("list.type")}</th>
            <th scope="col">{t("list.period")}</th>
            <th scope="col">{t("list.status")}</th>
          </tr>}>{rows.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link to={`/borger/fravaer/${a.id}`} aria-label={t("list.open", { type: a.typeLabel, date: d.date(a.startDate) })}>
                  {a.typeLabel}
                </Link>
              </th>
              <td>{a.endDate ? t("list.range", { from: d.date(a.startDate), to: d.date(a.endDate) }) : t("list.from", { date: d.date(a.startDate) })}</td>
              <td>
                <PlainList>
                  <li>{t(`status.${a.status}`)}</li>
                  {a.awaitsJobCentreDecision && a.status !== "withdrawn" ? <li>{t("status.awaitsDecision")}</li> : null}
                  {a.decision ? <li>{t(`status.${a.decision.decision}`)}</li> : null}
                  <li>{a.awaitsReporting ? t("status.awaitsReporting") : t("status.reported")}</li>
                </PlainList>
              </td>
            </tr>
          ))}</DataTable>
  );
}

export default function Absences() {
  const { current, past, registered } = useLoaderData<typeof loader>();
  const { t } = useTranslation("absence");
  const sickness = current.find((a) => a.isSickness && a.endDate === null && a.status === "current");
  return (
    <>
      <h1>{t("list.title")}</h1>
      <Lead>{t("list.lead")}</Lead>
      {sickness ? (
        <Alert variant="info" heading={t("list.sick.heading")}>
          <p>{t("list.sick.text")}</p>
          <p>
            <Link to={`/borger/fravaer/${sickness.id}`}>{t("list.sick.link")}</Link>
          </p>
        </Alert>
      ) : registered ? (
        <p>
          <LinkButton to="/borger/fravaer/ny">
            {t("list.report")}
          </LinkButton>
        </p>
      ) : (
        <NotRegisteredAlert />
      )}
      <h2>{t("list.current")}</h2>
      {current.length > 0 ? <AbsenceTable rows={current} caption={t("list.current")} /> : <p>{t("list.noneCurrent")}</p>}
      <h2>{t("list.past")}</h2>
      {past.length > 0 ? <AbsenceTable rows={past} caption={t("list.past")} /> : <p>{t("list.nonePast")}</p>}
    </>
  );
}
