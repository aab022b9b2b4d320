import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { requireSession } from "~/features/auth/session.server";
import { citizenForStaff } from "~/features/citizens/lookup.server";
import { meetingsForStaff } from "~/features/meetings/staff-views.server";
import { presentPersonGroups } from "~/features/person-groups/presentation.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { notFoundFor } from "~/utils/not-found.server";
import { MeetingTable } from "~/features/meetings/tables";
import { BackLink } from "~/components/dkfds/Button";
import { Hint } from "~/components/dkfds/Text";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "privacy:citizen.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  const citizen = citizenForStaff(session, params.citizenId ?? "");
  if (!citizen) throw notFoundFor(request, session, "citizen");
  const lng = await languageOf(request);
  return { id: params.citizenId ?? "", citizen, meetings: meetingsForStaff(params.citizenId ?? "", lng), groups: presentPersonGroups(params.citizenId ?? "", lng) };
}

type Meeting = ReturnType<typeof useLoaderData<typeof loader>>["meetings"]["upcoming"][number];

function SummonsTable({ citizenId, caption, items }: { citizenId: string; caption: string; items: Meeting[] }) {
  const { t } = useTranslation("staff");
  if (!items.length) return <p>{t("citizen.none")}</p>;
  return (
    <MeetingTable
      caption={caption}
      items={items}
      href={(item) => `/medarbejder/borgere/${citizenId}/indkaldelser/${item.id}`}
      status={(item) => t(`status.${item.status}`)}
      headings={{ when: t("citizen.when"), what: t("citizen.what"), status: t("citizen.status") }}
    />
  );
}

export default function CitizenForStaff() {
  const { id, citizen, meetings, groups } = useLoaderData<typeof loader>();
  const { t } = useTranslation("privacy");
  const { t: ts } = useTranslation("staff");
  const d = useDates();
  const [params] = useSearchParams();
  return (
    <>
      <BackLink to="/medarbejder/borgere">{t("citizen.back")}</BackLink>
      <h1>{citizen.name || t("search.unnamed")}</h1>
      {params.get("samtale") ? <Alert variant="success" heading={ts("citizen.conversationRegistered")} /> : null}
      <SummaryList
        caption={citizen.name || t("search.unnamed")}
        rows={[
          { label: t("citizen.cpr"), value: citizen.cpr },
          {
            label: t("citizen.registration"),
            value: citizen.registeredOn ? t("citizen.registeredSince", { date: d.date(citizen.registeredOn) }) : t("citizen.notRegistered"),
          },
          { label: t("citizen.meetings"), value: citizen.upcomingMeetings },
          {
            label: ts("personGroups.contactGroup"),
            value: (
              <>
                {groups.contactGroup ? ts(groups.contactGroup.implied ? "personGroups.implied" : "personGroups.since", groups.contactGroup) : ts("personGroups.none")}{" "}
                <Link to={`/medarbejder/borgere/${id}/kontaktgruppe`}>{ts("personGroups.link")}</Link>
              </>
            ),
          },
          {
            label: t("citizen.markings"),
            value: (
              <>
                {citizen.earlyFollowUpSince ? t("citizen.earlyFollowUp", { date: d.date(citizen.earlyFollowUpSince) }) : t("citizen.noMarkings")}{" "}
                <Link to={`/medarbejder/borgere/${id}/tidlig-opfoelgning`}>{ts("earlyFollowUp.link")}</Link>
              </>
            ),
          },
          {
            label: ts("holidayDecision.title"),
            value: <Link to={`/medarbejder/borgere/${id}/fravaer`}>{ts("holidayDecision.link")}</Link>,
          },
        ]}
      />
      <Hint>{t("citizen.logged")}</Hint>
      <h2>{ts("citizen.summonses")}</h2>
      <ul>
        <li>
          <Link to={`/medarbejder/borgere/${id}/indkaldelser/ny`}>{ts("citizen.newSummons")}</Link>
        </li>
        <li>
          <Link to={`/medarbejder/borgere/${id}/samtaler/ny`}>{ts("citizen.newConversation")}</Link>
        </li>
      </ul>
      <h3>{ts("citizen.upcoming")}</h3>
      <SummonsTable citizenId={id} caption={ts("citizen.upcoming")} items={meetings.upcoming} />
      <h3>{ts("citizen.past")}</h3>
      <SummonsTable citizenId={id} caption={ts("citizen.past")} items={meetings.past} />
      <h2>{ts("citizen.conversations")}</h2>
      {meetings.conversations.length ? (
        <ul>
          {meetings.conversations.map((c) => (
            <li key={c.id}>
              <Link to={`/medarbejder/borgere/${id}/samtaler/${c.id}`}>{c.type}</Link>, {c.day} ({c.jobCentre})
            </li>
          ))}
        </ul>
      ) : (
        <p>{ts("citizen.none")}</p>
      )}
    </>
  );
}
