import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SummaryList } from "~/components/dkfds/SummaryList";
import * as z from "zod";
import { requireSession } from "~/features/auth/session.server";
import { retryDeadLetter, syncStatus } from "~/foundation/status.server";
import { pageMeta } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "sync.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request, "staff");
  return syncStatus();
}

const retrySchema = z.object({ seq: z.coerce.number().int().positive() });

export async function action({ request }: ActionFunctionArgs) {
  await requireSession(request, "staff");
  const parsed = retrySchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success || !retryDeadLetter(parsed.data.seq)) throw new Response("Not Found", { status: 404 });
  return redirect("/medarbejder/synkronisering");
}

export default function SyncStatus() {
  const status = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const never = t("sync.never");
  return (
    <>
      <h1>{t("sync.title")}</h1>
      <p className="font-lead">{t("sync.lead")}</p>
      <SummaryList
        caption={t("sync.title")}
        rows={[
          { label: t("sync.pending"), value: status.pending },
          {
            label: t("sync.oldest"),
            value: status.oldestPendingSeconds === null ? t("sync.none") : t("sync.seconds", { count: status.oldestPendingSeconds }),
          },
          { label: t("sync.lastPush"), value: status.lastPushAt ?? never },
          { label: t("sync.lastPull"), value: status.lastPullAt ?? never },
        ]}
      />
      <h2>{t("sync.deadLetters")}</h2>
      {status.deadLetters.length === 0 ? (
        <p>{t("sync.noDeadLetters")}</p>
      ) : (
        <table className="table">
          <caption className="sr-only">{t("sync.deadLetters")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("sync.number")}</th>
              <th scope="col">{t("sync.type")}</th>
              <th scope="col">{t("sync.created")}</th>
              <th scope="col">{t("sync.error")}</th>
              <th scope="col">
                <span className="sr-only">{t("sync.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {status.deadLetters.map((row) => (
              <tr key={row.seq}>
                <td>{row.seq}</td>
                <td>{row.messageType}</td>
                <td>{row.createdAt}</td>
                <td>{row.lastError}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="seq" value={row.seq} />
                    <button type="submit" className="button button-secondary">
                      {t("sync.retry", { seq: row.seq })}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
