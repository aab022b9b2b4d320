import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { ordersOfEmployer } from "~/features/job-orders/views.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "jobs:employer.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "employer");
  return { orders: ordersOfEmployer(session.subjectId, await languageOf(request)) };
}

export default function EmployerJobOrders() {
  const { orders } = useLoaderData<typeof loader>();
  const { t } = useTranslation("jobs");
  return (
    <>
      <h1>{t("employer.list.title")}</h1>
      <p className="font-lead">{t("employer.list.lead")}</p>
      <p>
        <Link className="button button-primary" to="/arbejdsgiver/jobordrer/ny">
          {t("employer.list.create")}
        </Link>
      </p>
      {orders.length ? (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">{t("employer.list.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("fields.title")}</th>
                <th scope="col">{t("fields.status")}</th>
                <th scope="col">{t("fields.applicationDeadline")}</th>
                <th scope="col">{t("fields.placements")}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id}>
                  <td>
                    <Link to={`/arbejdsgiver/jobordrer/${order.id}`}>{order.title}</Link>
                  </td>
                  <td>{order.statusLabel}</td>
                  <td>{order.applicationDeadline}</td>
                  <td>{order.placements}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("employer.list.none")}</p>
      )}
    </>
  );
}
