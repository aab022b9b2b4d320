import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { requireSession } from "~/features/auth/session.server";
import { slotOffersForStaff } from "~/features/meetings/staff-views.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "staff:slots.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  return { slots: slotOffersForStaff(session, await languageOf(request)) };
}

export default function SlotOffers() {
  const { slots } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t } = useTranslation("staff");
  return (
    <>
      <h1>{t("slots.title")}</h1>
      <p className="font-lead">{t("slots.lead")}</p>
      {params.get("offentliggjort") ? <Alert variant="success" heading={t("slots.published")} /> : null}
      <p>
        <Link className="button button-primary" to="/medarbejder/moedetilbud/ny">
          {t("slots.new")}
        </Link>
      </p>
      {slots.length ? (
        <table className="table table--responsive-headers">
          <caption className="sr-only">{t("slots.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("citizen.when")}</th>
              <th scope="col">{t("citizen.what")}</th>
              <th scope="col">{t("slots.where")}</th>
              <th scope="col">{t("slots.places")}</th>
            </tr>
          </thead>
          <tbody>
            {slots.map((slot) => (
              <tr key={slot.id}>
                <td>
                  {slot.day}, {slot.time}
                </td>
                <td>
                  {slot.type}
                  <br />
                  <span className="form-hint">
                    {slot.form}, {slot.caseworkerName}
                  </span>
                </td>
                <td>
                  {slot.location}
                  <br />
                  <span className="form-hint">{slot.jobCentre}</span>
                </td>
                <td>{t("slots.booked", { booked: slot.booked, capacity: slot.capacity })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("slots.none")}</p>
      )}
    </>
  );
}
