import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { Alert } from "~/components/dkfds/Alert";
import { absenceOverview } from "~/features/absence/absence.server";
import { requireSession } from "~/features/auth/session.server";
import { unreadNotices } from "~/features/notices/notices.server";
import { presentListItem } from "~/features/meetings/presentation.server";
import { nextMeetingOf } from "~/features/meetings/summons.server";
import { presentBookingDuties } from "~/features/meetings/self-booking.server";
import { BookingDuties } from "~/features/meetings/BookingDuties";
import { citizenProfile } from "~/features/people/people.server";
import { registrationOverview } from "~/features/registration/views.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { LinkButton } from "~/components/dkfds/Button";
import { Hint, Lead } from "~/components/dkfds/Text";
import { citizenNoticeKinds as knownNotices } from "~/sync-notices";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "citizen.start.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const profile = citizenProfile(session.subjectId);
  if (!profile) throw new Response("Not Found", { status: 404 });
  const lng = await languageOf(request);
  const next = nextMeetingOf(session.subjectId);
  return {
    profile,
    registration: registrationOverview(session.subjectId, lng),
    absences: absenceOverview(session.subjectId, { lng }),
    notices: unreadNotices("citizen", session.subjectId),
    nextMeeting: next ? presentListItem(next, lng) : null,
    bookingDuties: presentBookingDuties(session.subjectId, lng),
  };
}

/** Refusal reasons the citizen is told in words; others show only the reference. */
const knownReasons = new Set(["slot-full", "rebooking-not-allowed"]);

export default function CitizenStart() {
  const { profile, registration, absences, notices, nextMeeting, bookingDuties } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const d = useDates();
  return (
    <>
      <h1>{t("citizen.start.title")}</h1>
      <Lead>{t("citizen.start.lead", { name: profile.name })}</Lead>
      {notices.length > 0 ? (
        <section aria-labelledby="notices-heading">
          <h2 id="notices-heading">{t("citizen.notices.heading")}</h2>
          {notices.map((notice) => (
            <Alert key={notice.id} variant="warning">
              <p>{t(knownNotices.has(notice.kind) ? `citizen.notices.${notice.kind}` : "citizen.notices.refused.other")}</p>
              {notice.reason && knownReasons.has(notice.reason) ? <p>{t(`citizen.notices.reasons.${notice.reason}`)}</p> : null}
              {notice.kind === "refused.rebooking" || notice.kind === "refused.selfBooking" ? (
                <p>
                  <Link to="/borger/moeder">{t("citizen.notices.seeMeetings")}</Link>
                </p>
              ) : null}
              {notice.correlationId ? <p>{t("citizen.notices.reference", { id: notice.correlationId })}</p> : null}
            </Alert>
          ))}
        </section>
      ) : null}
      <BookingDuties duties={bookingDuties} />
      <section aria-labelledby="registration-heading">
        <h2 id="registration-heading">{t("citizen.start.registration.heading")}</h2>
        {registration.active ? (
          <>
            <p>
              {t("citizen.start.registration.active", {
                date: d.date(registration.active.registeredOn),
                category: registration.active.benefitCategory,
              })}
            </p>
            <Hint>
              {registration.active.awaitsReporting
                ? t("citizen.start.registration.awaitsReporting")
                : t("citizen.start.registration.reported")}
            </Hint>
            <ul>
              <li>
                <Link to="/borger/tilmelding">{t("citizen.start.registration.see")}</Link>
              </li>
              <li>
                <Link to="/borger/afmelding">{t("citizen.start.registration.deregister")}</Link>
              </li>
            </ul>
          </>
        ) : (
          <>
            <p>{registration.draftInProgress ? t("citizen.start.registration.draft") : t("citizen.start.registration.none")}</p>
            <p>
              <LinkButton to="/borger/tilmelding">
                {registration.draftInProgress ? t("citizen.start.registration.continue") : t("citizen.start.registration.start")}
              </LinkButton>
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="absence-heading">
        <h2 id="absence-heading">{t("citizen.start.absence.heading")}</h2>
        {absences.items.length ? (
          <ul>
            {absences.items.map((a) => (
              <li key={a.id}>
                <Link to={a.href}>{a.typeLabel}</Link>: {a.endDate ? t("citizen.start.absence.period", { from: d.date(a.startDate), to: d.date(a.endDate) }) : t("citizen.start.absence.from", { from: d.date(a.startDate) })}
                {a.awaitsJobCentreDecision ? ` (${t("citizen.start.absence.awaitsDecision")})` : ""}
                {a.awaitsReporting ? ` (${t("citizen.start.absence.awaitsReporting")})` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("citizen.start.absence.none")}</p>
        )}
        <p>
          <Link to="/borger/fravaer">{t("citizen.start.absence.link")}</Link>
        </p>
      </section>
      <section aria-labelledby="next-meeting-heading">
        <h2 id="next-meeting-heading">{t("citizen.start.nextMeeting")}</h2>
        {nextMeeting ? (
          <p>
            <Link to={`/borger/moeder/${nextMeeting.id}`}>{nextMeeting.title}</Link>: {nextMeeting.day}, {nextMeeting.time}
          </p>
        ) : (
          <p>{t("citizen.start.noMeeting")}</p>
        )}
        <p>
          <Link to="/borger/moeder">{t("citizen.start.meetingsLink")}</Link>
        </p>
      </section>
      <h2>{t("citizen.start.you")}</h2>
      <SummaryList
        caption={t("citizen.start.you")}
        rows={[
          { label: t("citizen.start.name"), value: profile.name },
          { label: t("citizen.start.cpr"), value: profile.cprMasked },
        ]}
      />
      <ul>
        <li>
          <Link to="/borger/samtykke">{t("citizen.start.consentLink")}</Link>
        </li>
        <li>
          <Link to="/borger/indsigt">{t("citizen.start.insightLink")}</Link>
        </li>
        <li>
          <Link to="/borger/samtaler">{t("meetings:conversations.list.title")}</Link>
        </li>
        <li>
          <Link to="/borger/tidlig-opfoelgning">{t("citizen.start.earlyFollowUpLink")}</Link>
        </li>
      </ul>
    </>
  );
}
