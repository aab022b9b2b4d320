import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/dkfds/DataTable";
import { useDates } from "~/utils/use-dates";

type Entry = {
  id: string;
  name: string;
  cprMasked: string | null;
  status: string;
  statusLabel: string;
  registeredBy: string;
  updatedAt: string;
  comment: string | null;
  /** Put forward by another job centre: staff see the status only (ADR 0015) */
  otherJobCentre?: boolean;
};

/**
 * The placement log as a table: who was put forward and how far they got. The employer's entries
 * carry no CPR and no comment (the feature leaves them out); staff pass `action` to change a status
 * of their own job centre's people.
 */
export function PlacementLog({ entries, action }: { entries: Entry[]; action?: (entry: Entry) => ReactNode }) {
  const { t } = useTranslation("jobs");
  const d = useDates();
  return (
    <section aria-labelledby="placement-log">
      <h2 id="placement-log">{t("log.title")}</h2>
      {entries.length ? (
        <DataTable caption={t("log.title")} zebra head={<tr>
                <th scope="col">{t("log.name")}</th>
                <th scope="col">{t("log.status")}</th>
                <th scope="col">{t("log.registeredBy")}</th>
                <th scope="col">{t("log.updated")}</th>
                {action ? <th scope="col">{t("log.change")}</th> : null}
              </tr>}>{entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    {entry.otherJobCentre ? t("log.otherJobCentre") : entry.name || t("log.unnamed")}
                    {entry.cprMasked ? ` (${entry.cprMasked})` : null}
                    {entry.comment ? <div className="form-hint">{entry.comment}</div> : null}
                  </td>
                  <td>{entry.statusLabel}</td>
                  <td>{entry.registeredBy}</td>
                  <td>{d.date(entry.updatedAt)}</td>
                  {action ? <td>{entry.otherJobCentre ? null : action(entry)}</td> : null}
                </tr>
              ))}</DataTable>
      ) : (
        <p>{t("log.none")}</p>
      )}
    </section>
  );
}
