import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { ordersOfEmployer } from "~/features/job-orders/views.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { LinkButton } from "~/components/dkfds/Button";
import { Lead } from "~/components/dkfds/Text";
import { DataTable } from "~/components/dkfds/DataTable";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "jobs:employer.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "employer");
  return { orders: ordersOfEmployer(session.subjectId, await languageOf(request)) };
}

export default function EmployerJobOrders() {
  const { orders } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  const d = useDates();
  return (
    <>
      <h1>{t("employer.list.title")}</h1>
      <Lead>{t("employer.list.lead")}</Lead>
      <p>
        <LinkButton to="/arbejdsgiver/jobordrer/ny">
          {t("employer.list.create")}
        </LinkButton>
      </p>
      {orders.length ? (
        <DataTable caption={t("employer.list.title")} zebra head={<tr>
                <th scope="col">{t("fields.title")}</th>
                <th scope="col">{t("fields.status")}</th>
                <th scope="col">{t("fields.applicationDeadline")}</th>
                <th scope="col">{t("fields.placements")}</th>
              </tr>}>{orders.map((order) => (
                <tr key={order.id}>
                  <td>
                    <Link to={`/arbejdsgiver/jobordrer/${order.id}`}>{order.title}</Link>
                  </td>
                  <td>{order.statusLabel}</td>
                  <td>{d.date(order.applicationDeadline)}</td>
                  <td>{order.placements}</td>
                </tr>
              ))}</DataTable>
      ) : (
        <p>{t("employer.list.none")}</p>
      )}
    </>
  );
}
