import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { PhoneLink } from "~/components/dkfds/PhoneLink";
import type { RegistrationView } from "./view";
import { useDates } from "~/utils/use-dates";

export function RegistrationDetails({ registration: r, headingLevel }: { registration: RegistrationView; headingLevel: 2 | 3 }) {
  const { t } = useTranslation("registration");
  const d = useDates();
  const H = `h${headingLevel}` as const;
  const yesNo = (given: boolean) => (given ? t("answers.yes") : t("answers.no"));
  const consent = (c: { given: boolean; on: string } | undefined) =>
    c ? t(c.given ? "answers.consentYesOn" : "answers.consentNoOn", { date: d.date(c.on) }) : t("answers.none");
  const sections = [
    {
      heading: t("receipt.registration"),
      rows: [
        { label: t("answers.name"), value: r.person.name },
        { label: t("answers.cpr"), value: r.person.cprMasked },
        { label: t("answers.registeredOn"), value: d.date(r.registeredOn) },
        { label: t("answers.registeredAt"), value: r.registeredAt },
        { label: t("answers.status"), value: r.awaitsReporting ? t("answers.statusAwaiting") : t("answers.statusReported") },
      ],
    },
    {
      heading: t("steps.ydelse.title"),
      rows: [
        { label: t("answers.benefitCategory"), value: r.benefitCategory },
        { label: t("answers.fundMember"), value: yesNo(!!r.unemploymentFund) },
        ...(r.unemploymentFund ? [{ label: t("answers.unemploymentFund"), value: r.unemploymentFund }] : []),
      ],
    },
    {
      heading: t("steps.ledighed.title"),
      rows: [
        { label: t("answers.unemploymentDegree"), value: r.unemploymentDegree },
        { label: t("answers.unemployedFrom"), value: d.date(r.unemployedFrom) },
      ],
    },
    {
      heading: t("steps.stillinger.title"),
      rows: [
        {
          label: t("answers.occupations"),
          value: (
            <ul className="nobullet-list m-0">
              {r.occupations.map((o) => (
                <li key={o.code}>{o.title}</li>
              ))}
            </ul>
          ),
        },
      ],
    },
    {
      heading: t("steps.kontakt.title"),
      rows: [
        { label: t("answers.phone"), value: r.phone ? <PhoneLink phone={r.phone} /> : t("answers.none") },
        { label: t("answers.email"), value: r.email ?? t("answers.none") },
      ],
    },
    {
      heading: t("steps.samtykke.title"),
      rows: [
        { label: t("answers.fetch"), value: consent(r.consents?.fetch) },
        { label: t("answers.share"), value: consent(r.consents?.share) },
      ],
    },
  ];
  return (
    <>
      {sections.map((section) => (
        <section key={section.heading}>
          <H>{section.heading}</H>
          <SummaryList caption={section.heading} rows={section.rows} />
        </section>
      ))}
    </>
  );
}
