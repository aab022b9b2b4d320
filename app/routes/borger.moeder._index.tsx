import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { presentListItem } from "~/features/meetings/presentation.server";
import { meetingsOf } from "~/features/meetings/summons.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "meetings:list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const lng = await languageOf(request);
  const { upcoming, past } = meetingsOf(session.subjectId);
  return { upcoming: upcoming.map((m) => presentListItem(m, lng)), past: past.map((m) => presentListItem(m, lng)) };
}

type Item = ReturnType<typeof useLoaderData<typeof loader>>["upcoming"][number];

function MeetingTable({ caption, items }: { caption: string; items: Item[] }) {
  const { t } = useTranslation("meetings");
  return (
    <table className="table table--responsive-headers">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("list.when")}</th>
          <th scope="col">{t("list.what")}</th>
          <th scope="col">{t("list.status")}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>
              {item.day}, {item.time}
            </td>
            <td>
              <Link to={`/borger/moeder/${item.id}`}>{item.title}</Link>
              <br />
              <span className="form-hint">{item.type}</span>
            </td>
            <td>{t(`status.${item.moved && item.status !== "cancelled" ? "moved" : item.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function Meetings() {
  const { upcoming, past } = useLoaderData<typeof loader>();
  const { t } = useTranslation("meetings");
  return (
    <>
      <h1>{t("list.title")}</h1>
      <p className="font-lead">{t("list.lead")}</p>
      <h2>{t("list.upcoming")}</h2>
      {upcoming.length ? <MeetingTable caption={t("list.upcoming")} items={upcoming} /> : <p>{t("list.noUpcoming")}</p>}
      <h2>{t("list.past")}</h2>
      {past.length ? <MeetingTable caption={t("list.past")} items={past} /> : <p>{t("list.noPast")}</p>}
      <p>
        <Link to="/borger/samtaler">{t("conversations.list.title")}</Link>
      </p>
    </>
  );
}
