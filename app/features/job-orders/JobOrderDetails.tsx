import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { PhoneLink } from "~/components/dkfds/PhoneLink";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { useDates } from "~/utils/use-dates";

type Shown = {
  title: string;
  employerName: string;
  occupationLabel: string;
  description: string;
  jobOrderTypeLabel: string;
  workingTimeLabel: string;
  weeklyHours: number | null;
  positions: number;
  startDate: string | null;
  applicationDeadline: string;
  workplaceAddress: string;
  postcode: string;
  town: string | null;
  contactName: string;
  contactPhone: string | null;
  contactEmail: string | null;
};

type Internal = { statusLabel: string; originLabel: string; internalComment: string | null; cvr: string };

/**
 * A job order's fields as a DKFDS summary list. The public page shows what a jobseeker needs; the
 * employer's and the staff's pages add the status, the origin and the comment to the job centre.
 */
export function JobOrderDetails({ order, internal }: { order: Shown; internal?: Internal }) {
  const { t, i18n } = useTranslation("jobs");
  const d = useDates();
  const contact = (
    <>
      {[order.contactName, ...(order.contactPhone ? [<PhoneLink key="phone" phone={order.contactPhone} />] : []), order.contactEmail]
        .filter(Boolean)
        .map((part, i) => (
          <Fragment key={i}>
            {i > 0 ? ", " : null}
            {part}
          </Fragment>
        ))}
    </>
  );
  const rows = [
    ...(internal ? [{ label: t("fields.status"), value: internal.statusLabel }] : []),
    { label: t("fields.employer"), value: internal ? `${order.employerName} (CVR ${internal.cvr})` : order.employerName },
    { label: t("fields.occupation"), value: order.occupationLabel },
    { label: t("fields.jobOrderType"), value: order.jobOrderTypeLabel },
    { label: t("fields.workingTime"), value: order.weeklyHours ? t("fields.hoursPerWeek", { label: order.workingTimeLabel, hours: order.weeklyHours.toLocaleString(i18n.language) }) : order.workingTimeLabel },
    { label: t("fields.positions"), value: order.positions },
    { label: t("fields.startDate"), value: order.startDate ? d.date(order.startDate) : t("fields.byAgreement") },
    { label: t("fields.applicationDeadline"), value: d.date(order.applicationDeadline) },
    { label: t("fields.workplace"), value: `${order.workplaceAddress}, ${[order.postcode, order.town].filter(Boolean).join(" ")}` },
    { label: t("fields.contact"), value: contact },
    ...(internal
      ? [
          { label: t("fields.origin"), value: internal.originLabel },
          { label: t("fields.internalComment"), value: internal.internalComment ?? "–" },
        ]
      : []),
  ];
  return (
    <>
      <SummaryList caption={order.title} rows={rows} />
      <h2>{t("fields.description")}</h2>
      <div className="job-description">{order.description}</div>
    </>
  );
}
