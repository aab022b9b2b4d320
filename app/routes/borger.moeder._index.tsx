import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { presentListItem } from "~/features/meetings/presentation.server";
import { presentBookingDuties } from "~/features/meetings/self-booking.server";
import { BookingDuties } from "~/features/meetings/BookingDuties";
import { meetingsOf } from "~/features/meetings/summons.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { MeetingTable } from "~/features/meetings/tables";
import { Hint, Lead } from "~/components/dkfds/Text";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "meetings:list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const lng = await languageOf(request);
  const { upcoming, past, changed } = meetingsOf(session.subjectId);
  const duties = presentBookingDuties(session.subjectId, lng);
  const present = (items: typeof upcoming) => items.map((m) => presentListItem(m, lng));
  return { upcoming: present(upcoming), past: present(past), changed: present(changed), duties };
}

type Item = ReturnType<typeof useLoaderData<typeof loader>>["upcoming"][number];

const statusText = (t: (key: string) => string, item: Item) => t(`status.${item.statusKey}`);

function MeetingList({ caption, items }: { caption: string; items: Item[] }) {
  const { t } = useTranslation("meetings");
  return (
    <MeetingTable
      caption={caption}
      items={items}
      href={(item) => `/borger/moeder/${item.id}`}
      status={(item) => statusText(t, item)}
      headings={{ when: t("list.when"), what: t("list.what"), status: t("list.status") }}
    />
  );
}

export default function Meetings() {
  const { upcoming, past, changed, duties } = useLoaderData<typeof loader>();
  const { t } = useTranslation("meetings");
  return (
    <>
      <h1>{t("list.title")}</h1>
      <Lead>{t("list.lead")}</Lead>
      <BookingDuties duties={duties} />
      {changed.length ? (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">{t("list.changes.heading")}</h2>
          <ul>
            {changed.map((item) => (
              <li key={item.id}>
                <Link to={`/borger/moeder/${item.id}`}>{item.title}</Link>, {item.day}, {item.time}: {statusText(t, item)}{" "}
                <Hint as="span">({t("list.changes.at", { when: item.changedAt })})</Hint>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>{t("list.upcoming")}</h2>
      {upcoming.length ? <MeetingList caption={t("list.upcoming")} items={upcoming} /> : <p>{t("list.noUpcoming")}</p>}
      <h2>{t("list.past")}</h2>
      {past.length ? <MeetingList caption={t("list.past")} items={past} /> : <p>{t("list.noPast")}</p>}
      <p>
        <Link to="/borger/samtaler">{t("conversations.list.title")}</Link>
      </p>
    </>
  );
}
