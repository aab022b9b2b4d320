import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { requireSession } from "~/features/auth/session.server";
import { slotOffersForStaff } from "~/features/meetings/staff-views.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { LinkButton } from "~/components/dkfds/Button";
import { Hint, Lead } from "~/components/dkfds/Text";
import { DataTable } from "~/components/dkfds/DataTable";

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
      <Lead>{t("slots.lead")}</Lead>
      {params.get("offentliggjort") ? <Alert variant="success" heading={t("slots.published", { count: Math.max(1, Number(params.get("offentliggjort")) || 1) })} /> : null}
      <p>
        <LinkButton to="/medarbejder/moedetilbud/ny">
          {t("slots.new")}
        </LinkButton>
      </p>
      {slots.length ? (
        <DataTable caption={t("slots.title")} head={<tr>
              <th scope="col">{t("citizen.when")}</th>
              <th scope="col">{t("citizen.what")}</th>
              <th scope="col">{t("slots.where")}</th>
              <th scope="col">{t("slots.places")}</th>
            </tr>}>{slots.map((slot) => (
              <tr key={slot.id}>
                <td>
                  {slot.day}, {slot.time}
                </td>
                <td>
                  {slot.type}
                  <br />
                  <Hint as="span">
                    {slot.form}, {slot.caseworkerName}
                  </Hint>
                </td>
                <td>
                  {slot.location}
                  <br />
                  <Hint as="span">{slot.jobCentre}</Hint>
                </td>
                <td>{t("slots.booked", { booked: slot.booked, capacity: slot.capacity })}</td>
              </tr>
            ))}</DataTable>
      ) : (
        <p>{t("slots.none")}</p>
      )}
    </>
  );
}
