import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { insightFor } from "~/features/access-log/insight.server";
import { requireSession } from "~/features/auth/session.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Lead } from "~/components/dkfds/Text";
import { DataTable } from "~/components/dkfds/DataTable";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "privacy:insight.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  return insightFor(session.subjectId, await languageOf(request));
}

export default function Insight() {
  const { accesses, reports, forwarded } = useLoaderData<typeof loader>();
  const { t } = useTranslation("privacy");
  return (
    <>
      <h1>{t("insight.title")}</h1>
      <Lead>{t("insight.lead")}</Lead>

      <h2 id="accesses">{t("insight.accesses.heading")}</h2>
      {accesses.length === 0 ? (
        <p>{t("insight.accesses.none")}</p>
      ) : (
        <DataTable labelledBy="accesses" head={<tr>
              <th scope="col">{t("insight.when")}</th>
              <th scope="col">{t("insight.accesses.who")}</th>
              <th scope="col">{t("insight.accesses.what")}</th>
            </tr>}>{accesses.map((a, i) => (
              <tr key={`${a.at}-${i}`}>
                <td>{a.at}</td>
                <td>{t("insight.accesses.actor", { role: t(`roles.${a.role}`), organisation: a.organisation })}</td>
                <td>
                  {a.action === "search"
                    ? t(`insight.accesses.search.${a.criterion ?? "name"}`)
                    : a.action === "change" && a.criterion
                      ? t("insight.accesses.changed", { what: t(`insight.accesses.changes.${a.criterion}`) })
                      : t(`insight.accesses.${a.action}`)}
                </td>
              </tr>
            ))}</DataTable>
      )}

      <h2 id="reports">{t("insight.reports.heading")}</h2>
      <p>{t("insight.reports.lead")}</p>
      {reports.length === 0 ? (
        <p>{t("insight.reports.none")}</p>
      ) : (
        <DataTable labelledBy="reports" head={<tr>
              <th scope="col">{t("insight.when")}</th>
              <th scope="col">{t("insight.reports.what")}</th>
              <th scope="col">{t("insight.reports.status")}</th>
            </tr>}>{reports.map((r) => (
              <tr key={r.seq}>
                <td>{r.createdAt}</td>
                <td>
                  {r.about
                    ? t("insight.reports.about", { what: t(`messages.${r.type}`, { defaultValue: r.type }), about: r.about })
                    : t(`messages.${r.type}`, { defaultValue: r.type })}
                </td>
                <td>{r.status === "sent" ? t("insight.reports.sent", { when: r.sentAt }) : t(`insight.reports.${r.status}`)}</td>
              </tr>
            ))}</DataTable>
      )}

      <h2>{t("insight.forwarded.heading")}</h2>
      {forwarded.length === 0 ? (
        <p>{t("insight.forwarded.none")}</p>
      ) : (
        <ul>
          {forwarded.map((f) => (
            <li key={f.id}>{t("insight.forwarded.item", { title: f.title, when: f.at })}</li>
          ))}
        </ul>
      )}
    </>
  );
}
