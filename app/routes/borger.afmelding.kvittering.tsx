import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/dkfds/SummaryList";
import { Alert } from "~/components/dkfds/Alert";
import { requireSession } from "~/features/auth/session.server";
import { deregistrationReceipt } from "~/features/deregistration/deregistration.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { LinkButton } from "~/components/dkfds/Button";
import { DataTable } from "~/components/dkfds/DataTable";
import { ReceiptFacts } from "~/components/dkfds/ReceiptFacts";
import { formatDateTime } from "~/utils/dates";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "absence:deregistration.receipt.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const receipt = deregistrationReceipt(session.subjectId, { lng: await languageOf(request) });
  // Nothing ended yet (or registered again since): the receipt has nothing to show.
  if (!receipt || receipt.periods[0]?.status === "active") throw redirect("/borger/afmelding");
  return { ...receipt, shownAt: formatDateTime(new Date(), await languageOf(request)) };
}

export default function DeregistrationReceipt() {
  const { shownAt, ...receipt } = useLoaderData<typeof loader>();
  const { t } = useTranslation("absence");
  const d = useDates();
  return (
    <>
      <h1>{t("deregistration.receipt.title")}</h1>
      <Alert variant="success" heading={t("deregistration.receipt.title")}>
        <p>{t("deregistration.receipt.lead")}</p>
      </Alert>
      <SummaryList
        caption={t("deregistration.receipt.title")}
        rows={[
          { label: t("deregistration.receipt.registeredOn"), value: d.date(receipt.registeredOn) },
          { label: t("deregistration.receipt.deregisteredOn"), value: d.optionalDate(receipt.deregisteredOn) },
          { label: t("deregistration.receipt.reason"), value: receipt.reasonLabel },
          { label: t("deregistration.receipt.status"), value: receipt.awaitsReporting ? t("deregistration.receipt.awaitsReporting") : t("deregistration.receipt.reported") },
      ]}
      />
      <ReceiptFacts reference={receipt.reference} shownAt={shownAt} next={t("deregistration.receipt.next", { returnObjects: true }) as string[]} />
      <h2>{t("deregistration.receipt.history")}</h2>
      <DataTable caption={t("deregistration.receipt.history")} head={<tr>
            <th scope="col">{t("deregistration.receipt.periodFrom")}</th>
            <th scope="col">{t("deregistration.receipt.periodTo")}</th>
          </tr>}>{receipt.periods.map((p) => (
            <tr key={`${p.registeredOn}-${p.endedOn ?? "active"}`}>
              <td>{d.date(p.registeredOn)}</td>
              <td>{p.endedOn ? d.date(p.endedOn) : t("deregistration.receipt.periodActive")}</td>
            </tr>
          ))}</DataTable>
      <p>{t("deregistration.receipt.again")}</p>
      <p>
        <LinkButton variant="secondary" to="/borger/tilmelding">
          {t("deregistration.receipt.againLink")}
        </LinkButton>
      </p>
      <p>
        <Link to="/borger">{t("deregistration.receipt.back")}</Link>
      </p>
    </>
  );
}
