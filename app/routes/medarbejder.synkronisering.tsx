import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { SummaryList } from "~/components/dkfds/SummaryList";
import * as z from "zod";
import { requireSession } from "~/features/auth/session.server";
import { refusedChangesFor, retryRefusedChange } from "~/features/refused-changes/refused-changes.server";
import { pageMeta } from "~/i18n/meta";
import { notFoundFor } from "~/utils/not-found.server";
import { Button } from "~/components/dkfds/Button";
import { Lead, VisuallyHidden } from "~/components/dkfds/Text";
import { DataTable } from "~/components/dkfds/DataTable";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "sync.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "staff");
  return refusedChangesFor(session);
}

const retrySchema = z.object({ seq: z.coerce.number().int().positive() });

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request, "staff");
  const parsed = retrySchema.safeParse(Object.fromEntries(await request.formData()));
  const outcome = parsed.success ? retryRefusedChange(session, parsed.data.seq) : "not-found";
  if (outcome === "not-found" || !parsed.success) throw notFoundFor(request, session, "deadLetter");
  return redirect(`/medarbejder/synkronisering?${outcome === "queued" ? "sendt" : "foraeldet"}=${parsed.data.seq}`);
}

export default function SyncStatus() {
  const status = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const d = useDates();
  const never = t("sync.never");
  // Only a number is echoed from the address: the alerts never show text someone else wrote.
  const number = (key: string) => (/^\d{1,12}$/.test(params.get(key) ?? "") ? params.get(key) : null);
  const retried = number("sendt");
  const stale = number("foraeldet");
  return (
    <>
      <h1>{t("sync.title")}</h1>
      {retried ? <Alert variant="success" heading={t("sync.retried", { seq: retried })} /> : null}
      {stale ? <Alert variant="warning" heading={t("sync.stale", { seq: stale })} /> : null}
      <Lead>{t("sync.lead")}</Lead>
      <SummaryList
        caption={t("sync.title")}
        rows={[
          { label: t("sync.pending"), value: status.pending },
          {
            label: t("sync.oldest"),
            value: status.oldestPendingSeconds === null ? t("sync.none") : t("sync.seconds", { count: status.oldestPendingSeconds }),
          },
          { label: t("sync.lastPush"), value: status.lastPushAt ? d.dateTime(status.lastPushAt) : never },
          { label: t("sync.lastPull"), value: status.lastPullAt ? d.dateTime(status.lastPullAt) : never },
        ]}
      />
      <h2>{t("sync.deadLetters")}</h2>
      {status.deadLetters.length === 0 ? (
        <p>{t("sync.noDeadLetters")}</p>
      ) : (
        <DataTable caption={t("sync.deadLetters")} head={<tr>
              <th scope="col">{t("sync.number")}</th>
              <th scope="col">{t("sync.type")}</th>
              <th scope="col">{t("sync.created")}</th>
              <th scope="col">{t("sync.error")}</th>
              <th scope="col">
                <VisuallyHidden>{t("sync.actions")}</VisuallyHidden>
              </th>
            </tr>}>{status.deadLetters.map((row) => (
              <tr key={row.seq}>
                <td>{row.seq}</td>
                <td>{row.messageType}</td>
                <td>{d.dateTime(row.createdAt)}</td>
                <td>{row.lastError}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="seq" value={row.seq} />
                    <Button variant="secondary">
                      {t("sync.retry", { seq: row.seq })}
                    </Button>
                  </Form>
                </td>
              </tr>
            ))}</DataTable>
      )}
    </>
  );
}
