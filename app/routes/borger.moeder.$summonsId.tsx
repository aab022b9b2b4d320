import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { requireSession } from "~/features/auth/session.server";
import { presentMeeting } from "~/features/meetings/presentation.server";
import { meetingOf } from "~/features/meetings/summons.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { notFoundFor } from "~/utils/not-found.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "meetings:detail.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const meeting = meetingOf(session.subjectId, params.summonsId ?? "");
  if (!meeting) throw notFoundFor(request, session, "summons");
  return { meeting: presentMeeting(meeting, await languageOf(request)) };
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="structured-list-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default function Meeting() {
  const { meeting: m } = useLoaderData<typeof loader>();
  const { t } = useTranslation("meetings");
  return (
    <>
      <p>
        <Link className="back-link" to="/borger/moeder">
          {t("detail.back")}
        </Link>
      </p>
      <h1>{m.title}</h1>
      <p className="font-lead">
        {m.day}, {m.time}
      </p>
      {m.status === "cancelled" ? <Alert variant="warning" heading={t("detail.cancelled")} /> : null}
      {m.previous && m.status !== "cancelled" ? (
        <Alert variant="info" heading={t("detail.moved")}>
          <p>{t("detail.movedFrom", { when: m.previous })}</p>
        </Alert>
      ) : null}
      {m.awaitsReporting ? <p className="form-hint">{t("detail.awaitsReporting")}</p> : null}
      <dl className="structured-list">
        <Row label={t("detail.type")}>{m.type}</Row>
        <Row label={t("detail.form")}>{m.form}</Row>
        <Row label={t("detail.where")}>{m.location}</Row>
        {m.address ? <Row label={t("detail.address")}>{m.address}</Row> : null}
        {m.phoneToCall ? <Row label={t("detail.phoneToCall")}>{t("detail.callUs", { phone: m.phoneToCall })}</Row> : null}
        <Row label={t("detail.about")}>{m.description}</Row>
        <Row label={t("detail.caseworker")}>
          {m.caseworkerName}, {m.jobCentre}
        </Row>
        <Row label={t("detail.contact")}>{m.contactOptions}</Row>
        <Row label={t("detail.compulsory")}>{m.compulsory ? t("detail.compulsoryYes") : t("detail.compulsoryNo")}</Row>
        <Row label={t("detail.rebooking")}>
          {m.rebookingPossible
            ? m.rebookingDeadline
              ? t("detail.rebookingUntil", { when: m.rebookingDeadline })
              : t("detail.rebookingYes")
            : t("detail.rebookingNo")}
        </Row>
        {m.aKasseParticipation ? <Row label={t("detail.aKasse")}>{m.aKasseParticipation}</Row> : null}
        <Row label={t("detail.booking")}>{m.selfBooked ? t("detail.selfBooked") : t("detail.summoned")}</Row>
      </dl>
      {m.forwardedToFund ? <p>{t("detail.forwarded", { when: m.forwardedToFund })}</p> : null}
    </>
  );
}
