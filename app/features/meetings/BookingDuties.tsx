import { useTranslation } from "react-i18next";
import { LinkButton } from "~/components/dkfds/Button";
import { PlainList } from "~/components/dkfds/Text";
import type { BookingDutyView } from "./self-booking.server";

/**
 * "Du skal booke en samtale": each open booking duty with its deadline and the way to book. Shown
 * on Min side, where the citizen looks first, and on the meetings page.
 */
export function BookingDuties({ duties }: { duties: BookingDutyView[] }) {
  const { t } = useTranslation("meetings");
  if (!duties.length) return null;
  return (
    <section aria-labelledby="self-booking-heading">
      <h2 id="self-booking-heading">{t("selfBooking.heading")}</h2>
      <PlainList>
        {duties.map((duty) => (
          <li key={duty.id}>
            <p>{t("selfBooking.duty", duty)}</p>
            <LinkButton to={`/borger/moeder/book-samtale/${duty.id}`}>{t("selfBooking.link")}</LinkButton>
          </li>
        ))}
      </PlainList>
    </section>
  );
}
